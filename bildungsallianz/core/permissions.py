"""Shared permission helpers: 404 for what a user cannot see, 403 for what
they can see but not change."""

from django.core.exceptions import PermissionDenied
from django.http import Http404


def is_staff_member(user) -> bool:
    """Bildungsbüro staff (group) or superuser."""
    return bool(user.is_authenticated and user.is_bildungsbuero)


def require_staff(user) -> None:
    """Staff-only objects are invisible to everybody else."""
    if not is_staff_member(user):
        raise Http404


def get_or_404(queryset, **lookup):
    try:
        return queryset.get(**lookup)
    except queryset.model.DoesNotExist as exc:
        raise Http404 from exc


def forbid_unless(allowed: bool) -> None:
    if not allowed:
        raise PermissionDenied


def fetch_for_user(visible, *, editable=None, edit: bool = False, **lookup):
    """The one fetch helper shape (healthchecks' ``_get_rw_check_for_user``).

    ``visible`` is the queryset of rows the user may see, ``editable`` the rows
    they may change. Returns the row; 404 when it is not visible (whether or
    not it exists), 403 when ``edit`` is asked and it is visible but not
    editable. Each model's ``get_<model>_for_user(request, …, edit=False)``
    calls this with its own querysets from ``<app>/permissions.py``.
    """
    obj = get_or_404(visible, **lookup)
    if edit:
        if editable is None:
            raise ValueError("editable queryset required when edit=True")
        forbid_unless(editable.filter(pk=obj.pk).exists())
    return obj

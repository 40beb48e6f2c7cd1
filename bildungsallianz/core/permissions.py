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

"""Who may see what of the fair: published editions for everyone, the rest for staff."""

from bildungsallianz.core.permissions import fetch_for_user, is_staff_member
from bildungsallianz.organisations.permissions import organisations_editable_by

from .models import Edition, Exhibitor


def editions_visible_to(user):
    qs = Edition.objects.all()
    return qs if is_staff_member(user) else qs.published()


def get_edition_for_user(request, slug: str) -> Edition:
    return fetch_for_user(editions_visible_to(request.user), slug=slug)


def exhibitor_organisations_for(user):
    """Organisations the user may register as exhibitors (editors: their own; staff: all)."""
    return organisations_editable_by(user)


def can_register_exhibitor(user) -> bool:
    return user.is_authenticated and exhibitor_organisations_for(user).exists()


def exhibitors_visible_to(user, edition):
    qs = Exhibitor.objects.filter(edition=edition, change_of__isnull=True)
    return qs if is_staff_member(user) else qs.confirmed()

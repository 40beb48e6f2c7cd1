"""Reads about users and their memberships (for this app and the apps above it)."""

from .models import Membership


def memberships_of(user):
    """The user's memberships with their organisations, by organisation name."""
    return user.memberships.select_related("organisation").order_by("organisation__name")


def organisation_ids_edited_by(user):
    """Ids of the organisations in which ``user`` holds the editor role (staff rights not included)."""
    if not user.is_authenticated:
        return Membership.objects.none().values("organisation_id")
    return Membership.objects.filter(user=user, role=Membership.Role.EDITOR).values("organisation_id")


def is_editor_anywhere(user) -> bool:
    return user.is_authenticated and Membership.objects.filter(user=user, role=Membership.Role.EDITOR).exists()

"""Who may see and change an organisation."""

from django.db.models import Q

from bildungsallianz.accounts.models import Membership
from bildungsallianz.core.permissions import fetch_for_user, is_staff_member

from .models import Organisation


def organisations_visible_to(user):
    """Public organisations for everyone; staff and own members also see hidden ones."""
    qs = Organisation.objects.all()
    if is_staff_member(user):
        return qs
    if user.is_authenticated:
        return qs.filter(Q(is_public=True) | Q(memberships__user=user)).distinct()
    return qs.public()


def organisations_editable_by(user):
    qs = Organisation.objects.all()
    if is_staff_member(user):
        return qs
    if not user.is_authenticated:
        return qs.none()
    return qs.filter(memberships__user=user, memberships__role=Membership.Role.EDITOR)


def can_edit_organisation(user, organisation) -> bool:
    if is_staff_member(user):
        return True
    if not user.is_authenticated:
        return False
    return organisation.memberships.filter(user=user, role=Membership.Role.EDITOR).exists()


def get_organisation_for_user(request, slug, *, edit=False):
    """404 when the user cannot see the organisation, 403 when they may see but not change it."""
    return fetch_for_user(
        organisations_visible_to(request.user),
        editable=organisations_editable_by(request.user),
        edit=edit,
        slug=slug,
    )

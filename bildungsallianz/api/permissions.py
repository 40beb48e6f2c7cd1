"""Who sees and manages API tokens: the editors of the token's organisation, and staff."""

from bildungsallianz.core.permissions import fetch_for_user
from bildungsallianz.organisations.permissions import organisations_editable_by

from .models import ApiToken


def tokens_visible_to(user):
    if not user.is_authenticated:
        return ApiToken.objects.none()
    return ApiToken.objects.filter(organisation__in=organisations_editable_by(user).values("pk"))


def get_token_for_user(request, pk: int, *, edit: bool = False) -> ApiToken:
    visible = tokens_visible_to(request.user)
    return fetch_for_user(visible, editable=visible, edit=edit, pk=pk)

"""Who may see which survey. Respondents need no account; the back office is staff only."""

from bildungsallianz.core.permissions import fetch_for_user, get_or_404, is_staff_member

from .models import Invitation, Survey, hash_token


def surveys_visible_to(user):
    """Staff see every survey; everybody else the ones that are open or closed (never drafts)."""
    if is_staff_member(user):
        return Survey.objects.all()
    return Survey.objects.exclude(state=Survey.State.DRAFT)


def get_survey_for_user(request, slug: str) -> Survey:
    return fetch_for_user(surveys_visible_to(request.user), slug=slug)


def get_open_link_survey(request, slug: str) -> Survey:
    """The survey behind an open link: 404 unless it is public and answerable by open link."""
    return get_or_404(Survey.objects.exclude(state=Survey.State.DRAFT).filter(open_link=True), slug=slug)


def get_invitation(token: str) -> Invitation:
    """The invitation of a token: 404 for an unknown token or a draft survey (a used one is returned)."""
    if not token or len(token) > 100:
        return get_or_404(Invitation.objects.none())
    return get_or_404(
        Invitation.objects.select_related("survey", "organisation").exclude(survey__state=Survey.State.DRAFT),
        token_hash=hash_token(token),
    )


def can_manage_surveys(user) -> bool:
    return is_staff_member(user)

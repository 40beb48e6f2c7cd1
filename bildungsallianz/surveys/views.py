"""Public answer pages: open link and one-time invitation links. No account, nothing personal stored."""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.cache import never_cache

from bildungsallianz.core import ratelimit

from . import services
from .forms import AnswerForm
from .permissions import get_invitation, get_open_link_survey, get_survey_for_user

RATE_SCOPE = "survey-answer"


def _limit() -> int:
    return int(getattr(settings, "SURVEYS_ANSWERS_PER_HOUR", 30))


def _answer(request, survey, invitation=None):
    now = timezone.now()
    context = {"survey": survey, "invitation": invitation}
    if not survey.is_answerable(now):
        return render(request, "surveys/survey_closed.html", context)
    questions = list(survey.questions.all())
    form = AnswerForm(request.POST if request.method == "POST" else None, questions=questions)
    status = 200
    if request.method == "POST":
        if ratelimit.limited(request, scope=RATE_SCOPE, limit=_limit()):
            return render(request, "surveys/survey_limited.html", context, status=429)
        if form.is_valid():
            try:
                services.response_submit(survey=survey, values=form.values(), invitation=invitation, now=now)
            except ValidationError as exc:
                form.add_error(None, exc)
            else:
                ratelimit.record(request, scope=RATE_SCOPE)
                return redirect("surveys:thanks", slug=survey.slug)
        status = 400
    return render(request, "surveys/survey_answer.html", {**context, "form": form}, status=status)


@never_cache
def answer_open(request, slug):
    return _answer(request, get_open_link_survey(request, slug))


@never_cache
def answer_invitation(request, token):
    invitation = get_invitation(token)
    if invitation.is_used:
        return render(request, "surveys/invitation_used.html", {"survey": invitation.survey}, status=410)
    return _answer(request, invitation.survey, invitation)


def thanks(request, slug):
    survey = get_survey_for_user(request, slug)
    return render(request, "surveys/survey_thanks.html", {"survey": survey})

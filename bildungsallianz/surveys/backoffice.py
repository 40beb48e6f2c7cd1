"""The Bildungsbüro's survey workplace under /cms/umfragen/ (every view staff only)."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from bildungsallianz.core.backoffice import Panel, PanelItem, staff_view

from . import selectors, services
from .forms import InvitationForm, QuestionForm, SurveyForm
from .models import Question, Survey


def _survey(pk) -> Survey:
    return get_object_or_404(Survey, pk=pk)


def _error_text(exc: ValidationError) -> str:
    return " ".join(exc.messages)


@staff_view
def survey_list(request):
    return render(request, "surveys/admin/survey_list.html", {"surveys": selectors.surveys_overview()})


def _save_survey(request, form, survey=None):
    if request.method == "POST" and form.is_valid():
        try:
            survey = services.survey_save(survey=form.save(commit=False), by=request.user)
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(request, _("Die Umfrage ist gespeichert."))
            return redirect("surveys_admin:detail", pk=survey.pk)
    status = 400 if form.errors else 200
    return render(request, "surveys/admin/survey_form.html", {"form": form, "survey": survey}, status=status)


@staff_view
def survey_create(request):
    initial = {"reference_year": timezone.localdate().year, "method": _("Online-Befragung")}
    return _save_survey(request, SurveyForm(request.POST if request.method == "POST" else None, initial=initial))


@staff_view
def survey_edit(request, pk):
    survey = _survey(pk)
    return _save_survey(
        request, SurveyForm(request.POST if request.method == "POST" else None, instance=survey), survey
    )


def _detail(request, survey, question_form=None, status=200):
    context = {
        "survey": survey,
        "questions": survey.questions.all(),
        "question_form": question_form or QuestionForm(),
        "invitations": survey.invitations.select_related("organisation"),
        "response_count": survey.responses.count(),
        "now": timezone.now(),
    }
    return render(request, "surveys/admin/survey_detail.html", context, status=status)


@staff_view
def survey_detail(request, pk):
    return _detail(request, _survey(pk))


@staff_view
@require_POST
def question_add(request, pk):
    survey = _survey(pk)
    form = QuestionForm(request.POST)
    if form.is_valid():
        question = form.save(commit=False)
        question.survey = survey
        try:
            services.question_save(question=question, by=request.user)
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(request, _("Die Frage ist gespeichert."))
            return redirect("surveys_admin:detail", pk=survey.pk)
    return _detail(request, survey, form, status=400)


@staff_view
@require_POST
def question_delete(request, pk, question_pk):
    question = get_object_or_404(Question, pk=question_pk, survey_id=pk)
    try:
        services.question_delete(question=question, by=request.user)
    except ValidationError as exc:
        messages.error(request, _error_text(exc))
    else:
        messages.success(request, _("Die Frage ist gelöscht."))
    return redirect("surveys_admin:detail", pk=pk)


def _transition(request, pk, service, done: str):
    survey = _survey(pk)
    try:
        service(survey=survey, by=request.user)
    except ValidationError as exc:
        messages.error(request, _error_text(exc))
    else:
        messages.success(request, done)
    return redirect("surveys_admin:detail", pk=pk)


@staff_view
@require_POST
def survey_open(request, pk):
    return _transition(request, pk, services.survey_open, _("Die Umfrage läuft. Antworten sind jetzt möglich."))


@staff_view
@require_POST
def survey_close(request, pk):
    return _transition(request, pk, services.survey_close, _("Die Umfrage ist geschlossen."))


@staff_view
@require_POST
def survey_aggregate(request, pk):
    return _transition(
        request,
        pk,
        services.survey_aggregate,
        _("Die Ergebnisse sind ins Bildungsmonitoring übernommen (kleine Felder geheim gehalten)."),
    )


@staff_view
def invitations(request, pk):
    """Issue one-time links; the links are shown on this answer page only, never again."""
    survey = _survey(pk)
    form = InvitationForm(request.POST if request.method == "POST" else None)
    issued = []
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                issued = services.invitations_issue(
                    survey=survey, organisations=form.cleaned_data["organisations"], by=request.user
                )
            except ValidationError as exc:
                form.add_error(None, exc)
        if form.errors:
            status = 400
    links = [
        (inv, request.build_absolute_uri(reverse("surveys:answer_invitation", args=[token]))) for inv, token in issued
    ]
    context = {"survey": survey, "form": form, "links": links}
    return render(request, "surveys/admin/invitations.html", context, status=status)


@staff_view
def results(request, pk):
    survey = _survey(pk)
    responses, items = selectors.survey_results(survey)
    context = {"survey": survey, "responses": responses, "results": items}
    return render(request, "surveys/admin/results.html", context)


def surveys_panel(request):
    """Start page: running surveys with their answers so far, and closed ones not yet in monitoring."""
    running = list(selectors.surveys_overview().filter(state=Survey.State.OPEN)[:5])
    waiting = list(selectors.surveys_overview().filter(state=Survey.State.CLOSED, aggregated_at__isnull=True)[:5])
    items = [
        PanelItem(
            label=s.title,
            url=reverse("surveys_admin:detail", args=[s.pk]),
            detail=_("%(n)s Antworten, läuft bis %(d)s")
            % {"n": s.response_count, "d": timezone.localtime(s.closes_at).strftime("%d.%m.%Y")},
        )
        for s in running
    ] + [
        PanelItem(
            label=s.title,
            url=reverse("surveys_admin:detail", args=[s.pk]),
            detail=_("geschlossen, noch nicht ins Monitoring übernommen"),
            warning=True,
        )
        for s in waiting
    ]
    if not items:
        return None
    return Panel(title=_("Umfragen"), count=len(items), url=reverse("surveys_admin:list"), items=items, order=90)

"""Writes of the surveys module (``<entity>_<verb>(*, …, by, now=None)``)."""

from __future__ import annotations

import secrets

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from bildungsallianz.core.clock import local_date
from bildungsallianz.core.permissions import require_staff
from bildungsallianz.monitoring.services.local import (
    LocalCell,
    LocalIndicator,
    LocalSource,
    LocalVariable,
    local_observations_replace,
)

from .aggregation import build_tables, min_cell
from .models import Answer, Invitation, Question, Response, Survey, hash_token


def survey_save(*, survey: Survey, by) -> Survey:
    require_staff(by)
    survey.full_clean()
    survey.save()
    return survey


def question_save(*, question: Question, by) -> Question:
    """Add or change a question; only while the survey is a draft."""
    require_staff(by)
    if not question.survey.can_edit_questions:
        raise ValidationError(_("Fragen können nur geändert werden, solange die Umfrage ein Entwurf ist."))
    if question.kind in (Question.Kind.SINGLE, Question.Kind.MULTIPLE) and len(question.choices) < 2:
        raise ValidationError(
            {"options": _("Bitte geben Sie mindestens zwei Antwortmöglichkeiten an (eine je Zeile).")}
        )
    if len(set(question.choices)) != len(question.choices):
        raise ValidationError({"options": _("Jede Antwortmöglichkeit darf nur einmal vorkommen.")})
    if question.kind == Question.Kind.SCALE and not (
        question.scale_min < question.scale_max <= question.scale_min + 10
    ):
        raise ValidationError({"scale_max": _("Die Skala braucht 2 bis 11 Stufen (von < bis).")})
    if question.breaks_down and question.kind != Question.Kind.SINGLE:
        raise ValidationError({"breaks_down": _("Gliedern lässt sich nur nach einer Frage mit Einfachauswahl.")})
    if question.breaks_down and question.survey.questions.filter(breaks_down=True).exclude(pk=question.pk).exists():
        raise ValidationError({"breaks_down": _("Die Umfrage wird schon nach einer anderen Frage gegliedert.")})
    if not question.pk:
        question.order = question.survey.questions.count() + 1
    question.full_clean()
    question.save()
    return question


def question_delete(*, question: Question, by) -> None:
    require_staff(by)
    if not question.survey.can_edit_questions:
        raise ValidationError(_("Fragen können nur gelöscht werden, solange die Umfrage ein Entwurf ist."))
    question.delete()


def survey_open(*, survey: Survey, by, now=None) -> Survey:
    require_staff(by)
    now = now or timezone.now()
    if not survey.can_open:
        raise ValidationError(_("Nur ein Entwurf kann gestartet werden."))
    if not survey.questions.exists():
        raise ValidationError(_("Die Umfrage hat noch keine Fragen."))
    if survey.closes_at <= now:
        raise ValidationError(_("Das Ende der Antwortfrist liegt in der Vergangenheit."))
    survey.state = Survey.State.OPEN
    survey.save(update_fields=["state"])
    return survey


def survey_close(*, survey: Survey, by, now=None) -> Survey:
    require_staff(by)
    now = now or timezone.now()
    if not survey.can_close:
        raise ValidationError(_("Nur eine laufende Umfrage kann geschlossen werden."))
    survey.state = Survey.State.CLOSED
    survey.closed_at = now
    survey.save(update_fields=["state", "closed_at"])
    return survey


def invitations_issue(*, survey: Survey, organisations, by) -> list[tuple[Invitation, str]]:
    """One new one-time link per organisation; the tokens are returned once and stored only hashed."""
    require_staff(by)
    return invitations_issue_unchecked(survey=survey, organisations=organisations)


def invitations_issue_unchecked(*, survey: Survey, organisations) -> list[tuple[Invitation, str]]:
    """:func:`invitations_issue` without the staff check (demo data, tests)."""
    if not survey.can_invite:
        raise ValidationError(_("Für eine geschlossene Umfrage können keine Einladungen mehr erstellt werden."))
    issued = []
    with transaction.atomic():
        for organisation in organisations:
            token = secrets.token_urlsafe(32)
            invitation = Invitation.objects.create(
                survey=survey, organisation=organisation, token_hash=hash_token(token)
            )
            issued.append((invitation, token))
    return issued


def _answer_for(question: Question, value) -> Answer | None:
    """The answer row for a cleaned form value, or ``None`` when it was left empty."""
    if value in (None, "", []):
        return None
    if question.kind == Question.Kind.MULTIPLE:
        unknown = [v for v in value if v not in question.choices]
        if unknown:
            raise ValidationError(_("Unbekannte Antwort: %(v)s") % {"v": ", ".join(unknown)})
        return Answer(question=question, choices=[c for c in question.choices if c in value])
    if question.kind in (Question.Kind.SINGLE, Question.Kind.SCALE):
        if value not in question.choices:
            raise ValidationError(_("Unbekannte Antwort: %(v)s") % {"v": value})
        return Answer(question=question, text=value)
    if question.kind == Question.Kind.NUMBER:
        return Answer(question=question, number=value)
    return Answer(question=question, text=str(value)[:5000])


def response_submit(*, survey: Survey, values: dict[int, object], invitation: Invitation | None = None, now=None):
    """Save one answer sheet completely or not at all; an invitation is used up in the same transaction.

    ``values`` maps question ids to cleaned form values. Raises ValidationError
    (German) when the survey is not answerable, the invitation was used already,
    or a required question is missing.
    """
    now = now or timezone.now()
    if not survey.is_answerable(now):
        raise ValidationError(_("Diese Umfrage ist geschlossen. Antworten sind nicht mehr möglich."))
    if invitation is None and not survey.open_link:
        raise ValidationError(_("Für diese Umfrage brauchen Sie einen Einladungslink."))
    if invitation is not None and invitation.survey_id != survey.pk:
        raise ValidationError(_("Der Einladungslink gehört zu einer anderen Umfrage."))
    questions = list(survey.questions.all())
    answers = []
    for question in questions:
        answer = _answer_for(question, values.get(question.pk))
        if answer is None and question.required:
            raise ValidationError(_("Bitte beantworten Sie die Frage „%(q)s“.") % {"q": question.text})
        if answer is not None:
            answers.append(answer)
    with transaction.atomic():
        if invitation is not None:
            # Conditional update: of two simultaneous submissions only one finds the link unused.
            used = Invitation.objects.filter(pk=invitation.pk, used_on__isnull=True).update(used_on=local_date(now))
            if not used:
                raise ValidationError(_("Mit diesem Einladungslink wurde bereits geantwortet."))
        response = Response.objects.create(survey=survey, submitted_on=local_date(now))
        for answer in answers:
            answer.response = response
            answer.full_clean(exclude=["response"])
        try:
            Answer.objects.bulk_create(answers)
        except IntegrityError as exc:  # pragma: no cover - guarded by the form
            raise ValidationError(_("Die Antworten konnten nicht gespeichert werden.")) from exc
    return response


def _publisher() -> str:
    # Stored content (source, indicators) stays German, whatever the UI language of the request.
    return getattr(settings, "SURVEYS_PUBLISHER", "") or f"Bildungsbüro {getattr(settings, 'MUNICIPALITY_NAME', '')}"


def survey_aggregate(*, survey: Survey, by, now=None):
    """Staff publish the survey's tables in monitoring (see :func:`survey_results_publish`)."""
    require_staff(by)
    return survey_results_publish(survey=survey, by=by, now=now)


def survey_results_publish(*, survey: Survey, by=None, now=None):
    """Publish the survey's tables in monitoring as local observations with their own source.

    Only a closed survey with at least one answer; secret cells are ``.``. Creates one
    indicator per question (unless it exists). Returns the monitoring import run.
    Without a staff check: for :func:`survey_aggregate` and the demo data.
    """
    now = now or timezone.now()
    if not survey.can_aggregate:
        raise ValidationError(_("Ins Monitoring übernommen wird erst, wenn die Umfrage geschlossen ist."))
    tables, responses = build_tables(survey)
    if not responses:
        raise ValidationError(_("Die Umfrage hat keine Antworten."))
    closed = timezone.localtime(survey.closed_at or survey.closes_at).strftime("%d.%m.%Y")
    source = LocalSource(
        code=survey.source_code,
        title=survey.title,
        publisher=_publisher(),
        method=survey.method,
        answers=responses,
        reference_date=f"Befragung, geschlossen am {closed}",
    )
    variables = [LocalVariable(t.variable, t.label, t.unit) for t in tables]
    cells = [LocalCell(t.variable, bd, value, status) for t in tables for bd, value, status in t.cells()]
    caveat = (
        "Eigene Erhebung des Bildungsbüros, keine amtliche Statistik. Felder mit weniger als "
        f"{min_cell()} Antworten sind geheim gehalten (.), ebenso Felder, aus denen sie sich berechnen ließen."
    )
    indicators = []
    for table in tables:
        table_spec = {"rows": table.row_dimension or table.column_dimension}
        if table.row_dimension and table.column_dimension:
            table_spec["columns"] = table.column_dimension
        indicators.append(
            LocalIndicator(
                code=slugify(f"{survey.slug}-{table.variable}")[:80],
                name=f"{survey.title}: {table.variable}"[:200],
                definition=f"{table.label} ({survey.method})",
                theme=survey.theme,
                variable=table.variable,
                unit=table.unit,
                caveats=caveat,
                table=table_spec if (table.row_dimension or table.column_dimension) else {},
            )
        )
    with transaction.atomic():
        run = local_observations_replace(
            source=source,
            period=str(survey.reference_year),
            variables=variables,
            cells=cells,
            indicators=indicators,
            by=by,
            now=now,
        )
        survey.aggregated_at = now
        survey.save(update_fields=["aggregated_at"])
    return run

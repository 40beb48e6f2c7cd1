"""Reads of the surveys module: raw results for staff (free text included), panel data."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Count, Q

from .models import Answer, Question, Survey


@dataclass
class QuestionResult:
    question: Question
    answered: int = 0
    counts: list[tuple[str, int, int]] = field(default_factory=list)  # option, count, percent
    total: Decimal | None = None
    mean: Decimal | None = None
    texts: list[str] = field(default_factory=list)


def survey_results(survey: Survey) -> tuple[int, list[QuestionResult]]:
    """Unprotected counts for the Bildungsbüro (not published). Three queries."""
    questions = list(survey.questions.all())
    responses = survey.responses.count()
    by_question: dict[int, list[Answer]] = {q.pk: [] for q in questions}
    for answer in Answer.objects.filter(response__survey=survey).order_by("pk"):
        by_question.setdefault(answer.question_id, []).append(answer)
    results = []
    for question in questions:
        answers = by_question.get(question.pk, [])
        result = QuestionResult(question, answered=len(answers))
        if question.is_categorical:
            counter: Counter = Counter()
            for a in answers:
                counter.update(a.choices if question.kind == Question.Kind.MULTIPLE else [a.text])
            result.counts = [
                (option, counter[option], round(100 * counter[option] / len(answers)) if answers else 0)
                for option in question.choices
            ]
        elif question.kind == Question.Kind.NUMBER:
            numbers = [a.number for a in answers if a.number is not None]
            if numbers:
                result.total = sum(numbers)
                result.mean = (result.total / len(numbers)).quantize(Decimal("0.1"))
        else:
            result.texts = [a.text for a in answers if a.text.strip()]
        results.append(result)
    return responses, results


def surveys_overview():
    """Every survey with its number of responses and used/total invitations (one query)."""
    return Survey.objects.annotate(
        response_count=Count("responses", distinct=True),
        invitation_count=Count("invitations", distinct=True),
        used_count=Count("invitations", filter=Q(invitations__used_on__isnull=False), distinct=True),
    ).order_by("-closes_at")

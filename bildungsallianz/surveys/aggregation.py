"""From answers to the tables published in monitoring: counts, secret cells, secondary suppression.

Every categorical question becomes a variable counted by its answers and — when the
survey has a question to break down by (e.g. "Branche") — by that question's
answers, with row and column totals. A number question becomes the sum of its
answers by the same groups. Cells from fewer than ``SURVEYS_MIN_CELL`` answers
(default 3) are published as ``.``; :mod:`.suppression` adds the cells needed so no
total reveals them by subtraction. Free text never leaves the survey module.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from decimal import Decimal

from django.conf import settings

from .models import Answer, Question, Survey
from .suppression import cross_table_lines, protect

TOTAL = None
RESPONSES_VARIABLE = "Antworten"


def min_cell() -> int:
    return int(getattr(settings, "SURVEYS_MIN_CELL", 3))


@dataclass
class Table:
    """One published table: cells keyed ``(row, column)`` with ``None`` for the total."""

    variable: str
    label: str
    unit: str
    row_dimension: str
    column_dimension: str
    values: dict
    counts: dict
    secret: set

    def cells(self):
        """``(breakdown, value, status)`` per cell; secret → ``.``, zero → ``-``."""
        for (row, column), value in self.values.items():
            breakdown = {}
            if row is not TOTAL:
                breakdown[self.row_dimension] = row
            if column is not TOTAL:
                breakdown[self.column_dimension] = column
            if (row, column) in self.secret:
                yield breakdown, None, "."
            elif not value:
                yield breakdown, None, "-"
            else:
                yield breakdown, Decimal(value), ""


def _answers_by_response(survey: Survey) -> dict[int, dict[int, Answer]]:
    sheets: dict[int, dict[int, Answer]] = {}
    for answer in Answer.objects.filter(response__survey=survey).only(
        "response_id", "question_id", "text", "choices", "number"
    ):
        sheets.setdefault(answer.response_id, {})[answer.question_id] = answer
    return sheets


def _chosen(question: Question, answer: Answer | None) -> list[str]:
    if answer is None:
        return []
    if question.kind == Question.Kind.MULTIPLE:
        return [c for c in answer.choices if c in question.choices]
    return [answer.text] if answer.text in question.choices else []


def build_tables(survey: Survey, *, minimum: int | None = None) -> tuple[list[Table], int]:
    """All tables of a survey and the number of responses (2 queries)."""
    minimum = min_cell() if minimum is None else minimum
    questions = list(survey.questions.all())
    sheets = _answers_by_response(survey)
    group_q = next((q for q in questions if q.breaks_down), None)
    no_answer = "keine Angabe"  # stored as a category in monitoring: German

    def group_of(sheet) -> object:
        if group_q is None:
            return TOTAL
        chosen = _chosen(group_q, sheet.get(group_q.pk))
        return chosen[0] if chosen else no_answer

    groups = []
    if group_q is not None:
        seen = {group_of(sheet) for sheet in sheets.values()}
        groups = [g for g in [*group_q.choices, no_answer] if g in seen]
    column_dim = group_q.label if group_q else ""
    tables = []
    responses = Counter(group_of(sheet) for sheet in sheets.values())
    values = {(TOTAL, g): responses[g] for g in groups}
    values[(TOTAL, TOTAL)] = len(sheets)
    tables.append(
        _protected(RESPONSES_VARIABLE, "Antworten", "Anzahl", "", column_dim, [], groups, values, values, minimum)
    )
    for question in questions:
        if question is group_q or question.is_free_text:
            continue
        if question.is_categorical:
            tables.append(_categorical(question, sheets, group_of, groups, column_dim, minimum))
        elif question.kind == Question.Kind.NUMBER:
            tables.append(_numeric(question, sheets, group_of, groups, column_dim, minimum))
    return tables, len(sheets)


def _protected(variable, label, unit, row_dim, column_dim, rows, columns, values, counts, minimum) -> Table:
    lines, totals = cross_table_lines(rows, columns) if rows else cross_table_lines(columns, [])
    if not rows:  # a one-dimensional table over the groups: keys are (TOTAL, group)
        lines = [[(TOTAL, g) for g in columns] + [(TOTAL, TOTAL)]]
        totals = {(TOTAL, TOTAL)}
    secret = protect(counts, lines, minimum, totals)
    return Table(variable, label, unit, row_dim, column_dim, values, counts, secret)


def _categorical(question, sheets, group_of, groups, column_dim, minimum) -> Table:
    options = question.choices
    counts: Counter = Counter()
    for sheet in sheets.values():
        chosen = _chosen(question, sheet.get(question.pk))
        if not chosen:
            continue
        group = group_of(sheet)
        counts[(TOTAL, TOTAL)] += 1
        if groups:
            counts[(TOTAL, group)] += 1
        for option in chosen:
            counts[(option, TOTAL)] += 1
            if groups:
                counts[(option, group)] += 1
    keys = [(o, g) for o in [*options, TOTAL] for g in [*groups, TOTAL]]
    values = {key: counts[key] for key in keys}
    return _protected(
        question.label, question.text, "Anzahl", question.label, column_dim, options, groups, values, values, minimum
    )


def _numeric(question, sheets, group_of, groups, column_dim, minimum) -> Table:
    sums: Counter = Counter()
    counts: Counter = Counter()
    for sheet in sheets.values():
        answer = sheet.get(question.pk)
        if answer is None or answer.number is None:
            continue
        for key in {(TOTAL, TOTAL), (TOTAL, group_of(sheet))}:
            sums[key] += answer.number
            counts[key] += 1
    keys = [(TOTAL, g) for g in [*groups, TOTAL]]
    label = f"Summe: {question.text}"
    return _protected(
        question.label,
        label,
        question.unit or "Anzahl",
        "",
        column_dim,
        [],
        groups,
        {k: sums[k] for k in keys},
        {k: counts[k] for k in keys},
        minimum,
    )

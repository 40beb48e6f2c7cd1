"""A reason for every wish the schedule does not meet — in German, or as notes to translate.

For a proven-optimal schedule each reason is one of: the wish contradicts a
hard rule (impossible slot, long travel, pin), the wished slot has no room
left for the class, or the class stays with the other classes of its school.
Moving the class alone would otherwise lower the objective, which an optimum
excludes; the last fallback text is there for schedules cut short by the time limit.

:func:`explain_notes` returns each hint as a line of notes ``[template, params]``
whose German template is also the msgid in the fair's catalogue
(``fair/explanations.py`` renders them in French for the French schools);
:func:`explain` joins them into German sentences. This module stays free of Django.
"""

from __future__ import annotations

from collections import Counter

from .problem import Problem


def gettext_noop(text: str) -> str:
    """Marks a template for makemessages (xgettext knows this name); the text stays German here."""
    return text


PINNED = gettext_noop("Die Messeleitung hat die Klasse fest in das Zeitfenster %(slot)s gelegt.")
IMPOSSIBLE = gettext_noop("Das Zeitfenster %(slot)s ist zugleich als unmöglich angegeben.")
LONG_TRAVEL = gettext_noop("Klassen mit langer Anreise kommen nicht im ersten Zeitfenster (%(slot)s).")
FULL = gettext_noop(
    "Das Zeitfenster %(slot)s ist mit %(used)s von %(capacity)s Plätzen belegt; die Klasse braucht %(people)s."
)
TOGETHER = gettext_noop("Die Klasse bleibt wie gewünscht mit anderen Klassen der Schule %(school)s zusammen.")
TOGETHER_SHORT = gettext_noop("Sie bleibt wie gewünscht mit anderen Klassen der Schule %(school)s zusammen.")
OTHERS = gettext_noop("Ein Wechsel in das Zeitfenster %(slot)s hätte mehr Wünsche anderer Klassen verletzt.")
NO_SLOT = gettext_noop("Die Klasse hat kein Zeitfenster erhalten.")
WISH_UNMET = gettext_noop("Wunsch %(slot)s nicht erfüllt:")
SPLIT = gettext_noop(
    "Nicht alle Klassen der Schule %(school)s sind im selben Zeitfenster: zusammen %(people)s Personen."
)
BY_HAND = gettext_noop("Von der Messeleitung festgelegt.")

Note = list  # [template: str, params: dict]
Line = list  # [Note, ...], joined by a space


def _slot_reason(problem: Problem, c: int, t: int, assignment: dict, loads: list[int], *, short=False) -> Note:
    spec = problem.classes[c]
    slot = problem.slots[t]
    if spec.pinned is not None:
        return [PINNED, {"slot": problem.slots[spec.pinned].label}]
    if t in spec.impossible:
        return [IMPOSSIBLE, {"slot": slot.label}]
    if spec.long_travel and t == 0:
        return [LONG_TRAVEL, {"slot": slot.label}]
    if loads[t] + spec.people > slot.capacity:
        return [FULL, {"slot": slot.label, "used": loads[t], "capacity": slot.capacity, "people": spec.people}]
    mates = [i for i in problem.groups().get(spec.school, []) if i != c]
    if spec.keep_together and any(assignment.get(i) == assignment.get(c) for i in mates):
        return [TOGETHER_SHORT if short else TOGETHER, {"school": spec.school}]
    return [OTHERS, {"slot": slot.label}]


def explain_notes(problem: Problem, assignment: dict[int, int | None]) -> dict[int, list[Line]]:
    """Class index → one line of notes for each unmet wish (empty when all wishes are met)."""
    loads = [0] * len(problem.slots)
    for c, t in assignment.items():
        if t is not None:
            loads[t] += problem.classes[c].people
    groups = problem.groups()
    notes: dict[int, list[Line]] = {}
    for c, spec in enumerate(problem.classes):
        t_now = assignment.get(c)
        lines: list[Line] = []
        if t_now is None:
            reasons = [_slot_reason(problem, c, t, assignment, loads) for t in range(len(problem.slots))]
            lines.append([[NO_SLOT, {}], *reasons])
        elif spec.preferred and t_now not in spec.preferred:
            for t in sorted(spec.preferred):
                wish = [WISH_UNMET, {"slot": problem.slots[t].label}]
                lines.append([wish, _slot_reason(problem, c, t, assignment, loads)])
        members = groups.get(spec.school, [])
        if spec.keep_together and t_now is not None and len(members) > 1:
            used = Counter(assignment.get(i) for i in members if assignment.get(i) is not None)
            if len(used) > 1:
                need = sum(problem.classes[i].people for i in members)
                main_slot = used.most_common(1)[0][0]
                if t_now != main_slot:
                    split = [SPLIT, {"school": spec.school, "people": need}]
                    lines.append([split, _slot_reason(problem, c, main_slot, assignment, loads, short=True)])
        notes[c] = lines
    return notes


def render_line(line: Line, translate=lambda text: text) -> str:
    """One line of notes as a sentence; ``translate`` maps a German template to the reader's language."""
    return " ".join(translate(template) % params for template, params in line)


def explain(problem: Problem, assignment: dict[int, int | None]) -> dict[int, list[str]]:
    """Class index → German sentences for each unmet wish (empty when all wishes are met)."""
    return {c: [render_line(line) for line in lines] for c, lines in explain_notes(problem, assignment).items()}

"""A German reason for every wish the schedule does not meet.

For a proven-optimal schedule each reason is one of: the wish contradicts a
hard rule (impossible slot, long travel, pin), the wished slot has no room
left for the class, or the class stays with the other classes of its school.
Moving the class alone would otherwise lower the objective, which an optimum
excludes; the last fallback text is there for schedules cut short by the time limit.
"""

from __future__ import annotations

from collections import Counter

from .problem import Problem


def _slot_reason(problem: Problem, c: int, t: int, assignment: dict, loads: list[int]) -> str:
    spec = problem.classes[c]
    slot = problem.slots[t]
    if spec.pinned is not None:
        return f"Die Messeleitung hat die Klasse fest in das Zeitfenster {problem.slots[spec.pinned].label} gelegt."
    if t in spec.impossible:
        return f"Das Zeitfenster {slot.label} ist zugleich als unmöglich angegeben."
    if spec.long_travel and t == 0:
        return f"Klassen mit langer Anreise kommen nicht im ersten Zeitfenster ({slot.label})."
    if loads[t] + spec.people > slot.capacity:
        return (
            f"Das Zeitfenster {slot.label} ist mit {loads[t]} von {slot.capacity} Plätzen belegt; "
            f"die Klasse braucht {spec.people}."
        )
    mates = [i for i in problem.groups().get(spec.school, []) if i != c]
    if spec.keep_together and any(assignment.get(i) == assignment.get(c) for i in mates):
        return f"Die Klasse bleibt wie gewünscht mit anderen Klassen der Schule {spec.school} zusammen."
    return f"Ein Wechsel in das Zeitfenster {slot.label} hätte mehr Wünsche anderer Klassen verletzt."


def explain(problem: Problem, assignment: dict[int, int | None]) -> dict[int, list[str]]:
    """Class index → German sentences for each unmet wish (empty when all wishes are met)."""
    loads = [0] * len(problem.slots)
    for c, t in assignment.items():
        if t is not None:
            loads[t] += problem.classes[c].people
    groups = problem.groups()
    notes: dict[int, list[str]] = {}
    for c, spec in enumerate(problem.classes):
        t_now = assignment.get(c)
        lines: list[str] = []
        if t_now is None:
            reasons = [_slot_reason(problem, c, t, assignment, loads) for t in range(len(problem.slots))]
            lines.append("Die Klasse hat kein Zeitfenster erhalten. " + " ".join(reasons))
        elif spec.preferred and t_now not in spec.preferred:
            for t in sorted(spec.preferred):
                lines.append(
                    f"Wunsch {problem.slots[t].label} nicht erfüllt: " + _slot_reason(problem, c, t, assignment, loads)
                )
        members = groups.get(spec.school, [])
        if spec.keep_together and t_now is not None and len(members) > 1:
            used = Counter(assignment.get(i) for i in members if assignment.get(i) is not None)
            if len(used) > 1:
                need = sum(problem.classes[i].people for i in members)
                main_slot = used.most_common(1)[0][0]
                if t_now != main_slot:
                    lines.append(
                        f"Nicht alle Klassen der Schule {spec.school} sind im selben Zeitfenster: "
                        f"zusammen {need} Personen. "
                        + _slot_reason(problem, c, main_slot, assignment, loads).replace(
                            "Die Klasse bleibt", "Sie bleibt"
                        )
                    )
        notes[c] = lines
    return notes

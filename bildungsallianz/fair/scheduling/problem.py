"""An instance of the slot assignment and the objective every solver must agree on.

Hard rules (never broken): a slot never holds more people than its capacity;
a class is never put into a slot it marked impossible; a class with long
travel never gets the first slot; a pinned class stays in its slot (a pin
overrides the class's own wishes — staff decided).

Soft wishes, weighed in the objective (lower is better):
- a class left without a slot costs more than all wishes together could
  (so classes are only left out when the hard rules leave no room);
- a class with preferred slots placed outside them costs ``preference``;
- each extra slot used by the classes of one school that asked to stay
  together costs ``split`` (greater than ``preference``: staying together is
  the firmer request).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Mapping
from dataclasses import dataclass, field


class SchedulingError(ValueError):
    """The instance cannot be scheduled at all (message in German)."""


@dataclass(frozen=True)
class SlotSpec:
    label: str  # e.g. "08:00–10:00"
    capacity: int  # people in the hall at once


@dataclass(frozen=True)
class ClassSpec:
    key: Hashable
    school: str
    people: int  # pupils + accompanying teachers
    preferred: frozenset[int] = frozenset()  # slot indices
    impossible: frozenset[int] = frozenset()
    long_travel: bool = False
    keep_together: bool = False
    pinned: int | None = None
    label: str = ""

    def allowed(self, slot: int) -> bool:
        """May the solver put this class into ``slot`` (pins aside)?"""
        if self.pinned is not None:
            return slot == self.pinned
        return slot not in self.impossible and not (self.long_travel and slot == 0)


@dataclass(frozen=True)
class Weights:
    preference: int = 10
    split: int = 15


@dataclass(frozen=True)
class Problem:
    slots: tuple[SlotSpec, ...]
    classes: tuple[ClassSpec, ...]
    weights: Weights = field(default_factory=Weights)

    def groups(self) -> dict[str, list[int]]:
        """School → indices of its classes that asked to stay together (groups of two or more)."""
        by_school: dict[str, list[int]] = defaultdict(list)
        for index, spec in enumerate(self.classes):
            if spec.keep_together:
                by_school[spec.school].append(index)
        return {school: members for school, members in by_school.items() if len(members) > 1}

    def unassigned_weight(self) -> int:
        """Leaving one class out must cost more than every soft wish together."""
        w = self.weights
        return w.preference * len(self.classes) + w.split * len(self.slots) * max(1, len(self.groups())) + 1

    def check(self) -> None:
        """Reject instances no schedule can satisfy: bad slot numbers, pins over capacity."""
        if not self.slots:
            raise SchedulingError("Es gibt keine Zeitfenster.")
        count = len(self.slots)
        pinned_load = [0] * count
        for spec in self.classes:
            if spec.people <= 0:
                raise SchedulingError(f"{spec.label or spec.key}: Die Zahl der Personen muss größer als 0 sein.")
            bad = [s for s in (*spec.preferred, *spec.impossible) if not 0 <= s < count]
            if bad or (spec.pinned is not None and not 0 <= spec.pinned < count):
                raise SchedulingError(f"{spec.label or spec.key}: unbekanntes Zeitfenster.")
            if spec.pinned is not None:
                pinned_load[spec.pinned] += spec.people
        for index, slot in enumerate(self.slots):
            if pinned_load[index] > slot.capacity:
                raise SchedulingError(
                    f"Im Zeitfenster {slot.label} sind Klassen mit zusammen {pinned_load[index]} Personen "
                    f"fest eingeplant, es passen aber nur {slot.capacity} hinein. Bitte lösen Sie eine Festlegung."
                )


def objective(problem: Problem, assignment: Mapping[int, int | None]) -> int:
    """Cost of an assignment (class index → slot index or None); the MILP minimises exactly this."""
    w = problem.weights
    total = 0
    for index, spec in enumerate(problem.classes):
        slot = assignment.get(index)
        if slot is None:
            total += problem.unassigned_weight()
        elif spec.preferred and slot not in spec.preferred:
            total += w.preference
    for members in problem.groups().values():
        used = {assignment.get(i) for i in members} - {None}
        total += w.split * len(used)
    return total


def is_feasible(problem: Problem, assignment: Mapping[int, int | None]) -> bool:
    """Do the hard rules hold?"""
    load = [0] * len(problem.slots)
    for index, spec in enumerate(problem.classes):
        slot = assignment.get(index)
        if slot is None:
            if spec.pinned is not None:
                return False
            continue
        if not spec.allowed(slot):
            return False
        load[slot] += spec.people
    return all(load[i] <= slot.capacity for i, slot in enumerate(problem.slots))

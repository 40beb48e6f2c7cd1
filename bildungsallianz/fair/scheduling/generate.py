"""Generated BIB-like instances (benchmark and demo data; seeded, reproducible)."""

from __future__ import annotations

import random

from .problem import ClassSpec, Problem, SlotSpec


def generated_problem(classes: int, slots: int, *, seed: int = 1, fill: float = 0.88) -> Problem:
    """``classes`` classes of 15–32 people from about one school per ten classes.

    The hall capacity is set so that all classes fill ``fill`` of the total
    capacity (tight, as at the real fair); 30 % travel long, 60 % name one or two
    preferred slots, 20 % one impossible slot, half the schools keep their classes together.
    """
    rng = random.Random(seed)
    schools = [f"Schule {i + 1}" for i in range(max(2, classes // 10))]
    together = set(rng.sample(schools, len(schools) // 2))
    far = set(rng.sample(schools, max(1, len(schools) * 3 // 10)))
    specs = []
    for i in range(classes):
        school = rng.choice(schools)
        preferred = frozenset(rng.sample(range(slots), rng.choice([1, 2]))) if rng.random() < 0.6 else frozenset()
        impossible = frozenset({rng.randrange(slots)}) - preferred if rng.random() < 0.2 else frozenset()
        specs.append(
            ClassSpec(
                key=i,
                school=school,
                people=rng.randint(15, 32),
                preferred=preferred,
                impossible=impossible,
                long_travel=school in far,
                keep_together=school in together,
                label=f"Klasse {i + 1}",
            )
        )
    need = sum(s.people for s in specs)
    capacity = int(need / (slots * fill)) + 1
    labels = [f"{8 + (2 * t) % 10:02d}:00" for t in range(slots)]
    return Problem(
        slots=tuple(SlotSpec(label=labels[t], capacity=capacity) for t in range(slots)), classes=tuple(specs)
    )

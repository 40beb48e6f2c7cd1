"""The slot scheduler: hard rules always hold, the optimum is the true optimum, wishes are explained."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bildungsallianz.fair.scheduling import ClassSpec, Problem, SchedulingError, SlotSpec, explain, solve
from bildungsallianz.fair.scheduling.brute import brute_force_optimum
from bildungsallianz.fair.scheduling.problem import is_feasible


def slots(*capacities):
    return tuple(SlotSpec(label=f"{8 + 2 * i:02d}:00", capacity=c) for i, c in enumerate(capacities))


@st.composite
def problems(draw, max_classes=6, max_slots=3):
    slot_count = draw(st.integers(1, max_slots))
    slot_specs = slots(*[draw(st.integers(20, 90)) for _ in range(slot_count)])
    indices = st.integers(0, slot_count - 1)
    classes = []
    for i in range(draw(st.integers(1, max_classes))):
        pinned = draw(st.none() | indices) if draw(st.booleans()) else None
        classes.append(
            ClassSpec(
                key=i,
                school=draw(st.sampled_from(["A", "B", "C"])),
                people=draw(st.integers(5, 40)),
                preferred=frozenset(draw(st.sets(indices, max_size=2))),
                impossible=frozenset(draw(st.sets(indices, max_size=1))),
                long_travel=draw(st.booleans()),
                keep_together=draw(st.booleans()),
                pinned=pinned,
            )
        )
    return Problem(slots=slot_specs, classes=tuple(classes))


def _pins_fit(problem):
    try:
        problem.check()
    except SchedulingError:
        return False
    return True


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(problems())
def test_the_objective_equals_the_brute_force_optimum_on_small_instances(problem):
    if not _pins_fit(problem):
        with pytest.raises(SchedulingError):
            solve(problem)
        return
    result = solve(problem)
    assert result.optimal
    assert result.objective == brute_force_optimum(problem)


@settings(max_examples=80, deadline=None)
@given(problems(max_classes=12, max_slots=5))
def test_capacity_impossible_slots_long_travel_and_pins_always_hold(problem):
    if not _pins_fit(problem):
        return
    result = solve(problem)
    assert is_feasible(problem, result.assignment)
    for c, spec in enumerate(problem.classes):
        slot = result.assignment[c]
        if spec.pinned is not None:
            assert slot == spec.pinned
        elif slot is not None:
            assert slot not in spec.impossible
            assert not (spec.long_travel and slot == 0)
    for t, slot in enumerate(problem.slots):
        assert result.loads[t] <= slot.capacity


@settings(max_examples=80, deadline=None)
@given(problems(max_classes=10, max_slots=4))
def test_every_unmet_preference_has_a_german_reason_other_than_the_fallback(problem):
    if not _pins_fit(problem):
        return
    result = solve(problem)
    notes = explain(problem, result.assignment)
    for c, spec in enumerate(problem.classes):
        slot = result.assignment[c]
        if slot is not None and spec.preferred and slot not in spec.preferred:
            assert notes[c], "an unmet preference must be explained"
            assert all("hätte mehr Wünsche" not in line for line in notes[c])
        if slot is None:
            assert notes[c][0].startswith("Die Klasse hat kein Zeitfenster erhalten.")


def test_a_full_slot_is_named_with_its_occupancy_in_the_explanation():
    problem = Problem(
        slots=slots(50, 50),
        classes=(
            ClassSpec(key="a", school="A", people=40, preferred=frozenset({0}), pinned=0),
            ClassSpec(key="b", school="B", people=30, preferred=frozenset({0})),
        ),
    )
    result = solve(problem)
    assert result.assignment == {0: 0, 1: 1}
    assert explain(problem, result.assignment)[1] == [
        "Wunsch 08:00 nicht erfüllt: Das Zeitfenster 08:00 ist mit 40 von 50 Plätzen belegt; die Klasse braucht 30."
    ]


def test_classes_of_one_school_that_asked_stay_together_even_against_a_single_wish():
    problem = Problem(
        slots=slots(100, 100),
        classes=(
            ClassSpec(key="a", school="IGS", people=25, preferred=frozenset({1}), keep_together=True),
            ClassSpec(key="b", school="IGS", people=25, preferred=frozenset({1}), keep_together=True),
            ClassSpec(key="c", school="IGS", people=25, preferred=frozenset({0}), keep_together=True),
        ),
    )
    result = solve(problem)
    assert set(result.assignment.values()) == {1}
    assert "zusammen" in explain(problem, result.assignment)[2][0]


def test_pins_beyond_capacity_are_refused_with_a_german_message():
    problem = Problem(
        slots=slots(30),
        classes=(
            ClassSpec(key="a", school="A", people=20, pinned=0),
            ClassSpec(key="b", school="B", people=20, pinned=0),
        ),
    )
    with pytest.raises(SchedulingError, match="fest eingeplant"):
        solve(problem)


def test_a_class_that_fits_nowhere_stays_without_a_slot_and_is_told_why():
    problem = Problem(slots=slots(30), classes=(ClassSpec(key="a", school="A", people=20, long_travel=True),))
    result = solve(problem)
    assert result.assignment == {0: None}
    assert "langer Anreise" in explain(problem, result.assignment)[0][0]

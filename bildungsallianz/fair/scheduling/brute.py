"""Exhaustive search over all assignments, for checking the solver on small instances."""

from __future__ import annotations

import itertools

from .problem import Problem, is_feasible, objective


def brute_force_optimum(problem: Problem) -> int | None:
    """The least objective over every feasible assignment (None if there is none)."""
    options = [None, *range(len(problem.slots))]
    best = None
    for combo in itertools.product(options, repeat=len(problem.classes)):
        assignment = dict(enumerate(combo))
        if is_feasible(problem, assignment):
            value = objective(problem, assignment)
            if best is None or value < best:
                best = value
    return best

"""Time-slot scheduler for the Berufsinformationsbörse (pure Python, no Django).

``problem`` describes an instance, ``solver`` builds and solves the MILP with
HiGHS (highspy), ``explain`` writes a German reason for every unmet wish,
``brute`` enumerates small instances for the tests.
"""

from .explain import explain, explain_notes
from .problem import ClassSpec, Problem, SchedulingError, SlotSpec, Weights, objective
from .solver import Result, solve

__all__ = [
    "ClassSpec",
    "Problem",
    "Result",
    "SchedulingError",
    "SlotSpec",
    "Weights",
    "explain",
    "explain_notes",
    "objective",
    "solve",
]

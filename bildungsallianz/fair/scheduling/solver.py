"""The MILP, solved exactly by HiGHS (see docs/decisions/0601-fair-scheduler-solver.md).

Variables: x[c,t] = 1 if class c goes to slot t (only for slots the class may
use), u[c] = 1 if class c stays without a slot, y[g,t] = 1 if keep-together
group g uses slot t. Rows: each class gets one slot or none; each slot's
people ≤ capacity; x[c,t] ≤ y[g,t] for group members.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

import highspy
import numpy as np

from .problem import Problem, SchedulingError, objective


@dataclass
class Result:
    assignment: dict[int, int | None]  # class index → slot index (None: no slot)
    objective: int
    optimal: bool  # optimality proven (gap 0)
    gap: float
    seconds: float
    loads: list[int] = field(default_factory=list)

    def slot_of(self, problem: Problem) -> dict:
        """Class key → slot index or None."""
        return {problem.classes[i].key: slot for i, slot in self.assignment.items()}


class _Builder:
    def __init__(self) -> None:
        self.cost: list[float] = []
        self.lower: list[float] = []
        self.upper: list[float] = []
        self.row_lower: list[float] = []
        self.row_upper: list[float] = []
        self.starts: list[int] = []
        self.index: list[int] = []
        self.value: list[float] = []

    def var(self, cost: float, lower: float = 0.0, upper: float = 1.0) -> int:
        self.cost.append(cost)
        self.lower.append(lower)
        self.upper.append(upper)
        return len(self.cost) - 1

    def row(self, terms: list[tuple[int, float]], lower: float, upper: float) -> None:
        self.starts.append(len(self.index))
        for column, coefficient in terms:
            self.index.append(column)
            self.value.append(coefficient)
        self.row_lower.append(lower)
        self.row_upper.append(upper)


def _build(problem: Problem) -> tuple[_Builder, dict[tuple[int, int], int]]:
    w = problem.weights
    b = _Builder()
    x: dict[tuple[int, int], int] = {}
    slots = range(len(problem.slots))
    for c, spec in enumerate(problem.classes):
        terms = []
        for t in slots:
            if spec.allowed(t):
                miss = spec.preferred and t not in spec.preferred
                pinned = spec.pinned == t
                x[c, t] = b.var(w.preference if miss else 0.0, lower=1.0 if pinned else 0.0)
                terms.append((x[c, t], 1.0))
        if spec.pinned is None:
            terms.append((b.var(problem.unassigned_weight()), 1.0))
        b.row(terms, 1.0, 1.0)
    for t in slots:
        terms = [(x[c, t], float(spec.people)) for c, spec in enumerate(problem.classes) if (c, t) in x]
        if terms:
            b.row(terms, -highspy.kHighsInf, float(problem.slots[t].capacity))
    for members in problem.groups().values():
        for t in slots:
            in_slot = [c for c in members if (c, t) in x]
            if in_slot:
                y = b.var(float(w.split))
                for c in in_slot:
                    b.row([(x[c, t], 1.0), (y, -1.0)], -highspy.kHighsInf, 0.0)
    return b, x


def solve(problem: Problem, *, time_limit: float = 60.0, threads: int = 1) -> Result:
    """Assign every class a slot; raises SchedulingError for instances no schedule can satisfy."""
    problem.check()
    started = time.perf_counter()
    b, x = _build(problem)
    h = highspy.Highs()
    h.setOptionValue("output_flag", False)
    h.setOptionValue("mip_rel_gap", 0.0)
    h.setOptionValue("mip_abs_gap", 0.0)
    h.setOptionValue("time_limit", float(time_limit))
    h.setOptionValue("threads", threads)
    h.setOptionValue("random_seed", 0)
    n = len(b.cost)
    h.addVars(n, np.array(b.lower), np.array(b.upper))
    h.changeColsCost(n, np.arange(n, dtype=np.int32), np.array(b.cost))
    h.changeColsIntegrality(n, np.arange(n, dtype=np.int32), np.full(n, highspy.HighsVarType.kInteger, dtype=np.uint8))
    h.addRows(
        len(b.row_lower),
        np.array(b.row_lower),
        np.array(b.row_upper),
        len(b.index),
        np.array(b.starts, dtype=np.int32),
        np.array(b.index, dtype=np.int32),
        np.array(b.value),
    )
    h.run()
    status = h.getModelStatus()
    if status == highspy.HighsModelStatus.kInfeasible:
        raise SchedulingError("Für diese Angaben gibt es keinen Zeitplan.")
    values = h.getSolution().col_value
    if len(values) != n:
        raise SchedulingError("Der Zeitplan konnte in der vorgegebenen Zeit nicht berechnet werden.")
    assignment: dict[int, int | None] = {c: None for c in range(len(problem.classes))}
    for (c, t), column in x.items():
        if values[column] > 0.5:
            assignment[c] = t
    loads = [0] * len(problem.slots)
    for c, t in assignment.items():
        if t is not None:
            loads[t] += problem.classes[c].people
    info = h.getInfo()
    return Result(
        assignment=assignment,
        objective=objective(problem, assignment),
        optimal=status == highspy.HighsModelStatus.kOptimal,
        gap=float(info.mip_gap) if status != highspy.HighsModelStatus.kOptimal else 0.0,
        seconds=time.perf_counter() - started,
        loads=loads,
    )

"""Benchmark: the BIB slot scheduler (HiGHS MILP) on generated instances.

    .venv/bin/python bench/run.py fair

For 50, 150 and 400 classes with 4, 6 and 8 slots, the hall filled to 88 % and
99 % (three seeds each), it prints
the solve time (model build + solve), whether optimality was proven (gap 0),
the objective and the number of classes without a slot. Baseline: a greedy
first-fit in the same run (what a spreadsheet does), to show what the exact
solution gains.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bildungsallianz.fair.scheduling import objective, solve  # noqa: E402
from bildungsallianz.fair.scheduling.generate import generated_problem  # noqa: E402


def greedy(problem):
    loads = [0] * len(problem.slots)
    assignment = {}
    order = sorted(range(len(problem.classes)), key=lambda c: -problem.classes[c].people)
    for c in order:
        spec = problem.classes[c]
        choices = sorted(range(len(problem.slots)), key=lambda t: (t not in spec.preferred, t))
        assignment[c] = None
        for t in choices:
            if spec.allowed(t) and loads[t] + spec.people <= problem.slots[t].capacity:
                assignment[c], loads[t] = t, loads[t] + spec.people
                break
    return assignment


HEADER = (
    "| Klassen | Zeitfenster | Auslastung | Zeit median s | Zeit max s | optimal bewiesen "
    "| Ziel (MILP) | Ziel (greedy) | ohne Slot |"
)


def main(sizes=(50, 150, 400), slot_counts=(4, 6, 8), seeds=(1, 2, 3), fills=(0.88, 0.99), time_limit=60.0):
    print(HEADER)
    print("|---:|---:|---:|---:|---:|---|---:|---:|---:|")
    for size in sizes:
        for slot_count, fill in [(s, f) for s in slot_counts for f in fills]:
            times, proven, values, greedy_values, unassigned = [], 0, [], [], 0
            for seed in seeds:
                problem = generated_problem(size, slot_count, seed=seed, fill=fill)
                started = time.perf_counter()
                result = solve(problem, time_limit=time_limit)
                times.append(time.perf_counter() - started)
                proven += result.optimal and result.gap == 0
                values.append(result.objective)
                greedy_values.append(objective(problem, greedy(problem)))
                unassigned += sum(1 for t in result.assignment.values() if t is None)
            print(
                f"| {size} | {slot_count} | {fill:.0%} | {statistics.median(times):.2f} | {max(times):.2f} | "
                f"{proven}/{len(seeds)} | {statistics.mean(values):.0f} | {statistics.mean(greedy_values):.0f} | "
                f"{unassigned} |",
                flush=True,
            )


if __name__ == "__main__":
    main()

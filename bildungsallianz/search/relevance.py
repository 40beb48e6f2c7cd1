"""Offline relevance metrics for evaluating search quality (pure functions)."""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Sequence


def recall_at_k(results: Sequence[Hashable], expected: Iterable[Hashable], k: int = 10) -> float:
    """Share of ``expected`` items that appear among the first ``k`` results.

    Duplicates in ``results`` count once. With nothing expected the recall is
    1.0 (nothing was missed). ``k`` must be positive.
    """
    if k <= 0:
        raise ValueError("k must be positive")
    wanted = set(expected)
    if not wanted:
        return 1.0
    return len(wanted.intersection(results[:k])) / len(wanted)


def reciprocal_rank(results: Sequence[Hashable], expected: Iterable[Hashable]) -> float:
    """1/rank of the first expected item in ``results`` (rank 1 = first), 0.0 if absent."""
    wanted = set(expected)
    for rank, item in enumerate(results, start=1):
        if item in wanted:
            return 1.0 / rank
    return 0.0


def mean_reciprocal_rank(
    runs: Iterable[tuple[Sequence[Hashable], Iterable[Hashable]]],
) -> float:
    """Mean of :func:`reciprocal_rank` over ``(results, expected)`` pairs; 0.0 for no pairs."""
    ranks = [reciprocal_rank(results, expected) for results, expected in runs]
    return sum(ranks) / len(ranks) if ranks else 0.0

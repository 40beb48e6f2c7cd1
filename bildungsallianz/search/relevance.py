"""Offline relevance metrics for evaluating search quality (pure functions)."""

from __future__ import annotations

import math
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


def graded_recall_at_k(results: Sequence[Hashable], relevant: Iterable[Hashable], k: int = 10) -> float:
    """Share of what could be found in the top ``k``: relevant items there / min(|relevant|, k).

    For a broad query with more relevant items than places (every apprenticeship for
    "apprenticeship") a full first page counts as complete.
    """
    if k <= 0:
        raise ValueError("k must be positive")
    wanted = set(relevant)
    if not wanted:
        return 1.0
    return len(wanted.intersection(results[:k])) / min(len(wanted), k)


def ndcg_at_k(results: Sequence[Hashable], relevant: Iterable[Hashable], k: int = 10) -> float:
    """Normalised discounted cumulative gain with binary relevance (1.0 = all relevant items on top)."""
    if k <= 0:
        raise ValueError("k must be positive")
    wanted = set(relevant)
    if not wanted:
        return 1.0
    seen: set = set()
    gain = 0.0
    for rank, item in enumerate(results[:k], start=1):
        if item in wanted and item not in seen:
            gain += 1.0 / math.log2(rank + 1)
        seen.add(item)
    ideal = sum(1.0 / math.log2(rank + 1) for rank in range(1, min(len(wanted), k) + 1))
    return gain / ideal

"""Tests for the offline relevance metrics."""

import pytest

from bildungsallianz.search.relevance import (
    mean_reciprocal_rank,
    recall_at_k,
    reciprocal_rank,
)


def test_recall_counts_expected_items_found_in_the_top_k():
    assert recall_at_k(["a", "b", "c", "d"], {"a", "d", "x"}, k=4) == pytest.approx(2 / 3)


def test_recall_ignores_results_beyond_k():
    assert recall_at_k(["a", "b", "c"], ["c"], k=2) == 0.0


def test_recall_defaults_to_the_top_ten():
    results = [str(i) for i in range(20)]
    assert recall_at_k(results, ["9", "10"]) == 0.5


def test_recall_counts_duplicate_results_once():
    assert recall_at_k(["a", "a", "a"], ["a", "b"], k=3) == 0.5


def test_recall_with_nothing_expected_is_perfect():
    assert recall_at_k(["a"], [], k=5) == 1.0


def test_recall_rejects_a_non_positive_k():
    with pytest.raises(ValueError):
        recall_at_k(["a"], ["a"], k=0)


def test_reciprocal_rank_is_one_over_the_position_of_the_first_hit():
    assert reciprocal_rank(["x", "y", "a", "b"], {"a", "b"}) == pytest.approx(1 / 3)


def test_reciprocal_rank_is_zero_without_a_hit():
    assert reciprocal_rank(["x", "y"], {"a"}) == 0.0


def test_mean_reciprocal_rank_averages_over_queries():
    runs = [(["a", "b"], {"a"}), (["x", "a"], {"a"}), (["x"], {"a"})]
    assert mean_reciprocal_rank(runs) == pytest.approx((1 + 0.5 + 0) / 3)


def test_mean_reciprocal_rank_of_no_queries_is_zero():
    assert mean_reciprocal_rank([]) == 0.0

"""Primary and secondary suppression (pure functions)."""

from bildungsallianz.surveys.suppression import cross_table_lines, primary, protect, secondary

T = None


def test_cells_below_the_minimum_but_not_zero_are_primary_secret():
    assert primary({"a": 0, "b": 1, "c": 2, "d": 3}, 3) == {"b", "c"}


def test_a_row_with_exactly_one_secret_cell_gets_a_second_one():
    # row: a=1 (secret), b=5, c=7, total 13 → b (smallest non-zero) must be secret too
    counts = {"a": 1, "b": 5, "c": 7, "t": 13}
    assert secondary(counts, {"a"}, [["a", "b", "c", "t"]], totals={"t"}) == {"a", "b"}


def test_zero_cells_are_not_chosen_while_a_non_zero_cell_is_open():
    counts = {"a": 2, "b": 0, "c": 9, "t": 11}
    assert secondary(counts, {"a"}, [["a", "b", "c", "t"]], totals={"t"}) == {"a", "c"}


def test_the_total_is_chosen_only_when_no_part_is_left():
    counts = {"a": 1, "b": 0, "t": 1}
    assert secondary(counts, {"a"}, [["a", "b", "t"]], totals={"t"}) == {"a", "t"}


def test_no_row_or_column_of_a_cross_table_keeps_a_single_secret_cell():
    rows, cols = ["steigt", "gleich", "sinkt"], ["Handwerk", "Industrie"]
    counts = {
        ("steigt", "Handwerk"): 6, ("steigt", "Industrie"): 1, ("steigt", T): 7,
        ("gleich", "Handwerk"): 4, ("gleich", "Industrie"): 5, ("gleich", T): 9,
        ("sinkt", "Handwerk"): 3, ("sinkt", "Industrie"): 4, ("sinkt", T): 7,
        (T, "Handwerk"): 13, (T, "Industrie"): 10, (T, T): 23,
    }  # fmt: skip
    lines, totals = cross_table_lines(rows, cols)
    secret = protect(counts, lines, 3, totals)
    assert ("steigt", "Industrie") in secret
    for line in lines:
        assert len([k for k in line if k in secret]) != 1, line
    # the secret cell cannot be computed: its row partner and its column partner are secret too
    assert ("steigt", "Handwerk") in secret
    assert any(k in secret for k in [("gleich", "Industrie"), ("sinkt", "Industrie")])
    # secondary choices keep as much as possible open: the grand total stays visible
    assert (T, T) not in secret


def test_a_table_without_small_cells_stays_open():
    lines, totals = cross_table_lines(["a", "b"], [])
    assert protect({("a", T): 4, ("b", T): 5, (T, T): 9}, lines, 3, totals) == set()

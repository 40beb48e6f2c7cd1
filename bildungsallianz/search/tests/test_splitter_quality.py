"""Regression guard for the compound splitter's measured precision."""

from bildungsallianz.search.analysis import default_lexicon
from bildungsallianz.search.tools.eval_splitter import evaluate, lexicon_cuts


def test_splitter_is_precise_on_the_education_compound_list(capsys):
    result = evaluate("shipped", lexicon_cuts(default_lexicon()))
    assert result["precision"] >= 0.95
    assert result["recall"] >= 0.95


def test_splitter_stays_reasonable_on_the_held_out_list(capsys):
    result = evaluate("held-out", lexicon_cuts(default_lexicon()), gold_file="compounds_heldout.tsv")
    assert result["precision"] >= 0.8
    assert result["recall"] >= 0.7

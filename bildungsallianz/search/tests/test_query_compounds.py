"""A compound typed in the query also finds its parts written apart (known gap, now closed)."""

from bildungsallianz.search.analysis import query_terms

from .helpers import finds


def test_a_query_compound_finds_its_parts_written_apart():
    assert finds("Pflegeausbildung", "Ausbildung in der Pflege")


def test_the_parts_must_all_be_there():
    assert not finds("Pflegeausbildung", "Ausbildung im Handel")


def test_the_compound_itself_is_still_the_exact_token():
    (term,) = query_terms("Pflegeausbildung", synonyms={})
    assert term.exact in term.tokens
    assert ("pfleg", "ausbild") in term.phrases

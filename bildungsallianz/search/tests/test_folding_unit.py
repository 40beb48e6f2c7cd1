"""Folding edges that the search tests do not reach (database-free, part of `make mutation`)."""

import pytest

from bildungsallianz.search.analysis.folding import fold, folded_words
from bildungsallianz.search.analysis.tokens import MAX_TOKEN_LENGTH


def test_each_part_of_a_hyphenated_word_is_folded_on_its_own():
    # a feminine ending or a Latin plural inside a hyphenated word is normalised per part
    assert fold("Schülerin-Praktika") == "schuler-praktikum"
    assert fold("Lehrerinnen-Fortbildung") == "lehrer-fortbildung"


def test_each_part_of_a_hyphenated_word_is_cut_to_the_token_length():
    long = "a" * (MAX_TOKEN_LENGTH + 5)
    assert folded_words(f"{long}-kurs") == ["a" * MAX_TOKEN_LENGTH + "-kurs"]


def test_folding_something_other_than_text_names_the_type():
    with pytest.raises(TypeError, match="^expected str, got int$"):
        folded_words(3)

"""How young people type (issue 15): phrases, filler, scaled typo tolerance, language words."""

import pytest

from bildungsallianz.search.analysis import DEFAULT_SYNONYMS, TypoIndex, index_tokens, query_terms, split_compound
from bildungsallianz.search.analysis.languages import language_token, language_tokens
from bildungsallianz.search.analysis.synonyms import load_synonym_file
from bildungsallianz.search.analysis.typos import allowed_edits
from bildungsallianz.search.tests.helpers import MemoryIndex, finds

OFFERS = {
    "friseur": "Ausbildung Friseur / Friseurin im Salon",
    "kfz": "Ausbildung Kfz-Mechatroniker/in in der Werkstatt",
    "willkommen": "Willkommenslotsen: Betriebe und Geflüchtete zusammenbringen",
    "kita": "Praktikum in der Kita",
    "schuh": "Ausbildung Schuhfertiger/in",
    "reife": "Berufsreife (Hauptschulabschluss) nachholen",
    "mathe": "Lernförderung in Mathematik vor der Prüfung",
    "deutsch": "Integrationskurs Deutsch (A1 bis B1)",
}


@pytest.fixture(scope="module")
def index():
    return MemoryIndex(OFFERS)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("frisör", "friseur"),
        ("friseuse", "friseur"),
        ("ich will was mit autos machen", "kfz"),
        ("kindergarten", "kita"),
        ("schule fertig machen", "reife"),
        ("mathe", "mathe"),
        ("german course", "deutsch"),
        ("deutsch lernen", "deutsch"),
    ],
)
def test_what_young_people_type_finds_the_intended_offer_first(index, query, expected):
    assert index.search(query)[:1] == [expected]


def test_a_modal_verb_is_never_split_off_a_compound():
    assert "will" not in index_tokens("Willkommenslotsen")
    assert [w for w in ("willkommen",) if len(split_compound(w)) > 1] == []


def test_spoken_filler_is_dropped_but_a_query_of_only_filler_is_kept():
    assert [t.word for t in query_terms("ich will was mit autos machen")] == ["autos"]
    assert [t.word for t in query_terms("machen")] == ["machen"]


def test_a_synonym_phrase_becomes_one_term_whose_own_words_rank_low():
    (term,) = query_terms("schule fertig machen")
    assert term.word == "schule fertig machen"
    assert "schulabschluss" in term.tokens
    assert ("schul", "fertig", "mach") in term.loose_phrases


def test_the_longest_synonym_phrase_wins_and_other_words_stay_terms():
    terms = query_terms("deutsch lernen in pirmasens")
    assert [t.word for t in terms] == ["deutsch lernen", "pirmasens"]


@pytest.mark.parametrize(
    ("word", "known", "edits"),
    [("kurs", False, 0), ("kurse", False, 1), ("frisor", False, 2), ("backer", True, 0), ("mechaniker", True, 1)],
)
def test_typo_tolerance_grows_with_word_length_and_is_smaller_for_known_words(word, known, edits):
    assert allowed_edits(word, known=known) == edits


def test_two_typos_in_a_long_unknown_word_are_found_and_marked_far():
    index = TypoIndex(["friseur", "praktikum", "pflege"])
    (term,) = query_terms("frisör", typo_index=index, synonyms={})
    assert "friseur" in term.typos
    assert "friseur" in term.far_typos


def test_typo_neighbours_near_returns_distances_and_leaves_out_the_word():
    index = TypoIndex(["friseur", "frist", "praktikum"])
    assert index.near("frisor", 2) == {"friseur": 2, "frist": 2}
    assert index.near("praktikum", 1) == {}
    assert index.near("frisor", 0) == {}


def test_a_known_long_word_still_gets_one_edit_neighbours():
    index = TypoIndex(["mechaniker", "mechanikern", "mechatroniker"])
    (term,) = query_terms("mechaniker", typo_index=index, synonyms={})
    assert "mechanikern" in term.typos
    assert "mechatroniker" not in term.typos  # three edits away


def test_language_names_match_the_language_facet_token_and_german_is_no_facet():
    (term,) = query_terms("Arabisch", synonyms={})
    assert language_token("ar") in term.tokens
    (german,) = query_terms("Deutsch", synonyms={})
    assert not any(t.startswith("0lang") for t in german.tokens)
    assert language_tokens(["de", "ar", "uk"]) == ["0langar", "0languk"]


def test_language_tokens_cannot_come_out_of_text_analysis():
    assert not [t for t in index_tokens("0langar Arabisch lang langar") if t.startswith("0lang")]


def test_the_shipped_list_holds_everyday_former_and_english_words():
    shipped = load_synonym_file()
    assert shipped == DEFAULT_SYNONYMS
    for term in ("Kindergarten", "Flüchtling", "Ausländer", "Arzthelferin", "Krankenschwester", "Friseuse"):
        assert term in shipped
    for term in ("Realschulabschluss", "Hauptschulabschluss", "Azubi", "Lehrstelle", "Nachhilfe", "FSJ", "BVB"):
        assert term in shipped
    for term in ("Quali", "internship", "job training", "german course", "Mittlere Reife"):
        assert term in shipped
    assert finds("Arzthelferin", "Ausbildung Medizinische Fachangestellte")
    assert finds("Krankenschwester", "Ausbildung Pflegefachfrau")
    assert finds("Realschulabschluss", "Mittlere Reife nachholen")
    assert finds("Hauptschulabschluss", "Berufsreife nachholen")

"""Behaviour of the German analyzer: each test states what a search must find."""

import re

import pytest

from bildungsallianz.search.analysis import (
    DEFAULT_SYNONYMS,
    STOP_WORDS,
    QueryTerm,
    TypoIndex,
    expand_typos,
    fold,
    index_tokens,
    query_terms,
    split_compound,
)
from bildungsallianz.search.tests.helpers import finds

TOKEN = re.compile(r"[a-z0-9]+")


def parts(word: str) -> list[str]:
    """Compound parts of a folded word, linking elements kept on the left part."""
    return [word[start:end] for start, _, end in split_compound(word)]


# --- stemming and irregular plurals -------------------------------------------------


@pytest.mark.parametrize(
    ("query", "document"),
    [
        ("Ausbildungen", "Ausbildung zum Koch"),
        ("Ausbildung", "Ausbildungen im Handwerk"),
        ("Praktika", "Praktikum im Kindergarten"),
        ("Praktikum", "Praktika in den Ferien"),
        ("Schulpraktika", "Schulpraktikum"),
        ("Kurse", "Kurs"),
        ("Gymnasien", "Gymnasium"),
        ("Azubi", "Azubis"),
        ("Kitas", "Kita"),
    ],
)
def test_inflected_and_irregular_forms_find_each_other(query, document):
    assert finds(query, document)


# --- compounds ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "document"),
    [
        ("Pflege", "Praktikum in der Altenpflege"),
        ("Pflege", "Ausbildung zur Pflegefachkraft"),
        ("Fachkraft", "Ausbildung zur Pflegefachkraft"),
        ("Bildung", "Weiterbildung für Eltern"),
        ("Fahrzeug", "Kraftfahrzeugmechatroniker"),
        ("Kraftfahrzeug", "Kraftfahrzeugmechatroniker"),
        ("Mechatroniker", "Kraftfahrzeugmechatroniker"),
        ("Schulabschluss", "Hauptschulabschluss nachholen"),
        ("Abschluss", "Hauptschulabschluss nachholen"),
        ("Ausbildung", "Freie Ausbildungsplätze 2025"),
        ("Platz", "Ausbildungsplatz"),
        ("Orientierung", "Tag der Berufsorientierung"),
        ("Beruf", "Berufsinformationsbörse"),
        ("Börse", "Berufsinformationsbörse"),
        ("Kaufmann", "Industriekaufmann"),
        ("Eltern", "Elternabend"),
        ("Schule", "Realschule plus"),
        ("Sprache", "Sprachförderung"),
    ],
)
def test_a_word_finds_compounds_containing_it_as_head_or_modifier(query, document):
    assert finds(query, document)


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("pflegefachkraft", ["pflege", "fach", "kraft"]),
        ("altenpflege", ["alten", "pflege"]),
        ("ausbildungsplatz", ["ausbildungs", "platz"]),
        ("berufsinformationsborse", ["berufs", "informations", "borse"]),
        ("erzieherausbildung", ["erzieher", "ausbildung"]),
        ("krankenhaus", ["kranken", "haus"]),
    ],
)
def test_compounds_are_split_at_their_real_boundaries(word, expected):
    assert parts(word) == expected


@pytest.mark.parametrize(
    "word",
    [
        "erzieher",
        "mechatroniker",
        "ausbildung",
        "nachhilfe",
        "unterricht",
        "generation",
        "abitur",
    ],
)
def test_simple_words_and_particle_derivations_are_not_split(word):
    assert parts(word) == [word]


def test_hyphenated_compounds_index_each_part_and_the_joined_word():
    tokens = index_tokens("Kfz-Mechatroniker")
    assert {"kfz", "mechatron", "kfzmechatron"} <= set(tokens)
    assert finds("Kfz Mechatroniker", "Kfz-Mechatroniker/in")
    assert finds("Kfz-Mechatroniker", "Ausbildung Kfz Mechatroniker")


def test_whole_compound_query_still_finds_the_compound():
    assert finds("Altenpflege", "Praktikum in der Altenpflege")
    assert not finds("Altenpflege", "Pflege im Krankenhaus")


# --- gender forms -------------------------------------------------------------------


@pytest.mark.parametrize(
    "document",
    [
        "Erzieher*innen gesucht",
        "Erzieher:innen gesucht",
        "Erzieher_innen gesucht",
        "ErzieherInnen gesucht",
        "Erzieher/-innen gesucht",
        "Erzieher/innen gesucht",
        "Erzieher(innen) gesucht",
        "Erzieherinnen und Erzieher gesucht",
        "Erzieher gesucht",
    ],
)
def test_feminine_query_finds_every_gender_notation(document):
    assert finds("Erzieherin", document)
    assert finds("Erzieher", document)


@pytest.mark.parametrize(
    ("query", "document"),
    [
        ("Mechatroniker", "Mechatronikerin"),
        ("Mechatronikerin", "Mechatroniker"),
        ("Lehrer", "Lehrerinnen"),
        ("Praktikant", "Praktikantin"),
        ("Arzt", "Ärztin"),
        ("Pädagoge", "Pädagogin"),
        ("Industriekaufmann", "Industriekauffrau"),
        ("Kaufmann", "Kaufleute im Einzelhandel"),
    ],
)
def test_masculine_and_feminine_job_titles_find_each_other(query, document):
    assert finds(query, document)


def test_fold_collapses_gender_notations_and_keeps_hyphens():
    assert fold("Kfz-Mechatroniker*innen, Bäcker!") == "kfz-mechatroniker backer"
    assert fold("ErzieherInnen") == "erzieher"


def test_words_that_merely_end_in_in_are_not_shortened():
    assert fold("Medizin Termin Benzin Disziplin Karin") == "medizin termin benzin disziplin karin"


# --- umlauts and sharp s ------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "document"),
    [
        ("Baecker", "Bäcker"),
        ("Backer", "Bäcker"),
        ("Bäcker", "Baecker"),
        ("Strasse", "Straße"),
        ("Straße", "Strasse"),
        ("Schueler", "Schüler"),
        ("Schuler", "Schüler"),
        ("Foerderung", "Förderung"),
        ("Boerse", "Börse"),
    ],
)
def test_umlaut_and_sharp_s_spellings_find_each_other(query, document):
    assert finds(query, document)


@pytest.mark.parametrize(
    ("query", "document"),
    [
        ("Schuelerpraktikum", "Schülerpraktikum in den Ferien"),
        ("Schülerpraktikum", "Schuelerpraktikum in den Ferien"),
        ("Schuelerpraktikum", "Praktikum für Schüler"),
        ("Sprachfoerderung", "Sprachförderung für Kinder"),
        ("Baeckereifachverkaeuferin", "Bäckereifachverkäufer"),
        ("Ausbildungsboerse", "Ausbildungsbörse Pirmasens"),
    ],
)
def test_transcribed_umlauts_inside_compounds_find_the_umlaut_spelling(query, document):
    assert finds(query, document)


def test_a_transcribed_umlaut_compound_is_split_like_its_umlaut_spelling():
    assert index_tokens("Schuelerpraktikum") == index_tokens("Schülerpraktikum")
    assert {"schul", "praktikum"} <= set(index_tokens("Schuelerpraktikum"))


def test_folding_changes_only_umlaut_transcriptions_not_other_letters():
    assert not finds("Bacher", "Bäcker")
    assert fold("Feuer Bauer Quelle") == "feuer bauer quelle"
    assert fold("Ärger ÖFFNUNG Übung") == "arger offnung ubung"


# --- stop words and numbers ---------------------------------------------------------


def test_stop_words_are_dropped_from_queries_and_numbers_kept():
    terms = query_terms("Praktikum für Jugendliche ab 15 in der Pflege")
    assert [t.word for t in terms] == ["praktikum", "jugendliche", "15", "pflege"]


def test_stop_words_are_not_indexed():
    assert index_tokens("der die das und in für mit ab") == []


def test_a_query_of_only_stop_words_has_no_terms():
    assert query_terms("und die der") == []


def test_stop_word_list_is_folded():
    assert all(TOKEN.fullmatch(w) for w in STOP_WORDS)
    assert "fur" in STOP_WORDS


# --- synonyms -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "document"),
    [
        ("Azubi", "Ausbildung zur Fachkraft"),
        ("Lehre", "Ausbildung im Handwerk"),
        ("Kfz", "Kraftfahrzeugmechatroniker"),
        ("Kraftfahrzeug", "Kfz-Werkstatt"),
        ("Job", "Stellen für Schüler"),
        ("Abi", "Abitur nachholen"),
        ("Deutschkurs", "Sprachkurs für Anfänger"),
        ("Deutschkurs", "Sprachförderung"),
        ("Nachhilfe", "Lernförderung"),
        ("Lernförderung", "Nachhilfe"),
        ("FSJ", "Freiwilliges Soziales Jahr im Krankenhaus"),
    ],
)
def test_default_synonyms_expand_queries(query, document):
    assert finds(query, document)


def test_multi_word_synonym_needs_all_its_words():
    assert not finds("FSJ", "Ein Jahr im Ausland")


def test_synonyms_are_supplied_by_the_caller_as_mapping_or_pairs():
    custom = [("Quali", ["Qualifizierung"])]
    assert finds("Quali", "Einstiegsqualifizierung", synonyms=custom)
    assert finds("Quali", "Einstiegsqualifizierung", synonyms=dict(custom))
    assert not finds("Quali", "Einstiegsqualifizierung", synonyms={})


def test_synonym_keys_match_inflected_user_input():
    assert finds("Azubis", "Ausbildung")
    assert finds("AZUBI", "Ausbildung")


def test_synonym_expansions_are_analysed_like_normal_words():
    (term,) = query_terms("Deutschkurs", synonyms={"Deutschkurs": ["Sprachförderungen"]})
    assert index_tokens("Sprachförderung")[0] in term.tokens


def test_synonyms_do_not_leak_into_the_index():
    assert index_tokens("Azubi") == ["azubi"]


def test_default_synonyms_contain_the_agreed_entries():
    assert DEFAULT_SYNONYMS["Azubi"][0] == "Ausbildung"
    assert "Sprachförderung" in DEFAULT_SYNONYMS["Deutschkurs"]


# --- typos --------------------------------------------------------------------------


VOCABULARY = index_tokens(
    "Ausbildung Praktikum Pflege Altenpflege Mechatroniker Bewerbungstraining "
    "Sprachförderung Erzieher Bäcker Kindergarten"
)


@pytest.mark.parametrize(
    ("typo", "intended"),
    [
        ("Ausbilung", "ausbild"),  # deletion
        ("Praktkum", "praktikum"),  # deletion
        ("Praktikumm", "praktikum"),  # insertion
        ("Praktikim", "praktikum"),  # substitution
        ("Pratkikum", "praktikum"),  # transposition
        ("Mechatronker", "mechatron"),  # deletion, found via the stem
    ],
)
def test_one_typo_in_a_long_word_is_tolerated(typo, intended):
    index = TypoIndex(VOCABULARY)
    (term,) = query_terms(typo, typo_index=index)
    assert intended in term.tokens
    assert intended in term.typos


def test_typo_index_returns_only_terms_within_one_edit():
    index = TypoIndex(["praktikum", "praktika", "ausbild", "erzieh"])
    assert index.candidates("praktkum") == {"praktikum"}
    assert index.candidates("prajtikim") == set()  # two edits
    assert index.candidates("praktikum") == {"praktikum"}


def test_typos_are_not_tolerated_in_short_words():
    index = TypoIndex(["pflege", "kurs", "koch"])
    assert index.candidates("kuhs") == set()
    assert expand_typos("koch", index) == {"koch"}
    assert expand_typos("kich", ["koch"]) == set()


def test_expand_typos_accepts_a_plain_vocabulary():
    assert expand_typos("ausbilung", ["ausbildung", "ausbild", "bildung"]) == {"ausbildung"}


def test_correctly_spelled_known_words_get_no_typo_expansions():
    index = TypoIndex(["backer", "back", "bach"])
    (term,) = query_terms("Bäcker", typo_index=index)
    assert term.typos == frozenset()


# --- query term structure -----------------------------------------------------------


def test_query_terms_are_one_per_distinct_word_with_alternatives():
    terms = query_terms("Praktikum Pflege praktikum")
    assert [t.exact for t in terms] == ["praktikum", "pfleg"]
    assert all(isinstance(t, QueryTerm) and t.exact in t.tokens for t in terms)


def test_index_tokens_are_deterministic_and_keep_text_order():
    text = "Ausbildung zur Pflegefachkraft in Pirmasens, Beginn 1.8.2025"
    assert index_tokens(text) == index_tokens(text)
    tokens = index_tokens(text)
    assert tokens[0] == "ausbild"
    assert tokens.index("ausbild") < tokens.index("pfleg") < tokens.index("2025")
    assert {"1", "8", "2025"} <= set(tokens)

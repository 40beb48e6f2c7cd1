"""End-to-end behaviour with an in-memory reference matcher over realistic offers."""

import pytest

from bildungsallianz.search.tests.helpers import MemoryIndex

OFFERS = {
    "altenpflege": "Praktikum in der Altenpflege – Seniorenzentrum Pirmasens",
    "einzelhandel": "Praktikum im Einzelhandel: Verkäufer*innen für drei Wochen",
    "sprachkurs": "Sprachkurs Deutsch für Jugendliche ab 15 (B1)",
    "pflegeausbildung": "Ausbildung zur Pflegefachkraft mit Ausbildungsvergütung",
    "kfz": "Ausbildungsplatz Kfz-Mechatroniker/in in Zweibrücken",
    "baecker": "Bäckerei Müller sucht Azubis zum Bäcker (m/w/d)",
    "erzieher": "Schnuppertag für angehende ErzieherInnen in der Kita",
    "nachhilfe": "Kostenlose Lernförderung in Mathe und Englisch",
    "bewerbung": "Bewerbungstraining: Lebenslauf und Vorstellungsgespräch",
    "berufsorientierung": "Berufsinformationsbörse zur Berufsorientierung in der Festhalle",
    "weiterbildung": "Weiterbildung für Eltern: Elternabend zur Berufswahl",
    "strasse": "Beratung in der Hauptstraße 12 – Jugendberufsagentur",
}


@pytest.fixture(scope="module")
def index():
    return MemoryIndex(OFFERS)


def test_praktikum_pflege_ranks_altenpflege_first_then_einzelhandel_and_not_sprachkurs(
    index,
):
    results = index.search("praktikum pflege")
    assert results[0] == "altenpflege"
    assert results.index("altenpflege") < results.index("einzelhandel")
    assert "sprachkurs" not in results


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Ausbildungen", "pflegeausbildung"),
        ("Pflege", "pflegeausbildung"),
        ("Praktika", "altenpflege"),
        ("Kraftfahrzeug", "kfz"),
        ("Mechatronikerin", "kfz"),
        ("Baecker", "baecker"),
        ("Backer", "baecker"),
        ("Erzieherin", "erzieher"),
        ("Erzieher*innen", "erzieher"),
        ("Nachhilfe", "nachhilfe"),
        ("Deutschkurs", "sprachkurs"),
        ("Bewerbung", "bewerbung"),
        ("Bildung", "weiterbildung"),
        ("Strasse", "strasse"),
        ("Ausbilung", "pflegeausbildung"),
        ("Praktkum", "altenpflege"),
        ("Azubi", "baecker"),
        ("Verkäuferin", "einzelhandel"),
        ("Jugendliche 15", "sprachkurs"),
    ],
)
def test_query_finds_the_expected_offer_among_the_top_results(index, query, expected):
    assert expected in index.search(query)[:3]


def test_every_query_term_matching_beats_a_partial_match(index):
    results = index.search("Ausbildung Kfz")
    assert results[0] == "kfz"


def test_a_query_with_only_stop_words_finds_nothing(index):
    assert index.search("in der mit und") == []


def test_typo_tolerance_can_be_switched_off(index):
    assert index.search("Ausbilung", typos=False) == []

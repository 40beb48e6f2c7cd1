"""Categories named by the sections of the economy (WZ 2008): codes, nesting, what a sum adds.

Wordings from the Volkswirtschaftliche Gesamtrechnungen der Länder, IT.NRW 13111-54i and the
Destatis earnings tables; cases a reviewer tried against the first version are marked.
"""

import pytest

from bildungsallianz.monitoring.parsers.hierarchy import summable
from bildungsallianz.monitoring.parsers.sections import is_grouping_code, sections_tree, with_sections


@pytest.mark.parametrize(
    ("cell", "sections"),
    [
        ("C", "C"),
        ("B-F", "BCDEF"),
        ("B - E", "BCDE"),
        ("B,D,E", "BDE"),
        ("G-I,J", "GHIJ"),
        ("WZ08-B-F", "BCDEF"),
        ("F-B", ""),  # no range
        ("V", ""),  # WZ 2008 ends at U
        ("01-03", ""),  # divisions are numbers, not sections
        ("B–F", "BCDEF"),  # an en dash (Thüringer Landesamt)
        (" WZ08-G-J ", "GHIJ"),
        ("Insgesamt", ""),
    ],
)
def test_economic_sections_of_a_code(cell, sections):
    from bildungsallianz.monitoring.parsers.sections import section_code, sections_of

    assert section_code(cell) == frozenset(sections)
    assert sections_of(f"Bezeichnung ({cell})") == frozenset(sections)


def test_categories_nest_by_their_sections_whatever_their_order():

    # the order of the Volkswirtschaftliche Gesamtrechnungen: parts before and after their sum
    categories = [
        "Insgesamt",
        "Verarbeitendes Gewerbe (C)",
        "Produzierendes Gewerbe ohne Baugewerbe (B,D,E)",
        "Land- und Forstwirtschaft, Fischerei (A)",
        "Produzierendes Gewerbe (B-F)",
        "Baugewerbe (F)",
        "Dienstleistungsbereiche (G-U)",
        "Handel, Gastgewerbe, Verkehr (G-I)",
        "Information und Kommunikation (J)",
    ]
    tree = sections_tree(categories)
    assert tree == {
        "Produzierendes Gewerbe ohne Baugewerbe (B,D,E)": "Produzierendes Gewerbe (B-F)",
        "Verarbeitendes Gewerbe (C)": "Produzierendes Gewerbe (B-F)",
        "Baugewerbe (F)": "Produzierendes Gewerbe (B-F)",
        "Handel, Gastgewerbe, Verkehr (G-I)": "Dienstleistungsbereiche (G-U)",
        "Information und Kommunikation (J)": "Dienstleistungsbereiche (G-U)",
    }
    # B-F is covered by B,D,E + C + F: a subtotal; G-I and J do not cover G-U: parts "of which", G-U counts
    assert summable(categories, tree) == [
        "Verarbeitendes Gewerbe (C)",
        "Produzierendes Gewerbe ohne Baugewerbe (B,D,E)",
        "Land- und Forstwirtschaft, Fischerei (A)",
        "Baugewerbe (F)",
        "Dienstleistungsbereiche (G-U)",
    ]


A = "Land- und Forstwirtschaft, Fischerei (A)"
B_F = "Produzierendes Gewerbe (B-F)"
B_E = "Produzierendes Gewerbe ohne Baugewerbe (B-E)"
C = "Verarbeitendes Gewerbe (C)"
F = "Baugewerbe (F)"
G_T = "Dienstleistungsbereich (G-T)"


def test_parts_that_overlap_are_never_summed_together():  # reviewer: B-N and G-S share G to N
    total_b_s = "Produzierendes Gewerbe und Dienstleistungsbereich (B-S)"
    b_n = "Produzierendes Gewerbe und wirtschaftliche Dienstleistungen (B-N)"
    g_s = "Dienstleistungsbereich (G-S)"
    g_n = "Marktbestimmte Dienstleistungen (G-N)"  # as large as neither: a tie of two parents
    for categories in ([total_b_s, b_n, B_F, g_s], ["Insgesamt", b_n, B_F, g_s], [total_b_s, b_n, B_F, g_s, g_n]):
        assert summable(categories, sections_tree(categories)) == [B_F, g_s]


def test_what_a_sum_adds_follows_the_categories_at_hand_not_a_tree_stored_from_another_file():
    stored = sections_tree([A, B_F, B_E, C, F, G_T])  # the first import: C lies under B-E
    # one region or a selection without B-E and B-F: C and F are parts of their own (reviewer: they were dropped)
    assert summable([A, C, F, G_T], stored) == [A, C, F, G_T]
    # a later vintage without B-E: C is a part of B-F only, not summed beside it (reviewer: C was counted twice)
    assert summable([A, B_F, C, F, G_T], {**stored, C: B_F}) == [A, B_F, G_T]
    assert summable([A, B_F, B_E, C, F, G_T], stored) == [A, B_E, F, G_T]


def test_a_label_that_carries_its_code_does_not_get_it_twice():  # reviewer: Regionaldatenbank 426-71-4 labels
    assert with_sections("Baugewerbe (F)", "WZ08-F") == "Baugewerbe (F)"
    assert with_sections("Baugewerbe", "WZ08-F") == "Baugewerbe (F)"
    assert with_sections("Produzierendes Gewerbe", "B – F") == "Produzierendes Gewerbe (B-F)"
    assert with_sections("Produzierendes Gewerbe", "X") == "Produzierendes Gewerbe"


@pytest.mark.parametrize(
    ("code", "grouping"),
    [("B-F", True), ("K,L", True), ("WZ08-C", True), ("C", False), ("D", False), ("A-A", False)],
)
def test_only_ranges_lists_and_the_wz_prefix_mark_a_column_of_wz_codes(code, grouping):
    assert is_grouping_code(code) is grouping


def test_of_which_parts_named_by_their_sections_never_replace_their_category_in_a_sum():
    parts = ["dar. Bergbau (B)", "dar. Verarbeitendes Gewerbe (C)", "dar. Energieversorgung (D)",
             "dar. Wasserversorgung (E)"]  # fmt: skip
    categories = [A, B_E, *parts, F, G_T]
    assert summable(categories, sections_tree(categories)) == [A, B_E, F, G_T]


def test_categories_without_a_code_beside_sections_that_cover_the_economy_are_parts_of_them():
    # Regionaldatenbank 13111-07-05-4 (employees by sector), three service groups published without their code
    categories = [
        "Insgesamt",
        A,
        B_F,
        B_E,
        C,
        F,
        "Dienstleistungsbereiche (G-U)",
        "Handel, Gastgewerbe, Verkehr (G-I)",
        "Information und Kommunikation (J)",
        "Erbringung von Finanz- und Vers.leistungen (K)",
        "Grundstücks- und Wohnungswesen (L)",
        "Freiberufl,wissenschaftl. techn. Dienstl.,sonst.DL",
        "Öff.Verw.,Verteidig.,Sozialvers.,Erz.-u.Unterricht",
        "Kunst, Unterhaltung, Erholung, Priv. Haush.,usw.",
        "Keine Zuordnung möglich",
    ]
    # before: the three were summed beside G-U, which holds them
    assert summable(categories, sections_tree(categories)) == [A, B_E, F, "Dienstleistungsbereiche (G-U)",
                                                                "Keine Zuordnung möglich"]  # fmt: skip
    # sections that leave part of the economy out: a category without a code may be that part
    assert summable([A, C, "Sonstige"], {}) == [A, C, "Sonstige"]


@pytest.mark.parametrize(
    ("label", "unassigned"),
    [("Keine Zuordnung möglich", True), ("Wirtschaftszweig unbekannt", True), ("ohne Angabe", True),
     ("Baugewerbe (F)", False), ("Sonstige Dienstleister", False)],
)  # fmt: skip
def test_a_row_of_no_section_is_the_unknown_or_no_assignment(label, unassigned):
    from bildungsallianz.monitoring.parsers.sections import is_unassigned

    assert is_unassigned(label) is unassigned

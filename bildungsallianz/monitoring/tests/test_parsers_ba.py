"""CSV exports of the Statistik der Bundesagentur für Arbeit (Migrationsmonitor and other BA dashboards).

Figures checked against public copies of real exports (21.05.2025, Gebietsstand
and Datenstand April 2025), kept in Antonijatzele/DSI_Abschlussprojekt under
``Daten/Integration/Arbeitsmarktintegration/``:

* ``2015/arbeitslose_insgesamt_nachberufsabschluss.csv``: Deutschland, Arbeitslose 2015
  (Jahresdurchschnitt) by vocational qualification, count and share in %;
* ``2019/beschäftigte_ausländer_nachaltersgruppe.csv``: Beschäftigte 2019 (30.06.),
  Staatsangehörigkeit Ausländer, by age group;
* ``2023/arbeitslose_insgesamt_nachaltersgruppe.csv``: the same indicator in 2023, whose count
  column is headed ``JD Arbeitslose`` instead of ``Arbeitslose``.

The fixtures keep the layout and the published figures; the BA's licence paragraph is
shortened. ``KREIS`` is derived (a Kreis key, a month, ``*``): no Kreis export was at hand.
"""

from decimal import Decimal

import pytest

from bildungsallianz.monitoring.parsers import BA, ParseError, detect_format, parse_file
from bildungsallianz.monitoring.parsers.ba import ba_number

from .test_parsers_fuzz import MUTATIONS, mutate, parses_or_fails_cleanly

HEAD = (
    '"Region";"Deutschland";"Regionsschlüssel:";"d"\n'
    '"Gebietsstand";"April 2025"\n'
    '"Berichtsjahr";"{year}"\n'
    '"Datenstand";"April 2025"\n'
    '"Indikator";"{indicator}"\n'
    '"StaatsangehörigkeitEs werden Grafiken und Daten nur zu denjenigen Staatsangehörigkeiten angezeigt, bei '
    'denen eine ausreichend gesicherte Datenlage besteht.";"{nationality}"\n'
    '""\n'
    '"Hinweise:";"{hint}"\n'
    '""\n'
)
FOOT = (
    '""\n"Exportdatum: ";"21.05.2025";"17:47:56"\n"© Statistik der Bundesagentur für Arbeit"\n'
    '"Die Produkte unterliegen dem Urheberrecht. Eigene Berechnungen sind erlaubt, jedoch als solche kenntlich '
    'zu machen."\n'
)
AVERAGES = "Bei den dargestellten Werten handelt es sich um Jahresdurchschnitte. "
ALO_2015 = (
    HEAD.format(year=2015, indicator="Arbeitslose", nationality="Insgesamt", hint=AVERAGES)
    + '"Merkmal ";"Arbeitslose ";"Anteil an Insgesamt in % "\n'
    '"Ohne abgeschlossene Berufsausbildung";"1.293.852";"46"\n'
    '"Betriebliche/schulische Ausbildung";"1.239.872";"44"\n'
    '"Akademische Ausbildung";"202.737";"7"\n'
    '"Keine Angabe";"58.205";"2"\n' + FOOT
)
SVB_2019 = (
    HEAD.format(
        year=2019,
        indicator="Beschäftigte",
        nationality="Ausländer",
        hint="In der Beschäftigungsstatistik ist der Stichtag 30.06. repräsentativ als Jahreswert zu sehen.",
    )
    + '"Merkmal ";"Beschäftigte ";"Anteil an Insgesamt in % "\n'
    '"unter 25 Jahre";"628.910";"13"\n'
    '"25 bis unter 55 Jahre ";"3.691.380";"76"\n'
    '"55 Jahre und älter";"544.520";"11"\n'
    '"Keine Angabe";"10";"0"\n' + FOOT
)
ALO_2023_AGE = (
    HEAD.format(year=2023, indicator="Arbeitslose", nationality="Insgesamt", hint=AVERAGES)
    + '"Merkmal ";"JD Arbeitslose ";"Anteil an Insgesamt in % "\n'
    '"unter 25 Jahre";"229.313";"9"\n'
    '"25 bis unter 55 Jahre ";"1.751.871";"67"\n'
    '"55 Jahre und älter";"627.245";"24"\n'
    '"Keine Angabe";"243";"0"\n' + FOOT
)
KREIS = (
    ALO_2023_AGE.replace('"Deutschland";"Regionsschlüssel:";"d"', '"Pirmasens, Stadt";"Regionsschlüssel:";"07317"')
    .replace('"Berichtsjahr";"2023"', '"Berichtsmonat";"Mai 2025"')
    .replace('"243";"0"', '"*";"*"')
)


def cp1252(text: str) -> bytes:
    return text.encode("cp1252")


def values(table) -> dict:
    return {(o.variable, o.breakdown): (o.value, o.status) for o in table.observations}


def test_arbeitslose_by_vocational_qualification_are_stored_as_published():
    table = parse_file(cp1252(ALO_2015), filename="arbeitslose_insgesamt_nachberufsabschluss.csv")
    assert table.format == BA and table.table_code is None and len(table.observations) == 8
    assert {(o.region_key, o.region_name, o.period) for o in table.observations} == {("DG", "Deutschland", "2015")}
    got = values(table)
    without = (("Berufsabschluss", "Ohne abgeschlossene Berufsausbildung"),)
    assert got[("Arbeitslose", without)] == (Decimal("1293852"), "")
    assert got[("Arbeitslose_PROZENT", without)] == (Decimal("46"), "")
    assert got[("Arbeitslose", (("Berufsabschluss", "Akademische Ausbildung"),))] == (Decimal("202737"), "")
    assert got[("Arbeitslose", (("Berufsabschluss", "Keine Angabe"),))] == (Decimal("58205"), "")
    units = {(o.variable, o.variable_label, o.unit) for o in table.observations}
    assert units == {
        ("Arbeitslose", "Arbeitslose", "Anzahl"),
        ("Arbeitslose_PROZENT", "Arbeitslose, Anteil an Insgesamt (%)", "%"),
    }
    assert table.stand == "April 2025" and table.copyright == "© Statistik der Bundesagentur für Arbeit"
    assert "Gebietsstand: April 2025" in table.footnotes and AVERAGES.strip() in table.footnotes
    assert any(f.startswith("Staatsangehörigkeit: Es werden Grafiken") for f in table.footnotes)
    assert table.title.startswith("Arbeitslose nach Berufsabschluss")


def test_a_selection_above_the_table_is_a_breakdown_and_insgesamt_is_the_total():
    table = parse_file(SVB_2019.encode("utf-8"), filename="beschäftigte_ausländer_nachaltersgruppe.csv")
    got = values(table)
    foreign_young = (("Altersgruppe", "unter 25 Jahre"), ("Staatsangehörigkeit", "Ausländer"))
    assert got[("Beschäftigte", foreign_young)] == (Decimal("628910"), "")
    assert got[("Beschäftigte_PROZENT", foreign_young)] == (Decimal("13"), "")
    middle = (("Altersgruppe", "25 bis unter 55 Jahre"), ("Staatsangehörigkeit", "Ausländer"))
    assert got[("Beschäftigte", middle)] == (Decimal("3691380"), "")  # the trailing blank of the label is gone
    assert table.periods() == ["2019"]
    # "Insgesamt" selects everybody: no Staatsangehörigkeit in the breakdown
    total = parse_file(cp1252(ALO_2015), filename="a.csv")
    assert all(dict(o.breakdown).keys() == {"Berufsabschluss"} for o in total.observations)


def test_the_indicator_not_the_column_header_names_the_variable_so_vintages_join():
    old = parse_file(cp1252(ALO_2015), filename="2015.csv")
    new = parse_file(cp1252(ALO_2023_AGE), filename="2023.csv")
    assert set(old.variables()) == set(new.variables()) == {"Arbeitslose", "Arbeitslose_PROZENT"}
    got = values(new)
    assert got[("Arbeitslose", (("Altersgruppe", "unter 25 Jahre"),))] == (Decimal("229313"), "")
    assert got[("Arbeitslose", (("Altersgruppe", "55 Jahre und älter"),))] == (Decimal("627245"), "")


def test_a_kreis_export_by_month_with_withheld_values():
    table = parse_file(cp1252(KREIS), filename="kreis.csv")
    assert {(o.region_key, o.region_name, o.period) for o in table.observations} == {
        ("07317", "Pirmasens, Stadt", "2025-05")
    }
    withheld = [o for o in table.observations if o.status]
    assert len(withheld) == 2 and all(o.value is None and o.status == "." for o in withheld)


def test_the_format_is_recognised_and_numbers_keep_their_thousands():
    assert detect_format(cp1252(ALO_2015)) == BA
    assert detect_format(ALO_2015.encode("utf-8-sig")) == BA
    assert ba_number("1.293.852") == Decimal("1293852")
    assert ba_number("12,5") == Decimal("12.5")
    assert ba_number("-1.234,5") == Decimal("-1234.5")
    assert ba_number("1.29") is None  # a point that is no thousands separator is not guessed
    assert ba_number("*") is None


@pytest.mark.parametrize(
    ("text", "message", "line"),
    [
        (ALO_2015.replace('"Indikator";"Arbeitslose"\n', ""), "nennt nicht: „Indikator“", 9),
        (ALO_2015.replace('"Berichtsjahr";"2015"\n', ""), "„Berichtsjahr“ oder „Berichtsmonat“", 9),
        (ALO_2015.replace('"Berichtsjahr";"2015"', '"Berichtsjahr";"zwanzig"'), "kein Berichtsjahr", 3),
        (ALO_2015.replace('"Regionsschlüssel:";"d"', '"Regionsschlüssel:";"AA215"'), "kein amtlicher", 1),
        (ALO_2015.replace('"Merkmal "', '"Zeile"'), "keine Tabelle", None),
        (ALO_2015.replace('"1.239.872"', '"viele"'), "„viele“", 12),
        (ALO_2015.replace(';"44"\n', "\n"), "Die Zeile hat 2 Zellen", 12),
        (
            ALO_2015.replace('"Arbeitslose ";"Anteil', '"Arbeitslose ";"Frauen";"Anteil').replace(
                '"1.293.852";', '"1.293.852";"1";'
            ),
            "mehrere Wertspalten",
            10,
        ),
        (ALO_2015.split('"Merkmal ')[0] + '"Merkmal ";"Arbeitslose "\n' + FOOT, "keine Datenzeilen", 10),
        (ALO_2015.replace('"Keine Angabe";"58.205"', '"Akademische Ausbildung";"58.205"'), "doppelte Zeile", 14),
        # review of stop 12: nothing misread silently
        (ALO_2015.replace('"Akademische Ausbildung"', '""\n"Akademische Ausbildung"'), "Nach einer Leerzeile", 14),
        (ALO_2015.replace('"Ohne abgeschlossene Berufsausbildung";', '"";'), "keine Ausprägung", 11),
        (ALO_2015.replace('"Indikator"', '"Berichtsmonat";"Mai 2025"\n"Indikator"'), "zweimal", 5),
        (
            ALO_2015.replace('"Gebietsstand"', '"Region";"Pirmasens";"Regionsschlüssel:";"07317"\n"Gebietsstand"'),
            "zweimal",
            2,
        ),
        (SVB_2019.replace('"Indikator"', '"Altersgruppe";"unter 25 Jahre"\n"Indikator"'), "zugleich das Merkmal", 5),
        (SVB_2019.replace('"Indikator"', '"Staatsangehörigkeit";"Deutsche"\n"Indikator"'), "zweimal", 7),
    ],
)
def test_bad_exports_are_refused_with_a_german_message_and_line(text, message, line):
    with pytest.raises(ParseError) as error:
        parse_file(cp1252(text), filename="ba.csv")
    assert message in error.value.message
    assert error.value.line == line if line else error.value.line


def test_mutated_exports_raise_nothing_but_parse_error():
    from hypothesis import HealthCheck, given, settings

    @settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(MUTATIONS)
    def run(operations):
        for text in (ALO_2015, SVB_2019, KREIS):
            parses_or_fails_cleanly(mutate(cp1252(text), operations), filename="ba.csv")

    run()


def test_only_the_ba_head_line_is_taken_for_a_ba_export():
    from bildungsallianz.monitoring.parsers.ba import looks_like_ba

    assert looks_like_ba('"Region";"Pirmasens, Stadt";"Regionsschlüssel:";"07317"')
    assert looks_like_ba("\ufeffRegion;Deutschland;Regionsschluessel:;d")
    assert not looks_like_ba("Region;Regionsschlüssel;Jahr;Wert")  # a column of a plain table
    assert not looks_like_ba('"Regionalschlüssel";"Region";"Wert"')


def test_a_note_under_another_name_is_a_footnote_not_a_breakdown():
    table = parse_file(cp1252(ALO_2015.replace('"Hinweise:"', '"Hinweis:"')), filename="a.csv")
    assert all(dict(o.breakdown).keys() == {"Berufsabschluss"} for o in table.observations)
    assert AVERAGES.strip() in table.footnotes
    sentence = ALO_2015.replace(
        '"Indikator"', '"Datenbasis";"Die Werte sind vorläufig. Stand der Daten: April."\n"Indikator"'
    )
    table = parse_file(cp1252(sentence), filename="a.csv")
    assert all(dict(o.breakdown).keys() == {"Berufsabschluss"} for o in table.observations)
    assert "Datenbasis: Die Werte sind vorläufig. Stand der Daten: April." in table.footnotes

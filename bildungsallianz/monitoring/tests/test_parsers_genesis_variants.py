"""GENESIS downloads in other spellings: the English Länder names, downloads of about 2010, tables with keys.

Fixtures are our own files in the published layouts. The English 12411-0010 carries the
figures of the German download (© Statistisches Bundesamt (Destatis), dl-de/by-2-0); the
2010 "Temporär" area table is an excerpt of a download of 22.04.2010 kept in a public
repository's tests; the keyed payments table follows the layout a public converter's tests
hold (de.ifcore.hdv), with its figures.
"""

from decimal import Decimal

import pytest

from bildungsallianz.monitoring.parsers import ParseError, parse_file

from .test_parsers_genesis_online import LAENDER_AS_COLUMNS, latin1

LAENDER_ENGLISH = (  # 12411-0010 with the Länder as the English download names them; figures of 12411-0010
    "GENESIS-Tabelle: 12411-0010\n"
    "Population: Länder, reference date;;;\n"
    "Current population;;;\n"
    "Population (number);;;\n"
    ";reference date;reference date;reference date\n"
    ";31.12.2019;31.12.2020;31.12.2021\n"
    "Baden-Württemberg;11100394;11103043;11124642\n"
    "Bavaria;13124737;13140183;13176989\n"
    "Lower Saxony;7993608;8003421;8027031\n"
    "North Rhine-Westphalia;17947221;17925570;17924591\n"
    "Rhineland-Palatinate;4093903;4098391;4106485\n"
    "Thuringia;2133378;2120237;2108863\n"
    "Total;83166711;83155031;83237124\n"
    "__________\n"
    "© Federal Statistical Office, Wiesbaden 2022\n"
    "created: 2022-06-20 / 15:41:42\n"
)


def test_the_english_download_names_the_laender_in_english_and_the_total_is_germany():
    table = parse_file(latin1(LAENDER_ENGLISH), filename="12411-0010_$F.csv")
    assert table.region_keys() == ["08", "09", "03", "05", "07", "16", "DG"]
    assert table.get("07", "2021-12-31").value == Decimal("4106485")  # Rhineland-Palatinate
    assert table.get("05", "2019-12-31").region_name == "North Rhine-Westphalia"
    assert table.get("16", "2021-12-31").value == Decimal("2108863")  # as the German download
    germany = table.get("DG", "2020-12-31")
    assert (germany.value, germany.region_name) == (Decimal("83155031"), "Deutschland")


def test_the_english_names_of_the_laender_as_columns():
    english = {"Bayern": "Bavaria", "Hessen": "Hesse", "Niedersachsen": "Lower Saxony", "Sachsen": "Saxony"}
    header = ";;Baden-Württemberg;Bayern;Berlin;Brandenburg;Bremen;Hamburg;Hessen;Mecklenburg-Vorpommern;Niedersachsen;"
    translated = ";".join(english.get(name, name) for name in header.split(";"))
    translated = translated.replace("Mecklenburg-Vorpommern", "Mecklenburg-Western Pomerania")
    table = parse_file(latin1(LAENDER_AS_COLUMNS.replace(header, translated)), filename="12411-0012_$F.csv")
    assert table.region_keys()[:9] == ["08", "09", "11", "12", "04", "02", "06", "13", "03"]
    bavaria = table.get("09", "1968-12-31", breakdown={"Altersjahre": "unter 1 Jahr"})
    assert (bavaria.value, bavaria.region_name) == (Decimal("165029"), "Bavaria")
    assert table.get("03", "1967-12-31", breakdown={"Altersjahre": "unter 1 Jahr"}).value == Decimal("124172")


AREA_2010 = (  # a "Temporär" download of 22.04.2010 (in a public repository's tests): "_____" rules, "(C)opyright"
    "GENESIS-Tabelle: Temporär\n"
    "Gebietsfläche: Bundesländer, Stichtag;;;\n"
    "Feststellung des Gebietsstands;;;\n"
    "Gebietsfläche (qkm);;;\n"
    ";Stichtag;Stichtag;Stichtag\n"
    ";31.12.1995;31.12.1996;31.12.1997\n"
    "Baden-Württemberg;35752,50;35751,76;35751,85\n"
    "Berlin;890,82;890,85;890,77\n"
    "Insgesamt;357022,31;357021,43;357020,79\n"
    "_____\n"
    "Gebietsfläche:\n"
    '"Berlin (1995-2000): bezogen auf den Gebietsstand 01.01.2001;"\n'
    "_____\n"
    "(C)opyright Statistisches Bundesamt, Wiesbaden 2010\n"
    "Stand: 22.04.2010 / 21:32:50\n"
)


def test_a_download_of_2010_ends_with_a_rule_of_five_underscores_and_a_copyright_line():
    table = parse_file(latin1(AREA_2010), filename="Temporaer.csv")
    berlin = table.get("11", "1996-12-31")
    assert (berlin.value, berlin.unit, berlin.variable) == (Decimal("890.85"), "qkm", "Gebietsfläche")
    assert table.get("DG", "1995-12-31").value == Decimal("357022.31")
    assert table.footnotes == ["Gebietsfläche:", "Berlin (1995-2000): bezogen auf den Gebietsstand 01.01.2001"]
    assert table.copyright == "(C)opyright Statistisches Bundesamt, Wiesbaden 2010"
    assert table.stand == "22.04.2010 / 21:32:50"


PAYMENTS_WITH_KEYS = (  # a "Temporär" table downloaded with its keys, in the layout a public converter's tests hold
    "GENESIS-Tabelle: Temporär\n"
    "Auszahlungen insgesamt nach Produktgruppen;;;;\n"
    "- Land, Gemeinden, Gemeindeverbände - Jahr;;;;\n"
    "Finanzrechnungsstatistik der Gemeinden/GV;;;;\n"
    "Auszahlungen (EUR);;;;\n"
    "Auszahlungskonten: Auszahlungen insgesamt;;;;\n"
    ";;;;Jahr\n"
    ";;;;2009\n"
    "05;Nordrhein-Westfalen;111;Verwaltungssteuerung und Service;7950660525\n"
    "05;Nordrhein-Westfalen;121;Statistik und Wahlen;72717205\n"
    "05978040;Werne, Stadt;611;Steuern, allg. Zuweisungen u. allg. Umlagen;18525219\n"
    "05978040;Werne, Stadt;612;Sonstige allgemeine Finanzwirtschaft;12678523\n"
    "05978040;Werne, Stadt;999;Summe aller Produktgruppen;70535060\n"
    "__________\n"
    "(C)opyright Statistisches Bundesamt, Wiesbaden 2010\n"
    "Stand: 22.04.2010 / 21:32:50\n"
)


def test_a_classification_downloaded_with_its_keys_is_one_dimension_named_by_the_title():
    table = parse_file(latin1(PAYMENTS_WITH_KEYS), filename="Temporaer.csv")
    assert table.variables() == ["Auszahlungen"] and table.periods() == ["2009"]  # not the variable "Jahr"
    service = table.get("05", "2009", breakdown={"Produktgruppen": "Verwaltungssteuerung und Service"})
    assert (service.value, service.unit) == (Decimal("7950660525"), "EUR")
    assert table.get("05978040", "2009").value == Decimal("70535060")  # "Summe aller Produktgruppen" is the total
    assert all(dict(o.breakdown).keys() <= {"Produktgruppen"} for o in table.observations)


def test_a_partial_sum_is_no_total_and_a_total_may_stand_without_its_key():
    partial = PAYMENTS_WITH_KEYS.replace(
        "05978040;Werne, Stadt;999;Summe aller Produktgruppen;70535060",
        "05978040;Werne, Stadt;61;Summe der Produktgruppen 61x;31203742",
    )
    table = parse_file(latin1(partial), filename="Temporaer.csv")
    assert table.get("05978040", "2009", breakdown={"Produktgruppen": "Summe der Produktgruppen 61x"})
    assert not [o for o in table.observations if o.region_key == "05978040" and not o.breakdown]
    unkeyed = PAYMENTS_WITH_KEYS.replace(";999;Summe aller", ";;Summe aller")
    table = parse_file(latin1(unkeyed), filename="Temporaer.csv")
    assert table.get("05978040", "2009").value == Decimal("70535060")


def test_a_row_whose_first_cell_starts_with_underscores_is_no_footer_rule():
    text = AREA_2010.replace("Berlin;890,82;", "_____ unbekannt;890,82;")
    with pytest.raises(ParseError) as info:  # a data row, read and refused with its line, not a silent end
        parse_file(latin1(text), filename="Temporaer.csv")
    assert info.value.line == 8

"""Layouts found in the wild (issue 12), each checked against published figures.

The figures below were checked against public Regionaldatenbank downloads
(``12411-01-01-4``, population by sex at 31.12., as committed by
datenguide/genesapi-data, dl-de/by-2-0, © Statistische Ämter des Bundes und
der Länder). The test files are our own, written in the published layout
with those figures; the downloads themselves are not copied.
"""

from decimal import Decimal

import pytest

from bildungsallianz.monitoring.parsers import ParseError, parse_file
from bildungsallianz.monitoring.parsers.ffcsv import table_code_from_filename

#: Published values: (key, 31.12.2015 total, male, female, 31.12.2014 total)
POPULATION = [
    ("DG", "Deutschland", 82175684, 40514123, 41661561, 81197537),
    ("01", "  Schleswig-Holstein", 2858714, 1399458, 1459256, 2830864),
    ("01001", "      Flensburg, Kreisfreie Stadt", 85942, 42767, 43175, 84694),
]

NO_PERIOD_COLUMN = (
    "GENESIS-Tabelle: 12411-01-01-4\n"
    "Bevölkerungsstand: Bevölkerung nach Geschlecht;;;;;;\n"
    "- Stichtag 31.12. -;;;;;;\n"
    "regionale Tiefe: Kreise und krfr. Städte;;;;;;\n"
    "Fortschreibung des Bevölkerungsstandes;;;;;;\n"
    "Bevölkerungsstand (Anzahl);;;;;;\n"
    ";;31.12.2015;31.12.2015;31.12.2015;31.12.2014;31.12.2014\n"
    ";;Insgesamt;männlich;weiblich;Insgesamt;männlich\n"
    + "".join(f"{k};{n};{t};{m};{w};{t14};.\n" for k, n, t, m, w, t14 in POPULATION)
    + "__________\n"
    "Stand: 14.03.2017 / 10:07:37\n"
)


def _bytes(text: str) -> bytes:
    return text.replace("\n", "\r\n").encode("iso-8859-1")


def test_a_table_without_period_column_takes_the_periods_from_its_header_line():
    table = parse_file(_bytes(NO_PERIOD_COLUMN), filename="12411-01-01-4.csv")
    assert table.table_code == "12411-01-01-4"
    assert table.periods() == ["2014-12-31", "2015-12-31"]
    assert table.variables() == ["Bevölkerungsstand"]
    total = table.get("DG", "2015-12-31", "Bevölkerungsstand")
    assert total.value == Decimal("82175684") and total.unit == "Anzahl"
    women = table.get("01001", "2015-12-31", "Bevölkerungsstand", {"Geschlecht": "weiblich"})
    assert women.value == Decimal("43175")
    assert table.get("01", "2014-12-31", "Bevölkerungsstand").value == Decimal("2830864")
    men_2014 = table.get("01001", "2014-12-31", "Bevölkerungsstand", {"Geschlecht": "männlich"})
    assert men_2014.value is None and men_2014.status == "."


def _without_period_line(text: str) -> str:
    """The same table with only the 2015 columns and no line of periods in the header."""
    lines = [line for line in text.split("\n") if not line.startswith(";;31.12.")]
    return "\n".join(line.rsplit(";", 2)[0] if line.startswith(("DG", "01", ";;Ins")) else line for line in lines)


def test_a_table_without_period_column_or_line_uses_the_stichtag_of_its_title():
    text = _without_period_line(NO_PERIOD_COLUMN.replace("- Stichtag 31.12. -", "- Stichtag 31.12.2015 -"))
    table = parse_file(_bytes(text), filename="x.csv")
    assert table.periods() == ["2015-12-31"]
    assert table.get("01001", "2015-12-31", "Bevölkerungsstand").value == Decimal("85942")


def test_a_table_without_any_reference_date_is_refused_with_a_clear_message():
    text = _without_period_line(NO_PERIOD_COLUMN)
    with pytest.raises(ParseError) as info:
        parse_file(_bytes(text), filename="x.csv")
    assert "keine Spalte mit dem Zeitraum" in str(info.value) and "Stichtag" in str(info.value)
    assert "kein gültiger Zeitraum" not in str(info.value)


ENGLISH = (
    "GENESIS-Tabelle: 12411-01-01-4\n"
    "Population: Germany, reference date, sex;;;;\n"
    "Population (Number);;;;\n"
    ";;31.12.2015;31.12.2015;31.12.2015\n"
    ";;Total;male;female\n" + "".join(f"{k};{n};{t};{m};{w}\n" for k, n, t, m, w, _ in POPULATION) + "__________\n"
    "© Statistisches Bundesamt (Destatis), 2017\n"
)


def test_the_english_download_recognises_total_keeps_one_dimension_and_takes_the_measure_from_the_title():
    table = parse_file(_bytes(ENGLISH), filename="12411-01-01-4.csv")
    assert table.variables() == ["Population"]
    total = table.get("DG", "2015-12-31", "Population")
    assert total.value == Decimal("82175684") and total.unit == "Anzahl"
    assert table.get("DG", "2015-12-31", "Population", {"Geschlecht": "männlich"}).value == Decimal("40514123")
    assert table.get("01001", "2015-12-31", "Population", {"Geschlecht": "weiblich"}).value == Decimal("43175")
    assert {name for o in table.observations for name, _ in o.breakdown} == {"Geschlecht"}


@pytest.mark.parametrize(
    ("filename", "code"),
    [
        ("12411-01-01-4_2024_new.csv", "12411-01-01-4"),
        ("12411-0001_flat.csv", "12411-0001"),
        ("21111-Z-01_2023.csv", "21111-Z-01"),
        ("AI002-1-5_2022.csv", "AI002-1-5"),
        ("AI-N-01_2023.csv", "AI-N-01"),
        ("download.csv", None),
    ],
)
def test_table_codes_of_other_shapes_are_read_from_the_file_name(filename, code):
    assert table_code_from_filename(filename) == code


def test_a_value_in_parentheses_keeps_its_number_and_its_quality_flag():
    text = NO_PERIOD_COLUMN.replace(";85942;", ";(85942);")
    obs = parse_file(_bytes(text), filename="x.csv").get("01001", "2015-12-31", "Bevölkerungsstand")
    assert obs.value == Decimal("85942") and obs.status == "" and obs.quality == "()"


FFCSV_Q = (
    "\ufeffstatistics_code;statistics_label;time_code;time_label;time;1_variable_code;1_variable_label;"
    "1_variable_attribute_code;1_variable_attribute_label;value;value_unit;value_variable_code;"
    "value_variable_label;value_q\n"
    "12411;Bevölkerungsstand;STAG;Stichtag;2015-12-31;KREISE;Kreise;01001;Flensburg, Stadt;85942;Anzahl;"
    "BEVSTD;Bevölkerungsstand;p\n"
    "12411;Bevölkerungsstand;STAG;Stichtag;2015-12-31;KREISE;Kreise;01002;Kiel, Stadt;246306;Anzahl;"
    "BEVSTD;Bevölkerungsstand;\n"
    "12411;Bevölkerungsstand;STAG;Stichtag;2015-12-31;KREISE;Kreise;01003;Lübeck, Stadt;;Anzahl;"
    "BEVSTD;Bevölkerungsstand;.\n"
)


def test_flags_of_the_value_q_column_are_kept_with_the_number():
    table = parse_file(FFCSV_Q.encode("utf-8"), filename="12411-01-01-4_2015_new.csv")
    flensburg = table.get("01001", "2015-12-31", "BEVSTD")
    assert flensburg.value == Decimal("85942") and flensburg.quality == "p"
    assert table.get("01002", "2015-12-31", "BEVSTD").quality == ""
    luebeck = table.get("01003", "2015-12-31", "BEVSTD")
    assert luebeck.value is None and luebeck.status == "." and luebeck.quality == ""

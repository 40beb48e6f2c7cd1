"""Plain CSV files: region_key;period;value plus optional columns."""

from decimal import Decimal

import pytest

from bildungsallianz.monitoring.parsers import ParseError, detect_format, parse_file

pytestmark = []


def parse(text: str, **kwargs):
    return parse_file(text.encode("utf-8"), filename="werte.csv", **kwargs)


def test_it_reads_the_minimal_semicolon_file():
    tab = parse("region_key;period;value\n07317;2023;412\nDG;2023;782423\n")
    assert tab.format == "plain-csv"
    assert tab.region_keys() == ["07317", "DG"]
    assert tab.get("07317", "2023").value == Decimal(412)
    assert tab.get("07317", "2023").breakdown == ()


def test_it_reads_comma_separated_files_with_decimal_points():
    tab = parse("region_key,period,value,unit\n07317,2023,11.2,Prozent\n")
    obs = tab.get("07317", "2023")
    assert obs.value == Decimal("11.2")
    assert obs.unit == "Prozent"


def test_it_accepts_german_headers_and_decimal_comma():
    tab = parse("Regionalschluessel;Jahr;Wert;Einheit\n07317;2023;11,2;Prozent\n")
    assert tab.get("07317", "2023").value == Decimal("11.2")


def test_it_accepts_ags_and_zeitraum_headers_with_dates():
    tab = parse("ags;zeitraum;wert\n07317;31.12.2024;39761\n")
    assert tab.periods() == ["2024-12-31"]


def test_further_columns_become_breakdown_dimensions_and_insgesamt_is_total():
    text = (
        "region_key;period;variable;Geschlecht;Abschluss;value\n"
        "07317;2023;ABS;Insgesamt;Insgesamt;412\n"
        "07317;2023;ABS;weiblich;ohne Hauptschulabschluss;25\n"
    )
    tab = parse(text)
    assert tab.get("07317", "2023", "ABS").value == Decimal(412)
    obs = tab.get(
        "07317",
        "2023",
        "ABS",
        {"Geschlecht": "weiblich", "Abschluss": "ohne Hauptschulabschluss"},
    )
    assert obs.value == Decimal(25)
    assert obs.breakdown == (
        ("Abschluss", "ohne Hauptschulabschluss"),
        ("Geschlecht", "weiblich"),
    )


def test_it_keeps_special_values_and_the_status_column():
    text = "region_key;period;value;status\n07317;2023;;...\n07318;2023;.;\n07319;2023;5;\n"
    tab = parse(text)
    assert (tab.get("07317", "2023").value, tab.get("07317", "2023").status) == (
        None,
        "...",
    )
    assert tab.get("07318", "2023").status == "."
    assert tab.get("07319", "2023").value == Decimal(5)


def test_it_restores_a_leading_zero_lost_by_a_spreadsheet_program():
    tab = parse("region_key;period;value\n7317;2023;1\n")
    assert tab.region_keys() == ["07317"]


def test_it_rejects_a_missing_value_column():
    with pytest.raises(ParseError) as info:
        parse("region_key;period;anzahl\n07317;2023;1\n")
    assert info.value.line == 1
    assert "value/wert" in info.value.message


def test_it_rejects_an_empty_value_without_status():
    with pytest.raises(ParseError) as info:
        parse("region_key;period;value\n07317;2023;\n")
    assert (info.value.line, info.value.column) == (2, 3)


def test_it_rejects_a_row_with_too_many_cells():
    with pytest.raises(ParseError) as info:
        parse("region_key;period;value\n07317;2023;1;2\n")
    assert info.value.line == 2
    assert "4 Zellen" in info.value.message


def test_it_rejects_duplicate_rows():
    with pytest.raises(ParseError) as info:
        parse("region_key;period;value\n07317;2023;1\n07317;2023;2\n")
    assert str(info.value) == "Zeile 3: doppelte Zeile für Region 07317, Zeitraum 2023."


def test_it_rejects_an_unknown_status():
    with pytest.raises(ParseError) as info:
        parse("region_key;period;value;status\n07317;2023;1;geschätzt\n")
    assert (info.value.line, info.value.column) == (2, 4)


def test_the_mapping_gives_defaults_for_variable_and_unit():
    tab = parse(
        "region_key;period;value\n07317;2023;1\n",
        column_mapping={"variable": "ALO", "label": "Arbeitslose", "unit": "Anzahl"},
    )
    obs = tab.get("07317", "2023")
    assert (obs.variable, obs.variable_label, obs.unit) == (
        "ALO",
        "Arbeitslose",
        "Anzahl",
    )


def test_detect_format_recognises_plain_csv():
    assert detect_format(b"region_key;period;value\n07317;2023;1\n") == "plain-csv"

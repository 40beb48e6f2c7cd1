"""Excel workbooks (Bundesagentur für Arbeit style) need a column mapping."""

import datetime as dt
import io
from decimal import Decimal

import openpyxl
import pytest

from bildungsallianz.monitoring.parsers import ParseError, detect_format, parse_file

pytestmark = []

MAPPING = {
    "sheet": "Kreise",
    "header_row": 3,
    "region_key": "A",
    "region_name": "B",
    "period": "2023",
    "values": {
        "C": {
            "variable": "ALO",
            "label": "Arbeitslose",
            "unit": "Anzahl",
            "breakdown": {"Altersgruppe": "15 bis unter 25 Jahre"},
        },
        "D": {"variable": "ALQ", "label": "Arbeitslosenquote", "unit": "Prozent"},
    },
}


def workbook_bytes(rows, sheet="Kreise", extra_sheets=("Deckblatt",)) -> bytes:
    wb = openpyxl.Workbook()
    wb.active.title = extra_sheets[0] if extra_sheets else sheet
    if extra_sheets:
        ws = wb.create_sheet(sheet)
        for name in extra_sheets[1:]:
            wb.create_sheet(name)
    else:
        ws = wb.active
    ws.append(["Arbeitsmarkt in Zahlen"])
    ws.append(["Berichtsjahr 2023"])
    ws.append(["Regionalschlüssel", "Region", "Arbeitslose 15-25", "Quote"])
    for row in rows:
        ws.append(list(row))
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


BA_ROWS = [
    ("DG", "Deutschland", 229312, 5.7),
    (7, "Rheinland-Pfalz", 9800, 5.2),
    (7317, "Pirmasens, Stadt", 241, 11.5),
    ("07318", "Speyer, Stadt", "*", "-"),
    (None, None, None, None),
    ("Quelle: Statistik der Bundesagentur für Arbeit", None, None, None),
]


def test_it_reads_a_ba_style_sheet_with_the_mapping():
    tab = parse_file(workbook_bytes(BA_ROWS), filename="ba.xlsx", column_mapping=MAPPING)
    assert tab.format == "xlsx"
    assert tab.region_keys() == ["DG", "07", "07317", "07318"]
    obs = tab.get("07317", "2023", "ALO", {"Altersgruppe": "15 bis unter 25 Jahre"})
    assert obs.value == Decimal(241)
    assert obs.unit == "Anzahl"
    assert obs.variable_label == "Arbeitslose"
    assert obs.region_name == "Pirmasens, Stadt"
    assert (obs.line, obs.column) == (6, 3)
    assert tab.get("07317", "2023", "ALQ").value == Decimal("11.5")


def test_it_reads_the_ba_asterisk_as_secret_and_the_dash_as_nothing():
    tab = parse_file(workbook_bytes(BA_ROWS), filename="ba.xlsx", column_mapping=MAPPING)
    secret = tab.get("07318", "2023", "ALO", {"Altersgruppe": "15 bis unter 25 Jahre"})
    assert (secret.value, secret.status) == (None, ".")
    nothing = tab.get("07318", "2023", "ALQ")
    assert (nothing.value, nothing.status) == (None, "-")


def test_it_requires_a_column_mapping_for_excel_files():
    with pytest.raises(ParseError) as info:
        parse_file(workbook_bytes(BA_ROWS), filename="ba.xlsx")
    assert str(info.value) == "Für Excel-Dateien muss eine Spaltenzuordnung gewählt werden."


def test_it_names_the_available_sheets_when_the_sheet_is_missing():
    with pytest.raises(ParseError) as info:
        parse_file(
            workbook_bytes(BA_ROWS),
            filename="ba.xlsx",
            column_mapping=MAPPING,
            sheet="Länder",
        )
    assert str(info.value) == "Das Tabellenblatt „Länder“ fehlt. Vorhanden: Deckblatt, Kreise"


def test_the_sheet_argument_overrides_the_mapping():
    data = workbook_bytes(BA_ROWS, sheet="Kreise 2023")
    tab = parse_file(data, filename="ba.xlsx", column_mapping=MAPPING, sheet="Kreise 2023")
    assert len(tab.observations) == 8


def test_it_splits_a_key_and_name_cell_and_reads_a_period_column():
    rows = [("07317 Pirmasens, Stadt", dt.datetime(2023, 6, 30), 241, 11.5)]
    mapping = {**MAPPING, "region_name": None, "period": "B"}
    mapping = {k: v for k, v in mapping.items() if v is not None}
    tab = parse_file(workbook_bytes(rows), filename="x.xlsx", column_mapping=mapping)
    obs = tab.get("07317", "2023-06-30", "ALQ")
    assert obs.region_name == "Pirmasens, Stadt"
    assert obs.value == Decimal("11.5")


def test_it_rejects_text_in_a_value_cell_with_row_and_column():
    rows = [(7317, "Pirmasens", "zwölf", 1.0)]
    with pytest.raises(ParseError) as info:
        parse_file(workbook_bytes(rows), filename="x.xlsx", column_mapping=MAPPING)
    assert str(info.value).startswith("Zeile 4, Spalte 3: „zwölf“ ist keine Zahl")


def test_it_rejects_an_empty_value_cell():
    rows = [(7317, "Pirmasens", None, 1.0)]
    with pytest.raises(ParseError) as info:
        parse_file(workbook_bytes(rows), filename="x.xlsx", column_mapping=MAPPING)
    assert (info.value.line, info.value.column) == (4, 3)


def test_it_rejects_a_duplicate_region_row():
    rows = [(7317, "Pirmasens", 1, 1.0), ("07317", "Pirmasens", 2, 2.0)]
    with pytest.raises(ParseError) as info:
        parse_file(workbook_bytes(rows), filename="x.xlsx", column_mapping=MAPPING)
    assert str(info.value) == "Zeile 5: doppelte Zeile für Region 07317, Zeitraum 2023."


def test_it_rejects_a_sheet_without_data_rows():
    with pytest.raises(ParseError) as info:
        parse_file(workbook_bytes([]), filename="x.xlsx", column_mapping=MAPPING)
    assert "keine Datenzeilen" in str(info.value)


def test_it_rejects_a_mapping_with_a_bad_column_letter():
    mapping = {**MAPPING, "region_key": "1"}
    with pytest.raises(ParseError) as info:
        parse_file(workbook_bytes(BA_ROWS), filename="x.xlsx", column_mapping=mapping)
    assert "Spaltenbuchstabe" in str(info.value)


def test_it_rejects_a_broken_xlsx_file():
    data = workbook_bytes(BA_ROWS)[:500]
    with pytest.raises(ParseError) as info:
        parse_file(data, filename="x.xlsx", column_mapping=MAPPING)
    assert "Excel" in str(info.value)


def test_it_detects_xlsx_by_its_zip_signature():
    assert detect_format(workbook_bytes(BA_ROWS)) == "xlsx"

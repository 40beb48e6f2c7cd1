"""Every table the platform hands out is safe to open in a spreadsheet."""

import io

import pytest
from openpyxl import load_workbook

from bildungsallianz.core.tabular import spreadsheet_text, write_csv, write_json, write_xlsx


@pytest.mark.parametrize(
    "text",
    ['=HYPERLINK("http://x")', "+1+1", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd", "＝1+1", "＋1", "－1", "＠A1"],
)
def test_formula_prefixes_are_neutralised_including_full_width_forms(text):
    assert spreadsheet_text(text).startswith("'")


def test_negative_numbers_stay_numbers():
    assert spreadsheet_text("-12,5") == "-12,5"


def test_control_characters_pasted_from_word_become_spaces_and_xlsx_opens():
    header = ["Titel", "Text"]
    rows = [["Praktikum", "Zeile eins\x0bZeile zwei\x0c"]]
    workbook = load_workbook(io.BytesIO(write_xlsx(header, rows, sheet_title="Angebote")))
    assert workbook.active["B2"].value == "Zeile eins\nZeile zwei\n"  # Word's line breaks stay line breaks
    assert "\x0b" not in write_csv(header, rows).decode("utf-8")
    assert b"\\u000b" not in write_json(header, rows)


def test_csv_uses_a_decimal_comma_with_semicolons_and_a_point_with_commas():
    from decimal import Decimal

    semicolon = write_csv(["Wert"], [[Decimal("11.3")]]).decode("utf-8-sig").splitlines()
    comma = write_csv(["Wert"], [[Decimal("11.3")]], delimiter=",").decode("utf-8-sig").splitlines()
    assert semicolon == ["Wert", "11,3"]
    assert comma == ["Wert", "11.3"]

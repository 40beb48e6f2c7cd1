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


# ---- the shared readers of the back-office imports (projects, offers) ----


def test_an_upload_in_windows_1252_is_read_as_well_as_utf8_with_bom():
    from bildungsallianz.core.tabular import decode_text

    assert decode_text("\ufeffKurzadresse;Größe".encode()) == "Kurzadresse;Größe"
    assert decode_text("Größe".encode("cp1252")) == "Größe"


def test_the_csv_delimiter_is_the_one_the_header_uses_more():
    from bildungsallianz.core.tabular import read_csv

    assert read_csv("a;b,c\n1;2,3\n") == [["a", "b,c"], ["1", "2,3"]]
    assert read_csv("a,b,c;d\n") == [["a", "b", "c;d"]]
    assert read_csv("a,b\n") == [["a", "b"]]


def test_german_and_iso_dates_are_read_and_anything_else_is_refused():
    import datetime

    from bildungsallianz.core.tabular import parse_date

    assert parse_date(" 31.12.2026 ") == parse_date("2026-12-31") == datetime.date(2026, 12, 31)
    for bad in ("12/31/2026", "31.13.2026", ""):
        with pytest.raises(ValueError):
            parse_date(bad)


def test_ja_and_nein_in_their_usual_spellings_and_nothing_else():
    from bildungsallianz.core.tabular import parse_yes_no

    assert [parse_yes_no(v) for v in ("ja", " J ", "1", "x", "true")] == [True] * 5
    assert [parse_yes_no(v) for v in ("", "nein", "N", "0", "false")] == [False] * 5
    with pytest.raises(ValueError):
        parse_yes_no("vielleicht")

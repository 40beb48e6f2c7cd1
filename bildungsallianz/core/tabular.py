"""One writer for every table the platform hands out: CSV, XLSX and JSON, and the
few readers the back-office imports share (decoding, CSV dialect, German dates, ja/nein).

Text from users reaches spreadsheets here, so every cell goes through the text
hygiene of :mod:`bildungsallianz.core.text`: control characters pasted from Word
are cleaned (openpyxl refuses them, CSV readers choke on them), and text that a
spreadsheet would run as a formula (``= + - @``, tab and carriage return, and
their full-width forms ``＝ ＋ － ＠``) is prefixed with an apostrophe — except
plain negative numbers, which stay numbers.
"""

from __future__ import annotations

import csv
import datetime
import io
import json
import re
from collections.abc import Iterable, Sequence
from decimal import Decimal

from .text import clean_text, spreadsheet_cell

NUMBER = re.compile(r"^-?\d+([.,]\d+)?$")


def spreadsheet_text(text: str) -> str:
    """Clean text that no spreadsheet will execute; plain negative numbers stay numbers."""
    if NUMBER.match(text):
        return text
    return spreadsheet_cell(text)


def cell(value):
    """A value as it goes into a CSV/XLSX cell (numbers stay numbers for XLSX)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nein"
    if isinstance(value, datetime.datetime | datetime.date):
        return value.isoformat()
    if isinstance(value, int | float | Decimal):
        return value
    return spreadsheet_text(str(value))


def write_csv(header: Sequence[str], rows: Iterable[Sequence], *, delimiter: str = ";") -> bytes:
    """UTF-8 with BOM (Excel opens it right); ``;`` for German Excel, ``,`` for everything else."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow([spreadsheet_text(str(h)) for h in header])
    for row in rows:
        values = [cell(v) for v in row]
        if delimiter == ";":
            values = [str(v).replace(".", ",") if isinstance(v, float | Decimal) else v for v in values]
        writer.writerow(values)
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def write_xlsx(header: Sequence[str], rows: Iterable[Sequence], *, sheet_title: str = "Daten") -> bytes:
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(clean_text(sheet_title)[:31] or "Daten")
    sheet.append([spreadsheet_text(str(h)) for h in header])
    for row in rows:
        sheet.append([float(v) if isinstance(v, Decimal) else cell(v) for v in row])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _json_value(value):
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, datetime.datetime | datetime.date):
        return value.isoformat()
    if isinstance(value, str):
        return clean_text(value)
    return value


def write_json(header: Sequence[str], rows: Iterable[Sequence]) -> bytes:
    """A list of objects keyed by the column names (no spreadsheet escaping: JSON runs nothing)."""
    keys = [str(h) for h in header]
    records = [dict(zip(keys, (_json_value(v) for v in row), strict=True)) for row in rows]
    return json.dumps(records, ensure_ascii=False, indent=1).encode("utf-8")


# ---- reading uploads (the apps phrase the German error messages; these raise ValueError) ----

YES = ("ja", "j", "1", "x", "true")
NO = ("", "nein", "n", "0", "false")


def decode_text(raw: bytes) -> str:
    """An uploaded CSV as text: UTF-8 (with or without BOM), else Windows-1252 (German Excel)."""
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ValueError("neither UTF-8 nor Windows-1252")


def csv_delimiter(text: str) -> str:
    """``;`` (German Excel) or ``,`` — whichever the header line uses more."""
    first = text.split("\n", 1)[0]
    return ";" if first.count(";") >= first.count(",") else ","


def read_csv(text: str) -> list[list[str]]:
    """The rows of an uploaded CSV (delimiter from :func:`csv_delimiter`)."""
    return list(csv.reader(io.StringIO(text), delimiter=csv_delimiter(text)))


def parse_date(value: str) -> datetime.date:
    """``31.12.2026`` or ``2026-12-31``."""
    for fmt in ("%d.%m.%Y", "%Y-%m-%d"):
        try:
            return datetime.datetime.strptime(value.strip(), fmt).date()
        except ValueError:
            continue
    raise ValueError(value)


def parse_yes_no(value: str) -> bool:
    """``ja``/``nein`` and their usual spellings (empty is no)."""
    value = value.strip().lower()
    if value in NO:
        return False
    if value in YES:
        return True
    raise ValueError(value)

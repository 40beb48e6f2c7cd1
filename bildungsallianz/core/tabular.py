"""One writer for every table the platform hands out: CSV, XLSX and JSON.

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

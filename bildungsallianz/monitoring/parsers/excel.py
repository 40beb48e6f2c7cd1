"""Parser for Excel workbooks (.xlsx), e.g. from the Bundesagentur für Arbeit.

Excel tables have no fixed layout, so a column mapping is required::

    {
        "sheet": "Kreise",            # optional when the workbook has one sheet
        "header_row": 3,              # data start in the row below (1-based)
        "region_key": "A",            # column letter
        "region_name": "B",           # optional
        "period": "2023",             # a period for the whole sheet, or a column letter
        "values": {
            "C": {"variable": "ALO", "label": "Arbeitslose", "unit": "Anzahl",
                  "breakdown": {"Altersgruppe": "15 bis unter 25 Jahre"}},
        },
        "last_row": 500,              # optional
    }

Rows without a region key are skipped (blank lines, notes below the table);
a row with text in the key column that is not a key is skipped only when all
its mapped value cells are empty, else it is an error. A key cell such as
``07317 Pirmasens, Stadt`` is split into key and name. Numeric keys lose
their leading zero in Excel; it is restored (``7317`` → ``07317``). The
Bundesagentur's ``*`` (anonymised) is read as ``.``.
"""

from __future__ import annotations

import datetime as _dt
import io
import re
import zipfile
from decimal import Decimal

from .base import (
    LENIENT_SPECIAL_VALUES,
    ParsedTable,
    ParseError,
    is_region_key,
    number_error,
    pad_region_key,
    parse_period,
    parse_point_number,
    period_error,
    region_key_error,
    to_decimal,
)
from .collector import ObservationCollector
from .limits import DEFAULT_LIMITS, Limits, too_many_rows

FORMAT = "xlsx"
_LETTERS_RE = re.compile(r"[A-Za-z]{1,3}\Z")
_KEY_AND_NAME_RE = re.compile(r"(DG|\d+)\s+(\S.*)\Z")
MISSING_MAPPING = "Für Excel-Dateien muss eine Spaltenzuordnung gewählt werden."


def column_index(letter: str) -> int:
    """``A`` → 1, ``AA`` → 27."""
    result = 0
    for ch in letter.upper():
        result = result * 26 + (ord(ch) - 64)
    return result


def _letter(mapping: dict, name: str, required: bool = True) -> int | None:
    value = mapping.get(name)
    if value is None and not required:
        return None
    if not isinstance(value, str) or not _LETTERS_RE.match(value):
        raise ParseError(f"Spaltenzuordnung: „{name}“ muss ein Spaltenbuchstabe wie „A“ sein (angegeben: {value!r}).")
    return column_index(value)


def _text(cell) -> str:
    if cell is None:
        return ""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    if isinstance(cell, (_dt.datetime, _dt.date)):
        return cell.strftime("%Y-%m-%d")
    return str(cell).strip()


def _period_of(cell) -> str | None:
    if isinstance(cell, _dt.datetime):
        return cell.date().isoformat()
    if isinstance(cell, _dt.date):
        return cell.isoformat()
    if isinstance(cell, (int, float)) and not isinstance(cell, bool):
        text = _text(cell)
        return parse_period(text)
    return parse_period(_text(cell))


def _value_of(cell, line: int, column: int) -> tuple[Decimal | None, str]:
    if isinstance(cell, bool):
        raise ParseError(f"„{cell}“ ist keine Zahl.", line=line, column=column)
    if isinstance(cell, (int, float)):
        try:
            return to_decimal(cell), ""
        except ParseError as exc:
            raise ParseError(exc.message, line=line, column=column) from None
    text = _text(cell)
    status = LENIENT_SPECIAL_VALUES.get(text)
    if status is not None:
        return None, status
    value = parse_point_number(text)
    if value is None:
        if not text:
            raise ParseError(
                "Die Zelle ist leer (erwartet: Zahl oder Sonderzeichen).",
                line=line,
                column=column,
            )
        raise ParseError(number_error(text), line=line, column=column)
    return value, ""


def _validate_values(mapping: dict) -> list[tuple[int, str, str, str, tuple]]:
    values = mapping.get("values")
    if not isinstance(values, dict) or not values:
        raise ParseError(
            "Spaltenzuordnung: „values“ muss mindestens eine Wertspalte angeben, z. B. "
            '{"C": {"variable": "ALO", "label": "Arbeitslose", "unit": "Anzahl"}}.'
        )
    result = []
    seen = {}
    for letter, spec in values.items():
        if not isinstance(letter, str) or not _LETTERS_RE.match(letter):
            raise ParseError(f"Spaltenzuordnung: „{letter}“ ist kein Spaltenbuchstabe.")
        if not isinstance(spec, dict) or not str(spec.get("variable", "")).strip():
            raise ParseError(f"Spaltenzuordnung: Für Spalte {letter} fehlt „variable“.")
        breakdown_spec = spec.get("breakdown") or {}
        if not isinstance(breakdown_spec, dict):
            raise ParseError(f"Spaltenzuordnung: „breakdown“ der Spalte {letter} muss ein Wörterbuch sein.")
        breakdown = tuple(
            sorted(
                (str(k), str(v))
                for k, v in breakdown_spec.items()
                if str(v).strip() and str(v).strip().casefold() != "insgesamt"
            )
        )
        variable = str(spec["variable"]).strip()
        key = (variable, breakdown)
        if key in seen:
            raise ParseError(
                f"Spaltenzuordnung: Die Spalten {seen[key]} und {letter} beschreiben dasselbe Merkmal „{variable}“."
            )
        seen[key] = letter
        result.append(
            (
                column_index(letter),
                variable,
                str(spec.get("label", variable)),
                str(spec.get("unit", "")),
                breakdown,
            )
        )
    return result


class _Mapping:
    """A checked column mapping (see the module docstring)."""

    def __init__(self, mapping, sheet: str | None):
        if not mapping:
            raise ParseError(MISSING_MAPPING)
        if not isinstance(mapping, dict):
            raise ParseError("Die Spaltenzuordnung muss ein Wörterbuch sein.")
        self.raw = mapping
        self.header_row = mapping.get("header_row", 1)
        if not isinstance(self.header_row, int) or isinstance(self.header_row, bool) or self.header_row < 0:
            raise ParseError("Spaltenzuordnung: „header_row“ muss eine Zeilennummer (ab 1) sein.")
        self.last_row = mapping.get("last_row")
        if self.last_row is not None and (not isinstance(self.last_row, int) or self.last_row <= self.header_row):
            raise ParseError("Spaltenzuordnung: „last_row“ muss hinter „header_row“ liegen.")
        self.key_col = _letter(mapping, "region_key")
        self.name_col = _letter(mapping, "region_name", required=False)
        self.period_col, self.fixed_period = self._period(mapping.get("period"))
        self.value_specs = _validate_values(mapping)
        self.sheet = sheet or mapping.get("sheet")
        self.max_col = max([self.key_col, self.name_col or 0, self.period_col or 0] + [s[0] for s in self.value_specs])

    @staticmethod
    def _period(spec) -> tuple[int | None, str | None]:
        if isinstance(spec, int) and not isinstance(spec, bool):
            spec = str(spec)
        if isinstance(spec, str) and _LETTERS_RE.match(spec):
            return column_index(spec), None
        if isinstance(spec, str):
            fixed = parse_period(spec)
            if fixed is None:
                raise ParseError("Spaltenzuordnung: " + period_error(spec))
            return None, fixed
        raise ParseError("Spaltenzuordnung: „period“ fehlt (Zeitraum wie „2023“ oder Spaltenbuchstabe).")


def _open_workbook(data: bytes):
    try:
        import openpyxl

        return openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError, IndexError) as exc:
        raise ParseError(f"Die Excel-Datei ist beschädigt oder keine .xlsx-Datei ({type(exc).__name__}).") from None
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many XML/zip error types
        raise ParseError(f"Die Excel-Datei konnte nicht gelesen werden ({type(exc).__name__}).") from None


def _sheet_name(names: list[str], wanted: str | None) -> str:
    if wanted is None:
        if len(names) != 1:
            raise ParseError(
                f"Die Arbeitsmappe hat mehrere Tabellenblätter; bitte eines wählen. Vorhanden: {', '.join(names)}"
            )
        return names[0]
    if wanted not in names:
        raise ParseError(f"Das Tabellenblatt „{wanted}“ fehlt. Vorhanden: {', '.join(names)}")
    return wanted


def _region(row: tuple, m: _Mapping, line_no: int) -> tuple[str, str] | None:
    """``(key, name)`` of a row, ``None`` for a row to skip (blank, note, sub-heading)."""
    key_text = _text(row[m.key_col - 1])
    if not key_text:
        return None
    region_name = _text(row[m.name_col - 1]) if m.name_col else ""
    key = pad_region_key(key_text)
    if is_region_key(key):
        return key, region_name
    split = _KEY_AND_NAME_RE.match(key_text)
    if split:
        return pad_region_key(split.group(1)), region_name or split.group(2).strip()
    if key_text == "Deutschland":
        return "DG", region_name or "Deutschland"
    if all(row[s[0] - 1] in (None, "") for s in m.value_specs):
        return None  # a note or sub-heading inside the sheet
    raise ParseError(region_key_error(key_text), line=line_no, column=m.key_col)


def _collect(worksheet, m: _Mapping, limits: Limits) -> ObservationCollector:
    collector = ObservationCollector(name_breakdown_in_errors=False, max_values=limits.max_values)
    rows = worksheet.iter_rows(min_row=m.header_row + 1, max_row=m.last_row, max_col=m.max_col, values_only=True)
    for line_no, row in enumerate(rows, start=m.header_row + 1):
        if line_no > limits.max_rows:
            raise too_many_rows(limits.max_rows, line_no)
        row = tuple(row) + (None,) * (m.max_col - len(row))
        region = _region(row, m, line_no)
        if region is None:
            continue
        key, region_name = region
        period = m.fixed_period
        if m.period_col:
            period = _period_of(row[m.period_col - 1])
            if period is None:
                raise ParseError(period_error(_text(row[m.period_col - 1])), line=line_no, column=m.period_col)
        for col, variable, label, unit, breakdown in m.value_specs:
            value, status = _value_of(row[col - 1], line_no, col)
            collector.add(key, region_name, period, variable, label, unit, breakdown, value, status, line_no, col)
    return collector


def parse_excel(
    data: bytes, *, column_mapping: dict | None = None, sheet: str | None = None, limits: Limits = DEFAULT_LIMITS
) -> ParsedTable:
    """Parse an .xlsx workbook with the given column mapping (checked with :func:`.limits.check_xlsx` first)."""
    m = _Mapping(column_mapping, sheet)
    workbook = _open_workbook(data)
    try:
        sheet_name = _sheet_name(workbook.sheetnames, m.sheet)
        try:
            collector = _collect(workbook[sheet_name], m, limits)
        except ParseError:
            raise
        except Exception as exc:  # noqa: BLE001 - broken XML inside a valid zip
            raise ParseError(
                f"Das Tabellenblatt „{sheet_name}“ konnte nicht gelesen werden ({type(exc).__name__})."
            ) from None
    finally:
        workbook.close()
    return collector.table(
        empty_message=f"Das Tabellenblatt „{sheet_name}“ enthält unterhalb von Zeile {m.header_row} keine Datenzeilen.",
        format=FORMAT,
        table_code=m.raw.get("table_code"),
        title=str(m.raw.get("title", sheet_name)),
        copyright=m.raw.get("copyright"),
        encoding="xlsx",
    )

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
    ParsedObservation,
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


def parse_excel(data: bytes, *, column_mapping: dict | None = None, sheet: str | None = None) -> ParsedTable:
    """Parse an .xlsx workbook with the given column mapping."""
    if not column_mapping:
        raise ParseError(MISSING_MAPPING)
    if not isinstance(column_mapping, dict):
        raise ParseError("Die Spaltenzuordnung muss ein Wörterbuch sein.")
    mapping = column_mapping
    header_row = mapping.get("header_row", 1)
    if not isinstance(header_row, int) or isinstance(header_row, bool) or header_row < 0:
        raise ParseError("Spaltenzuordnung: „header_row“ muss eine Zeilennummer (ab 1) sein.")
    last_row = mapping.get("last_row")
    if last_row is not None and (not isinstance(last_row, int) or last_row <= header_row):
        raise ParseError("Spaltenzuordnung: „last_row“ muss hinter „header_row“ liegen.")
    key_col = _letter(mapping, "region_key")
    name_col = _letter(mapping, "region_name", required=False)
    period_spec = mapping.get("period")
    period_col = None
    fixed_period = None
    if isinstance(period_spec, int) and not isinstance(period_spec, bool):
        period_spec = str(period_spec)
    if isinstance(period_spec, str) and _LETTERS_RE.match(period_spec):
        period_col = column_index(period_spec)
    elif isinstance(period_spec, str):
        fixed_period = parse_period(period_spec)
        if fixed_period is None:
            raise ParseError("Spaltenzuordnung: " + period_error(period_spec))
    else:
        raise ParseError("Spaltenzuordnung: „period“ fehlt (Zeitraum wie „2023“ oder Spaltenbuchstabe).")
    value_specs = _validate_values(mapping)
    sheet_name = sheet or mapping.get("sheet")

    try:
        import openpyxl

        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (
        zipfile.BadZipFile,
        KeyError,
        OSError,
        ValueError,
        TypeError,
        IndexError,
    ) as exc:
        raise ParseError(f"Die Excel-Datei ist beschädigt oder keine .xlsx-Datei ({type(exc).__name__}).") from None
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many XML/zip error types
        raise ParseError(f"Die Excel-Datei konnte nicht gelesen werden ({type(exc).__name__}).") from None
    try:
        names = workbook.sheetnames
        if sheet_name is None:
            if len(names) != 1:
                raise ParseError(
                    f"Die Arbeitsmappe hat mehrere Tabellenblätter; bitte eines wählen. Vorhanden: {', '.join(names)}"
                )
            sheet_name = names[0]
        if sheet_name not in names:
            raise ParseError(f"Das Tabellenblatt „{sheet_name}“ fehlt. Vorhanden: {', '.join(names)}")
        worksheet = workbook[sheet_name]
        max_col = max([key_col, name_col or 0, period_col or 0] + [s[0] for s in value_specs])
        observations: list[ParsedObservation] = []
        seen: set[tuple] = set()
        try:
            rows = worksheet.iter_rows(
                min_row=header_row + 1,
                max_row=last_row,
                max_col=max_col,
                values_only=True,
            )
            for line_no, row in enumerate(rows, start=header_row + 1):
                row = tuple(row) + (None,) * (max_col - len(row))
                key_cell = row[key_col - 1]
                key_text = _text(key_cell)
                if not key_text:
                    continue
                region_name = _text(row[name_col - 1]) if name_col else ""
                key = pad_region_key(key_text)
                if not is_region_key(key):
                    split = _KEY_AND_NAME_RE.match(key_text)
                    if split:
                        key = pad_region_key(split.group(1))
                        region_name = region_name or split.group(2).strip()
                    elif key_text == "Deutschland":
                        key, region_name = "DG", region_name or "Deutschland"
                    elif all(row[s[0] - 1] in (None, "") for s in value_specs):
                        continue  # a note or sub-heading inside the sheet
                    else:
                        raise ParseError(region_key_error(key_text), line=line_no, column=key_col)
                if period_col:
                    period = _period_of(row[period_col - 1])
                    if period is None:
                        raise ParseError(
                            period_error(_text(row[period_col - 1])),
                            line=line_no,
                            column=period_col,
                        )
                else:
                    period = fixed_period
                for col, variable, label, unit, breakdown in value_specs:
                    value, status = _value_of(row[col - 1], line_no, col)
                    obs_key = (key, period, variable, breakdown)
                    if obs_key in seen:
                        raise ParseError(
                            f"doppelte Zeile für Region {key}, Zeitraum {period}.",
                            line=line_no,
                        )
                    seen.add(obs_key)
                    observations.append(
                        ParsedObservation(
                            key,
                            region_name,
                            period,
                            variable,
                            label,
                            unit,
                            breakdown,
                            value,
                            status,
                            line_no,
                            col,
                        )
                    )
        except ParseError:
            raise
        except Exception as exc:  # noqa: BLE001 - broken XML inside a valid zip
            raise ParseError(
                f"Das Tabellenblatt „{sheet_name}“ konnte nicht gelesen werden ({type(exc).__name__})."
            ) from None
    finally:
        workbook.close()
    if not observations:
        raise ParseError(
            f"Das Tabellenblatt „{sheet_name}“ enthält unterhalb von Zeile {header_row} keine Datenzeilen."
        )
    return ParsedTable(
        format=FORMAT,
        table_code=mapping.get("table_code"),
        title=str(mapping.get("title", sheet_name)),
        stand=None,
        footnotes=[],
        copyright=mapping.get("copyright"),
        encoding="xlsx",
        observations=observations,
    )

"""Parser for simple hand-made CSV files.

One observation per row; the header names the columns (case-insensitive,
German or English)::

    region_key;period;value                 (also "," or tab as separator)
    07317;2023;412

Recognised columns (aliases in :data:`ALIASES`): region key (required:
``region_key``, ``regionalschluessel``, ``ags`` …), period (required:
``period``, ``zeitraum``, ``jahr`` …), value (required: ``value``, ``wert``),
optional ``region_name``, ``variable``, ``variable_label``, ``unit``,
``status``. Every further column is a breakdown dimension named by its
header; the value ``Insgesamt`` or an empty cell means total.

Numbers may use a decimal point or a decimal comma (not both: thousands
separators are refused as ambiguous). Region keys are text; a leading zero a
spreadsheet dropped (``7317``) is restored (``07317``).
"""

from __future__ import annotations

from .base import (
    LENIENT_SPECIAL_VALUES,
    ParsedObservation,
    ParsedTable,
    ParseError,
    csv_rows,
    is_region_key,
    number_error,
    pad_region_key,
    parse_period,
    parse_point_number,
    period_error,
    region_key_error,
)

FORMAT = "plain-csv"

ALIASES: dict[str, str] = {}
for _role, _names in {
    "region_key": (
        "region_key",
        "regionkey",
        "regionalschluessel",
        "regionalschlüssel",
        "ags",
        "ags5",
        "kreisschluessel",
        "kreisschlüssel",
        "schluessel",
        "schlüssel",
        "region_code",
        "code",
    ),
    "region_name": (
        "region_name",
        "regionname",
        "name",
        "region",
        "gebiet",
        "kreis_name",
    ),
    "period": (
        "period",
        "zeitraum",
        "jahr",
        "year",
        "stichtag",
        "datum",
        "date",
        "zeit",
        "time",
    ),
    "value": ("value", "wert"),
    "variable": ("variable", "merkmal", "variable_code", "indikator"),
    "variable_label": ("variable_label", "bezeichnung", "merkmal_label", "label"),
    "unit": ("unit", "einheit", "value_unit"),
    "status": ("status", "kennzeichen", "value_q"),
}.items():
    for _name in _names:
        ALIASES[_name] = _role

REQUIRED = ("region_key", "period", "value")
_ROLE_NAMES = {"region_key": "region_key", "period": "period", "value": "value"}
_ROLE_GERMAN = {
    "region_key": "region_key/regionalschluessel/ags",
    "period": "period/zeitraum/jahr",
    "value": "value/wert",
}


def normalise_header(name: str) -> str:
    """``Regional-Schlüssel `` → ``regional_schlüssel``."""
    return name.strip().lstrip("\ufeff").casefold().replace(" ", "_").replace("-", "_")


def sniff_delimiter(first_line: str) -> str:
    """Pick ``;``, ``,`` or tab, whichever occurs most often in the header line."""
    counts = {d: first_line.count(d) for d in (";", ",", "\t")}
    return max(counts, key=lambda d: (counts[d], d == ";"))


def header_roles(header: list[str]) -> dict[str, int]:
    """Map roles to column indexes (only recognised columns)."""
    roles: dict[str, int] = {}
    for index, name in enumerate(header):
        role = ALIASES.get(normalise_header(name))
        if role and role not in roles:
            roles[role] = index
    return roles


def looks_like_plain(first_line: str) -> bool:
    """Whether a header line looks like a plain table: a region key and a period or value.

    A missing required column is then reported precisely by :func:`parse_plain`.
    """
    roles = header_roles(first_line.split(sniff_delimiter(first_line)))
    return "region_key" in roles and ("period" in roles or "value" in roles)


def parse_plain(text: str, encoding: str, *, column_mapping: dict | None = None) -> ParsedTable:
    """Parse a plain CSV (already decoded).

    ``column_mapping`` may give defaults: ``variable``, ``label``, ``unit``
    (used where the file has no such column) and ``title``.
    """
    mapping = column_mapping or {}
    first_line = text.lstrip("\ufeff").split("\n", 1)[0]
    delimiter = sniff_delimiter(first_line)
    rows = csv_rows(text.lstrip("\ufeff"), delimiter)
    first = next(rows, None)
    if first is None:
        raise ParseError("Die Datei ist leer.", line=1)
    header_line, header = first
    header = [h.strip() for h in header]
    roles = header_roles(header)
    for role in REQUIRED:
        if role not in roles:
            raise ParseError(
                f"Die Spalte „{_ROLE_GERMAN[role]}“ fehlt in der Kopfzeile "
                f"(gefunden: {', '.join(h for h in header if h) or 'nichts'}).",
                line=header_line,
            )
    width = len(header)
    used = set(roles.values())
    dimensions = [(i, header[i]) for i in range(width) if i not in used]
    for i, name in dimensions:
        if not name:
            raise ParseError("Die Spaltenüberschrift fehlt.", line=header_line, column=i + 1)
    i_key, i_period, i_value = roles["region_key"], roles["period"], roles["value"]
    i_name = roles.get("region_name")
    i_var = roles.get("variable")
    i_label = roles.get("variable_label")
    i_unit = roles.get("unit")
    i_status = roles.get("status")
    default_var = str(mapping.get("variable", ""))
    default_label = str(mapping.get("label", default_var))
    default_unit = str(mapping.get("unit", ""))
    special = LENIENT_SPECIAL_VALUES

    observations: list[ParsedObservation] = []
    seen: set[tuple] = set()
    for line_no, cells in rows:
        if len(cells) != width:
            if not any(c.strip() for c in cells):
                continue
            raise ParseError(
                f"Die Zeile hat {len(cells)} Zellen, die Kopfzeile hat {width} "
                "(Zeile abgeschnitten oder Werte verschoben).",
                line=line_no,
                column=min(len(cells), width) + 1,
            )
        region_key = pad_region_key(cells[i_key].strip())
        if not is_region_key(region_key):
            raise ParseError(region_key_error(region_key), line=line_no, column=i_key + 1)
        period = parse_period(cells[i_period])
        if period is None:
            raise ParseError(period_error(cells[i_period]), line=line_no, column=i_period + 1)
        variable = cells[i_var].strip() if i_var is not None else default_var
        label = cells[i_label].strip() if i_label is not None else (variable if i_var is not None else default_label)
        unit = cells[i_unit].strip() if i_unit is not None else default_unit
        breakdown = tuple(
            sorted(
                (name, cells[i].strip())
                for i, name in dimensions
                if cells[i].strip() and cells[i].strip().casefold() != "insgesamt"
            )
        )
        cell = cells[i_value].strip()
        status = ""
        value = None
        explicit = cells[i_status].strip() if i_status is not None else ""
        if explicit:
            status = special.get(explicit)
            if status is None:
                raise ParseError(
                    f"„{explicit[:40]}“ ist kein gültiger Status (-, ., x, /, ...).",
                    line=line_no,
                    column=i_status + 1,
                )
            if cell and cell not in special and parse_point_number(cell) is None:
                raise ParseError(number_error(cell), line=line_no, column=i_value + 1)
        elif cell in special:
            status = special[cell]
        else:
            value = parse_point_number(cell)
            if value is None:
                if not cell:
                    raise ParseError(
                        "Der Wert fehlt (für fehlende Werte bitte ein Sonderzeichen wie „.“ angeben).",
                        line=line_no,
                        column=i_value + 1,
                    )
                raise ParseError(number_error(cell), line=line_no, column=i_value + 1)
        key = (region_key, period, variable, breakdown)
        if key in seen:
            raise ParseError(
                f"doppelte Zeile für Region {region_key}, Zeitraum {period}"
                + "".join(f", {n} {v}" for n, v in breakdown)
                + ".",
                line=line_no,
            )
        seen.add(key)
        observations.append(
            ParsedObservation(
                region_key,
                cells[i_name].strip() if i_name is not None else "",
                period,
                variable,
                label,
                unit,
                breakdown,
                value,
                status,
                line_no,
                i_value + 1,
            )
        )
    if not observations:
        raise ParseError("Die Datei enthält keine Datenzeilen (nur die Kopfzeile).", line=header_line)
    return ParsedTable(
        format=FORMAT,
        table_code=mapping.get("table_code"),
        title=str(mapping.get("title", "")),
        stand=None,
        footnotes=[],
        copyright=None,
        encoding=encoding,
        observations=observations,
    )

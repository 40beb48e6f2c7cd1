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

from decimal import Decimal
from operator import itemgetter

from .base import (
    LENIENT_SPECIAL_VALUES,
    ParsedObservation,
    ParsedTable,
    ParseError,
    csv_rows,
    is_region_key,
    new_observation,
    number_error,
    pad_region_key,
    parse_period,
    parse_point_number,
    period_error,
    region_key_error,
    row_width_error,
)
from .collector import ObservationCollector
from .limits import DEFAULT_LIMITS, Limits, too_many_rows

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


class _Columns:
    """The roles of the header's columns; every other column is a breakdown dimension."""

    def __init__(self, header: list[str], line: int, mapping: dict):
        roles = header_roles(header)
        for role in REQUIRED:
            if role not in roles:
                raise ParseError(
                    f"Die Spalte „{_ROLE_GERMAN[role]}“ fehlt in der Kopfzeile "
                    f"(gefunden: {', '.join(h for h in header if h) or 'nichts'}).",
                    line=line,
                )
        self.width = len(header)
        used = set(roles.values())
        self.dimensions = [(i, header[i]) for i in range(self.width) if i not in used]
        for i, name in self.dimensions:
            if not name:
                raise ParseError("Die Spaltenüberschrift fehlt.", line=line, column=i + 1)
        self.key, self.period, self.value = roles["region_key"], roles["period"], roles["value"]
        self.name = roles.get("region_name")
        self.var = roles.get("variable")
        self.label = roles.get("variable_label")
        self.unit = roles.get("unit")
        self.status = roles.get("status")
        self.default_var = str(mapping.get("variable", ""))
        self.default_label = str(mapping.get("label", self.default_var))
        self.default_unit = str(mapping.get("unit", ""))

    def variable(self, cells: list[str]) -> tuple[str, str, str]:
        """``(variable, label, unit)`` of a row (file columns or the mapping's defaults)."""
        variable = cells[self.var].strip() if self.var is not None else self.default_var
        if self.label is not None:
            label = cells[self.label].strip()
        else:
            label = variable if self.var is not None else self.default_label
        unit = cells[self.unit].strip() if self.unit is not None else self.default_unit
        return variable, label, unit

    def breakdown(self, cells: list[str]) -> tuple[tuple[str, str], ...]:
        return tuple(
            sorted(
                (name, cells[i].strip())
                for i, name in self.dimensions
                if cells[i].strip() and cells[i].strip().casefold() != "insgesamt"
            )
        )


def _value(cells: list[str], c: _Columns, line_no: int) -> tuple:
    """``(value, status)`` from the value column and an optional status column."""
    special = LENIENT_SPECIAL_VALUES
    cell = cells[c.value].strip()
    explicit = cells[c.status].strip() if c.status is not None else ""
    if explicit:
        status = special.get(explicit)
        if status is None:
            raise ParseError(
                f"„{explicit[:40]}“ ist kein gültiger Status (-, ., x, /, ...).", line=line_no, column=c.status + 1
            )
        if cell and cell not in special and parse_point_number(cell) is None:
            raise ParseError(number_error(cell), line=line_no, column=c.value + 1)
        return None, status
    if cell in special:
        return None, special[cell]
    value = parse_point_number(cell)
    if value is None:
        if not cell:
            raise ParseError(
                "Der Wert fehlt (für fehlende Werte bitte ein Sonderzeichen wie „.“ angeben).",
                line=line_no,
                column=c.value + 1,
            )
        raise ParseError(number_error(cell), line=line_no, column=c.value + 1)
    return value, ""


def _read_rows(rows, c: _Columns, collector: ObservationCollector, limits: Limits) -> None:
    """Check every data row and hand its value to the collector.

    The hot loop of a plain file (tens of thousands of rows): region keys,
    periods, variables and breakdowns repeat from row to row, so each
    distinct raw cell (or tuple of cells) is checked and normalised once and
    then looked up (the region key; period, variable and breakdown together);
    the checks, their order and their messages are those of the row-by-row
    code.
    """
    keys: dict[str, str] = {}
    # period, variable and breakdown cells → (period, variable, label, unit, breakdown)
    described: dict[tuple, tuple] = {}
    description_cols = [
        c.period,
        *[i for i in (c.var, c.label, c.unit) if i is not None],
        *[i for i, _ in c.dimensions],
    ]
    description_cells = itemgetter(*description_cols)
    width, key_col, period_col, value_col, name_col = c.width, c.key, c.period, c.value, c.name
    fast_value = c.status is None
    numbers: dict[str, Decimal] = {}  # whole-number cells → their value (only filled when fast_value)
    numbers_get = numbers.get
    column = value_col + 1
    max_rows = limits.max_rows
    add = collector.add
    seen, observations, max_values = collector.fast_path()
    seen_add, append = seen.add, observations.append
    for line_no, cells in rows:
        if line_no > max_rows:
            raise too_many_rows(max_rows, line_no)
        if len(cells) != width:
            if not any(cell.strip() for cell in cells):
                continue
            raise row_width_error(cells, width, line_no)
        raw = cells[key_col]
        region_key = keys.get(raw)
        if region_key is None:
            region_key = pad_region_key(raw.strip())
            if not is_region_key(region_key):
                raise ParseError(region_key_error(region_key), line=line_no, column=key_col + 1)
            keys[raw] = region_key
        raw = description_cells(cells)
        description = described.get(raw)
        if description is None:
            period = parse_period(cells[period_col])
            if period is None:
                raise ParseError(period_error(cells[period_col]), line=line_no, column=period_col + 1)
            description = described[raw] = (period, *c.variable(cells), c.breakdown(cells))
        period, code, label, unit, breakdown = description
        cell = cells[value_col]
        value = numbers_get(cell)  # the common case: a whole number seen before, nothing around it
        if value is not None:
            status = ""
        elif fast_value and cell.isdigit() and cell.isascii():
            value, status = numbers.setdefault(cell, Decimal(cell)), ""
        else:
            value, status = _value(cells, c, line_no)
        region_name = cells[name_col].strip() if name_col is not None else ""
        key = (region_key, period, code, breakdown)
        if key in seen or len(observations) >= max_values:  # the collector raises its error
            add(region_key, region_name, period, code, label, unit, breakdown, value, status, line_no, column)
        seen_add(key)
        append(
            new_observation(
                ParsedObservation,
                (region_key, region_name, period, code, label, unit, breakdown, value, status, line_no, column, ""),
            )
        )


def parse_plain(
    text: str, encoding: str, *, column_mapping: dict | None = None, limits: Limits = DEFAULT_LIMITS
) -> ParsedTable:
    """Parse a plain CSV (already decoded).

    ``column_mapping`` may give defaults: ``variable``, ``label``, ``unit``
    (used where the file has no such column) and ``title``.
    """
    mapping = column_mapping or {}
    first_line = text.lstrip("\ufeff").split("\n", 1)[0]
    rows = csv_rows(text.lstrip("\ufeff"), sniff_delimiter(first_line))
    first = next(rows, None)
    if first is None:
        raise ParseError("Die Datei ist leer.", line=1)
    header_line, header = first
    c = _Columns([h.strip() for h in header], header_line, mapping)
    collector = ObservationCollector(max_values=limits.max_values)
    _read_rows(rows, c, collector, limits)
    return collector.table(
        empty_line=header_line,
        format=FORMAT,
        table_code=mapping.get("table_code"),
        title=str(mapping.get("title", "")),
        encoding=encoding,
    )

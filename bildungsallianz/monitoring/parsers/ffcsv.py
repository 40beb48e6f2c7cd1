"""Parser for the GENESIS web-service "flat file CSV" (ffcsv), both generations.

Old generation (until 2024): UTF-8, German headers, ``DD.MM.YYYY`` dates,
indented region names and one value column per variable named
``CODE__Label_with_underscores__Unit`` (optionally followed by a quality
column ``CODE__q``)::

    Statistik_Code;…;Zeit;1_Merkmal_Code;1_Merkmal_Label;1_Auspraegung_Code;
    1_Auspraegung_Label;…;BEVSTD__Bevoelkerungsstand__Anzahl

New generation (2025+): UTF-8 with BOM, English headers, ISO dates, long
format with one value per row::

    statistics_code;…;time;1_variable_code;…;1_variable_attribute_label;…;
    value;value_unit;value_variable_code;value_variable_label[;value_q]

The region is the dimension whose code is a regional level (``DINSG``,
``DLAND``, ``REGBEZ``, ``KREISE`` …), falling back to the first dimension.
All other dimensions form the breakdown as ``(label, attribute label)``;
the attribute ``Insgesamt`` (total) is left out.

Special values and the quality column
-------------------------------------
A special value (``-``, ``.``, ``x``, ``/``, ``...``) may stand in the value
column or, when the file was requested with quality flags, in ``value_q``
(new) / ``CODE__q`` (old). A special value in the quality column wins over
the value column. Other quality flags (``p`` vorläufig, ``r`` berichtigt,
``s`` geschätzt) do not change the value and are kept with it as ``quality``.

A whole level of ``-``
----------------------
In 13111-01-03-4_2025_new.csv (employees, 30.06.2025) every one of the
Kreise (including Pirmasens 07317) has ``-`` (Berlin's Bezirke ``.``), while
Deutschland, the Länder and most Regierungsbezirke have numbers for the same
date. ``-`` is kept exactly as published (value ``None``, status ``-``,
never 0) and keeps the publisher's definition: the official legend
("nichts vorhanden"), or what the publisher says for this table, entered by
staff as ``Source.dash_meaning``. The parser does not reinterpret it (an
earlier version read such a level as ``...``; decision 0208). It only adds a
note to :attr:`ParsedTable.notes` for each regional level, period and
variable whose cells are all special values with at least one ``-`` while
another level has numbers, so the preview asks staff to check the
publisher's explanation.
"""

from __future__ import annotations

import re
from collections import defaultdict

from ..special_values import QUALITY_FLAGS
from .base import (
    SPECIAL_VALUES,
    ParsedObservation,
    ParsedTable,
    ParseError,
    csv_rows,
    number_error,
    pad_region_key,
    parse_german_number,
    parse_period,
    parse_point_number,
    period_error,
    row_width_error,
    variable_per_unit,
)
from .collector import ObservationCollector
from .limits import DEFAULT_LIMITS, Limits, too_many_rows
from .sections import with_sections

FORMAT_OLD = "genesis-ffcsv-old"
FORMAT_NEW = "genesis-ffcsv-new"

#: Dimension codes of regional levels in GENESIS / Regionaldatenbank.
REGION_LEVEL_CODES = frozenset(
    {
        "DINSG",
        "DLAND",
        "REGBEZ",
        "KREISE",
        "GEMEIN",
        "GEMVB",
        "GEMVBA",
        "GEMVBG",
        "GEMVBK",
    }
)
#: Table codes as file names carry them: Regionaldatenbank ``12411-01-01-4``,
#: GENESIS-Online ``12411-0001``, three-part ``21111-Z-01``, Regionalatlas
#: ``AI002-1-5`` / ``AI-N-01`` (most specific first).
_TABLE_CODE_RES = (
    re.compile(r"(?<![0-9A-Za-z])(\d{5}-[0-9A-Z]{2}-[0-9A-Z]{2}-[0-9A-Z]+)"),
    re.compile(r"(?<![0-9A-Za-z])(\d{5}-\d{4})(?![0-9])"),
    re.compile(r"(?<![0-9A-Za-z])(\d{5}-[A-Z]-\d{2})(?![0-9])"),
    re.compile(r"(?<![0-9A-Za-z])(AI-?[0-9A-Z]{1,5}(?:-[0-9A-Z]{1,3})+)(?![0-9A-Za-z])"),
    re.compile(r"(?<![0-9A-Za-z])(\d{4}[A-Z]-\d{4})(?![0-9])"),  # Zensus 2022 database: 1000A-1018
)
#: The month dimension of GENESIS (attributes ``MONAT01`` … ``MONAT12``) makes a monthly period.
MONTH_CODE = "MONAT"
_MONTH_ATTR_RE = re.compile(r"MONAT(0[1-9]|1[0-2])")
_DIM_RE_NEW = re.compile(r"(\d+)_variable_(code|label|attribute_code|attribute_label)\Z")
_DIM_RE_ENGLISH_OLD = re.compile(r"(\d+)_variable_(?:code|label)\Z")
_DIM_RE_OLD = re.compile(r"(\d+)_(Merkmal_Code|Merkmal_Label|Auspraegung_Code|Auspraegung_Label)\Z")
_PART_NEW = {
    "code": "code",
    "label": "label",
    "attribute_code": "attr_code",
    "attribute_label": "attr_label",
}
_PART_OLD = {
    "Merkmal_Code": "code",
    "Merkmal_Label": "label",
    "Auspraegung_Code": "attr_code",
    "Auspraegung_Label": "attr_label",
}


def table_code_from_filename(filename: str) -> str | None:
    """``12411-01-01-4_2024_new.csv`` → ``12411-01-01-4``, ``1000A-1018_de_flat.csv`` → ``1000A-1018``."""
    name = (filename or "").rsplit("/", 1)[-1]
    for pattern in _TABLE_CODE_RES:
        m = pattern.search(name)
        if m:
            return m.group(1)
    return None


def _dimensions(header: list[str], new: bool, line: int) -> list[dict[str, int]]:
    pattern, parts = (_DIM_RE_NEW, _PART_NEW) if new else (_DIM_RE_OLD, _PART_OLD)
    found: dict[int, dict[str, int]] = defaultdict(dict)
    for index, name in enumerate(header):
        m = pattern.match(name)
        if m:
            found[int(m.group(1))][parts[m.group(2)]] = index
    dims = []
    for number in sorted(found):
        dim = found[number]
        missing = {"code", "label", "attr_code", "attr_label"} - dim.keys()
        if missing:
            raise ParseError(
                f"Zum Merkmal {number} fehlen Spalten ({', '.join(sorted(missing))}).",
                line=line,
            )
        dims.append(dim)
    if not dims:
        raise ParseError("Die Datei enthält keine Merkmalsspalten (Region).", line=line)
    return dims


def _english_old_dimensions(header: list[str], line: int) -> list[dict[str, int]]:
    """The dimensions of an old-generation flat file in English, by position.

    Its header names the four columns of a dimension ``1_variable_code;
    1_variable_label;1_variable_code;1_variable_code`` (code, label, attribute
    code, attribute label: the translation gave three of them one name), so
    they are read in their order.
    """
    found: dict[int, list[int]] = defaultdict(list)
    for index, name in enumerate(header):
        m = _DIM_RE_ENGLISH_OLD.match(name)
        if m:
            found[int(m.group(1))].append(index)
    dims = []
    for number in sorted(found):
        columns = found[number]
        if len(columns) != 4:
            raise ParseError(
                f"Zum Merkmal {number} gehören {len(columns)} Spalten statt vier (Code, Name, Ausprägung, Name).",
                line=line,
            )
        dims.append(dict(zip(("code", "label", "attr_code", "attr_label"), columns, strict=True)))
    if not dims:
        raise ParseError("Die Datei enthält keine Merkmalsspalten (Region).", line=line)
    return dims


def _require(header: list[str], name: str, line: int) -> int:
    try:
        return header.index(name)
    except ValueError:
        raise ParseError(f"Die Spalte „{name}“ fehlt in der Kopfzeile.", line=line) from None


def _old_value_columns(header: list[str], line: int) -> list[tuple]:
    """``(index, code, label, unit, quality index)`` of every ``CODE__Label__Unit`` column."""
    quality: dict[str, int] = {}
    for index, name in enumerate(header):
        parts = name.split("__")
        if len(parts) >= 2 and parts[-1] == "q":
            quality[parts[0]] = index
    columns = []
    for index, name in enumerate(header):
        parts = name.split("__")
        if len(parts) < 2 or parts[-1] == "q" or not parts[0]:
            continue
        label = parts[1].replace("_", " ").strip()
        unit = parts[2].replace("_", " ").strip() if len(parts) > 2 else ""
        columns.append((index, parts[0], label, unit, quality.get(parts[0])))
    if not columns:
        raise ParseError(
            "Die Datei enthält keine Wertspalte (Spaltenname wie „BEVSTD__Bevoelkerungsstand__Anzahl“).", line=line
        )
    return columns


class _Layout:
    """Where things stand in the header of one generation of the flat file."""

    def __init__(self, header: list[str], new: bool, line: int):
        self.new = new
        self.width = len(header)
        #: (variable code, unit) → (code, label) of a variable the file gives in several units
        self.per_unit: dict[tuple[str, str], tuple[str, str]] = {}
        if new:
            self.stat_label = _require(header, "statistics_label", line)
            self.time = _require(header, "time", line)
            self.value = _require(header, "value", line)
            self.unit = _require(header, "value_unit", line)
            self.var = _require(header, "value_variable_code", line)
            self.var_label = _require(header, "value_variable_label", line)
            self.quality = header.index("value_q") if "value_q" in header else None
            self.value_columns: list[tuple] = []
        else:
            english = header[0] == "statistics_code"  # the old generation's English download
            self.stat_label = _require(header, "statistics_label" if english else "Statistik_Label", line)
            self.time = _require(header, "time" if english else "Zeit", line)
            self.value_columns = _old_value_columns(header, line)
        self.english_old = not new and header[0] == "statistics_code"
        self.dims = _english_old_dimensions(header, line) if self.english_old else _dimensions(header, new, line)
        self.number = parse_point_number if new or self.english_old else parse_german_number

    def targets(self, cells: list[str]) -> list[tuple]:
        """``(index, variable, label, unit, quality index)`` of the values in this row."""
        if not self.new:
            return self.value_columns
        code, label, unit = cells[self.var].strip(), cells[self.var_label].strip(), cells[self.unit].strip()
        if self.per_unit and (code, unit) in self.per_unit:
            code, label = self.per_unit[code, unit]
        return [(self.value, code, label, unit, self.quality)]

    def split_units(self, rows: list) -> None:
        """One variable per unit where the file gives a variable in several units for the same cells.

        Zensus 2022: ``PRS018`` „Personen“ in ``%`` and as ``Anzahl`` for the same
        region and category (see :func:`.base.variable_per_unit`). A variable whose
        unit changes between cells that never meet (EUR from 2002, DM before)
        keeps its code.
        """
        var, unit_at, width = self.var, self.unit, self.width
        pairs = {(cells[var], cells[unit_at]) for _line, cells in rows if len(cells) == width}
        codes = [code for code, _unit in pairs]
        several = {code for code in codes if codes.count(code) > 1} if len(set(codes)) < len(codes) else set()
        if not several:  # the common case: one unit per variable, nothing to look at
            return
        own = {self.value, unit_at, self.quality}
        seen: dict[tuple, str] = {}
        clashing: set[str] = set()
        labels: dict[tuple[str, str], str] = {}
        for _line, cells in rows:
            if len(cells) != width or cells[var] not in several:
                continue
            code, unit = cells[var].strip(), cells[unit_at].strip()
            labels.setdefault((code, unit), cells[self.var_label].strip())
            cell_key = tuple(c for i, c in enumerate(cells) if i not in own)
            if seen.setdefault(cell_key, unit) != unit:
                clashing.add(code)
        self.per_unit = {
            (code, unit): variable_per_unit(code, label, unit)
            for (code, unit), label in labels.items()
            if code in clashing
        }


def _value(cells: list[str], index: int, q_index: int | None, number, line_no: int) -> tuple:
    """``(value, status, quality)``; a special value in the quality column wins over the value column.

    Other flags of the quality column (``p``, ``r``, ``s``, see
    special_values.QUALITY_FLAGS) are kept with the number.
    """
    cell = cells[index]
    status = SPECIAL_VALUES.get(cell)
    value = None
    if status is None:
        value = number(cell)
        if value is None:
            status = SPECIAL_VALUES.get(cell.strip())
            if status is None and not cell.strip() and q_index is not None:
                status = SPECIAL_VALUES.get(cells[q_index].strip())
            if status is None:
                raise ParseError(number_error(cell), line=line_no, column=index + 1)
        else:
            status = ""
    quality = ""
    if q_index is not None:
        flag = cells[q_index].strip()
        q_status = SPECIAL_VALUES.get(flag)
        if q_status is not None:
            return None, q_status, ""
        if status == "" and flag in QUALITY_FLAGS:
            quality = flag
    return value, status, quality


def _breakdown(cells: list[str], dims: list[dict[str, int]]) -> tuple[tuple[str, str], ...]:
    pairs = []
    for d in dims:
        attr, code = cells[d["attr_label"]].strip(), cells[d["attr_code"]].strip()
        if attr == "Insgesamt" or (not attr and not code):
            continue
        if code.startswith("WZ08-"):  # a section as the classic download names it: "Baugewerbe (F)"
            attr = with_sections(attr, code)
        pairs.append((cells[d["label"]].strip(), attr))
    return tuple(sorted(pairs))


def _collect(rows, layout: _Layout, limits: Limits) -> tuple[ObservationCollector, list[str], str]:
    """All observations, the regional level of each, and the statistic's label."""
    collector = ObservationCollector(max_values=limits.max_values)
    levels: list[str] = []  # regional level of each observation
    region_dim: dict[str, int] | None = None
    title = ""
    width = layout.width
    for line_no, cells in rows:
        if line_no > limits.max_rows:
            raise too_many_rows(limits.max_rows, line_no)
        if len(cells) != width:
            if not any(c.strip() for c in cells):
                continue
            raise row_width_error(cells, width, line_no)
        if region_dim is None:
            title = cells[layout.stat_label].strip()
            region_dim = next(
                (d for d in layout.dims if cells[d["code"]].strip() in REGION_LEVEL_CODES), layout.dims[0]
            )
            month_dim = next(
                (d for d in layout.dims if d is not region_dim and cells[d["code"]].strip() == MONTH_CODE), None
            )
            other_dims = [d for d in layout.dims if d is not region_dim and d is not month_dim]
        period = parse_period(cells[layout.time])
        if period is None:
            raise ParseError(period_error(cells[layout.time]), line=line_no, column=layout.time + 1)
        if month_dim is not None and len(period) == 4:
            month = _MONTH_ATTR_RE.fullmatch(cells[month_dim["attr_code"]].strip())
            if month:  # MONAT01 … MONAT12: a monthly value, period 2022-01 (as the classic download)
                period = f"{period}-{month.group(1)}"
        region_key = pad_region_key(cells[region_dim["attr_code"]].strip())  # "7317": saved in Excel
        if not region_key:
            raise ParseError("Der Regionalschlüssel fehlt.", line=line_no, column=region_dim["attr_code"] + 1)
        region_name = cells[region_dim["attr_label"]].strip()
        level = cells[region_dim["code"]].strip()
        breakdown = _breakdown(cells, other_dims)
        for index, variable, label, unit, q_index in layout.targets(cells):
            value, status, quality = _value(cells, index, q_index, layout.number, line_no)
            collector.add(
                region_key,
                region_name,
                period,
                variable,
                label,
                unit,
                breakdown,
                value,
                status,
                line_no,
                index + 1,
                quality,
            )
            levels.append(level)
    return collector, levels, title


def parse_ffcsv(
    text: str, encoding: str, *, new: bool, filename: str = "", limits: Limits = DEFAULT_LIMITS
) -> ParsedTable:
    """Parse a flat-file CSV of either generation (already decoded).

    GENESIS ends every line, the last one included, with a line break. A file
    that ends without one was cut off – possibly inside the last value, which
    would still look like a number – and is rejected.
    """
    if not text.endswith(("\n", "\r")):
        raise ParseError(
            "Die Datei endet mitten in einer Zeile (ohne Zeilenumbruch) – sie ist vermutlich abgeschnitten.",
            line=text.count("\n") + 1,
        )
    rows = csv_rows(text, ";")
    first = next(rows, None)
    if first is None:
        raise ParseError("Die Datei ist leer.", line=1)
    header_line, header = first
    layout = _Layout([h.strip() for h in header], new, header_line)
    if new:  # the units of each variable are known before the first row is read
        rows = list(rows)
        layout.split_units(rows)
    collector, levels, title = _collect(rows, layout, limits)
    table = collector.table(
        empty_line=header_line,
        format=FORMAT_NEW if new else FORMAT_OLD,
        table_code=table_code_from_filename(filename),
        title=title,
        encoding=encoding,
    )
    table.notes = _levels_without_numbers(table.observations, levels)
    return table


def _levels_without_numbers(observations: list[ParsedObservation], levels: list[str]) -> list[str]:
    """Notes for a level with ``-`` and no number where other levels have numbers (values stay as published)."""
    numbers: dict[tuple[str, str, str], int] = defaultdict(int)
    dashes: dict[tuple[str, str, str], int] = defaultdict(int)
    for obs, level in zip(observations, levels, strict=True):
        group = (obs.period, obs.variable, level)
        if obs.status == "":
            numbers[group] += 1
        elif obs.status == "-":
            dashes[group] += 1
    with_numbers = {(p, v, lvl) for (p, v, lvl), n in numbers.items() if n}
    affected = sorted(
        group
        for group in dashes
        if group not in with_numbers and any((p, v) == group[:2] and lvl != group[2] for p, v, lvl in with_numbers)
    )
    return [
        f"Ebene {level}, Zeitraum {period}, Merkmal {variable}: keine einzige Zahl, aber Zahlen auf anderen "
        f"Ebenen – {dashes[(period, variable, level)]} × „-“ bleiben wie veröffentlicht (amtlich: nichts "
        "vorhanden). Erklärt der Herausgeber „-“ für diese Tabelle anders (z. B. noch nicht veröffentlicht), "
        "tragen Sie seine Erklärung bei der Datenquelle unter „Bedeutung von „-“ laut Herausgeber“ ein."
        for period, variable, level in affected
    ]

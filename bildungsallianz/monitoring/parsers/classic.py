"""Parser for the Regionaldatenbank "classic" CSV download.

Layout (see ``shared/data/README.md``)::

    GENESIS-Tabelle: 21111-02-06-4          <- or "Tabelle: 13211-02-05-4"
    Absolvierende/Abgehende ...;;;;          <- title, wrapped over lines
    ;;;Absolvierende/Abgehende ...;...       <- 1–4 header lines, first cells empty
    ;;;Insgesamt;Insgesamt;ohne Haupt...
    ;;;Insgesamt;weiblich;Insgesamt;...
    2023;DG;Deutschland;782423;...           <- period;key;name[;label…];values
    2023;07317;      Pirmasens, kreisfreie Stadt;412;...
    __________                               <- footer: footnotes, ©, Stand
    "zu ""gesamte Tabelle"": ..."
    Stand: 13.03.2025 / 16:40:08

How the header lines become ``variable``, ``unit`` and ``breakdown``:

* The top header line is the variable (its label is used as code too, since
  classic files carry no variable codes).
* With two or more header lines the last one is the unit line (Anzahl,
  Prozent, EUR, qkm …) when all its cells are units; otherwise (e.g.
  21111-02-06-4, whose title says "Absolvierende/Abgehende (Anzahl)") the
  unit comes from a title line ending in "(Unit)", else it is empty.
* The lines in between describe dimensions. A line whose cells are all known
  dimension *names* (``Geschlecht``, ``Nationalität``, ``davon mit`` …) names
  the values in the line below it. Otherwise every cell is a dimension value
  whose name is inferred from the value itself (``weiblich`` → Geschlecht,
  ``15 bis unter 25 Jahre`` → Altersgruppe, ``mit Hauptschulabschluss`` →
  Abschluss …), falling back to ``Merkmal N`` (N = position of the line).
* A value ``Insgesamt`` means the total of its dimension and is left out, so
  a column that is the total of every dimension has an empty breakdown.
* Label columns between the region name and the first value column (e.g.
  Schulart in 21111-01-03-4) become a dimension too; its name is inferred
  from the values in that column.

Every (region, period, variable, breakdown) must be unique: two value
columns with the same description, or two rows for the same region, period
and labels, are a :class:`ParseError`.
"""

from __future__ import annotations

import re
from decimal import Decimal
from operator import itemgetter

from .base import (
    SPECIAL_VALUES,
    ParsedObservation,
    ParsedTable,
    ParseError,
    csv_rows,
    new_observation,
    number_error,
    parse_german_number,
    parse_point_number,
    row_width_error,
    variable_per_unit,
)
from .classic_layout import (
    KEY,
    LAENDER_IN_COLUMNS,
    PERIOD,
    REGIONALDATENBANK,
    ROW_UNIT,
    ROW_VARIABLE,
    Layout,
    columns_layout,
    label_names_from_title,
    laender_in_columns,
    layout_note,
    lead_layout,
    measure_columns,
    merge_code_columns,
    names_only_germany,
    regions_of_columns,
    row_start,
)
from .collector import ObservationCollector
from .hierarchy import indented_tree
from .limits import DEFAULT_LIMITS, Limits, too_many_rows, too_many_values

FORMAT = "genesis-classic"
#: Note on a "GENESIS-Tabelle: Temporär" file (a user-assembled table without code).
TEMPORARY_NOTE = (
    "Selbst zusammengestellte Tabelle („GENESIS-Tabelle: Temporär“) ohne Tabellencode: "
    "Bitte geben Sie ihr eine eigene Datenquelle; Tabellen werden nicht über „temporär“ zusammengelegt."
)
#: The rule above the footer: ten underscores today, five in downloads of about 2010 (and between footnotes there).
FOOTER_MARK = "_____"
_FIRST_LINE_RE = re.compile(r"\s*(?:GENESIS-)?Tabelle:\s*(\S.*?)\s*\Z")

from .categories import TOTAL_VALUES, german_unit, label_dimension_name  # noqa: E402  (re-exported)
from .classic_header import (  # noqa: E402  (re-exported for tests and callers)
    column_descriptions,
    is_unit_line,
    measure_from_title,
    stichtag_from_title,
    title_by_dimensions,
)


def _split_footer(records: list[list[str]]) -> tuple[list[str], str | None, str | None]:
    footnotes: list[str] = []
    copyright_text = None
    stand = None
    for cells in records:
        text = ";".join(cells).strip().strip(";").strip()
        if not text or text.startswith(FOOTER_MARK):  # a rule between footnotes and © (downloads of about 2010)
            continue
        if text.startswith("©") or text[:11].casefold() == "(c)opyright":  # "(C)opyright …, Wiesbaden 2010"
            copyright_text = " ".join(line.strip() for line in text.splitlines() if line.strip())
        elif text.startswith(("Stand:", "created:")):  # "created:" in the English download
            stand = text.split(":", 1)[1].strip()
        else:
            paragraph: list[str] = []
            for line in text.splitlines():
                if line.strip():
                    paragraph.append(line.rstrip())
                elif paragraph:
                    footnotes.append("\n".join(paragraph))
                    paragraph = []
            if paragraph:
                footnotes.append("\n".join(paragraph))
    return footnotes, copyright_text, stand


#: The footer of the English download: ``© Federal Statistical Office, Wiesbaden 2021`` / ``created: 2021-07-21 …``.
_ENGLISH_FOOTER_RE = re.compile(r"^\s*(?:created:|©\s*(?:Federal Statistical Office|Statistical Offices))", re.I | re.M)


def number_parser_of(footer: list[list[str]]):
    """Decimal point for the English download (``64.0``), else the German decimal comma."""
    text = "\n".join(";".join(cells) for cells in footer)
    return parse_point_number if _ENGLISH_FOOTER_RE.search(text) else parse_german_number


def _convert(cell: str, line: int, column: int, number=parse_german_number) -> tuple:
    """``(value, status, quality)`` of one value cell, or a :class:`ParseError`.

    ``(123)`` is the number 123 with the quality flag ``()`` (statistically
    relatively uncertain); the flag is kept with the value. ``number`` reads
    the number (decimal comma, or point in the English download).
    """
    if cell.isdigit() and cell.isascii():  # the common case first
        return (Decimal(cell), "", "")
    value = number(cell)
    if value is not None:
        return (value, "", "")
    stripped = cell.strip()
    if len(stripped) > 2 and stripped[0] == "(" and stripped[-1] == ")":
        value = number(stripped[1:-1])
        if value is not None:
            return (value, "", "()")
    status = SPECIAL_VALUES.get(cell.strip())
    if status is None:
        raise ParseError(number_error(cell), line=line, column=column)
    return (None, status, "")


def _first_line(rows) -> tuple[int, str]:
    """Line number and table code of the ``GENESIS-Tabelle: <Code>`` line."""
    first = next(rows, None)
    if first is None:
        raise ParseError("Die Datei ist leer.", line=1)
    first_cell = first[1][0] if first[1] else ""
    match = _FIRST_LINE_RE.match(first_cell)
    if not match:
        raise ParseError(
            "Die erste Zeile muss „GENESIS-Tabelle: <Code>“ oder „Tabelle: <Code>“ lauten.",
            line=first[0],
        )
    return first[0], match.group(1)


class _Sections:
    """The blocks of a classic file: title lines, header lines, data rows, footer."""

    def __init__(self, first_line: int):
        self.title_parts: list[str] = []
        self.header: list[tuple[int, list[str]]] = []
        #: per column the (key, name) of its Land where the Länder are the columns (see ``regions_of_columns``)
        self.column_regions: list[tuple[str, str] | None] | None = None
        self.data: list[tuple[int, list[str]]] = []
        self.footer: list[list[str]] = []
        self.section = "title"
        self.last_line = first_line

    def read(self, rows) -> _Sections:
        for line_no, cells in rows:
            self.last_line = line_no
            head = cells[0].strip() if cells else ""
            blank = not head and not any(c.strip() for c in cells)  # a row with a first cell is never blank
            if self.section == "data" or (self.section == "header" and head):
                if head.startswith(FOOTER_MARK) and not any(c.strip() for c in cells[1:]):  # a rule, not a row
                    self.section = "footer"
                    continue
                self.section = "data"
                if not blank:  # a blank line inside the data block is skipped
                    self.data.append((line_no, cells))
            elif self.section == "title":
                if blank:
                    continue
                if head.startswith(FOOTER_MARK):
                    raise ParseError("Die Tabelle hat keine Kopfzeilen.", line=line_no)
                if head:
                    self.title_parts.append(head)
                else:
                    self.section = "header"
                    self.header.append((line_no, cells))
            elif self.section == "header":
                if blank:
                    raise ParseError("Leere Zeile zwischen Kopfzeilen und Daten.", line=line_no)
                self.header.append((line_no, cells))
            else:
                self.footer.append(cells)
        return self

    def shape(self) -> tuple[int, int]:
        """``(width, value_start)`` after checking that the blocks fit together."""
        header, last_line = self.header, self.last_line
        if not header:
            raise ParseError(
                "Die Tabelle hat keine Spaltenüberschriften (Zeilen, deren erste Zelle leer ist).", line=last_line
            )
        self.header_line = header[0][0]
        width = len(header[0][1])
        for line_no, cells in header:
            if len(cells) != width:
                raise ParseError(f"Die Kopfzeile hat {len(cells)} Zellen, die erste Kopfzeile {width}.", line=line_no)
        header_start = min(next((i for i, c in enumerate(cells) if c.strip()), width) for _, cells in header)
        self.layout = lead_layout(self.data, self.title_parts, header_start)
        self.lead = self.layout.lead
        columns_line = (
            self.layout == REGIONALDATENBANK or names_only_germany(self.layout, self.data)
        ) and laender_in_columns(header, self.data, header_start)
        if columns_line:
            self.layout = columns_layout(self.data)
            self.lead = self.layout.lead
        if width < self.lead + 1 or (width < 4 and self.layout == REGIONALDATENBANK):
            raise ParseError(
                "Zu wenige Spalten: erwartet werden Zeitraum, Regionalschlüssel, Name und mindestens eine Wertspalte.",
                line=header[0][0],
            )
        value_start = min(next((i for i in range(self.lead, width) if cells[i].strip()), width) for _, cells in header)
        if value_start >= width:
            raise ParseError("Die Kopfzeilen enthalten keine Spaltenüberschrift.", line=header[0][0])
        if columns_line:  # the Länder are the value columns: their line gives regions, not a breakdown
            self.header, self.column_regions = regions_of_columns(header, columns_line, value_start)
        if not self.data:
            raise ParseError(
                "Die Tabelle enthält keine Datenzeilen (Datei nach den Kopfzeilen abgeschnitten?).", line=last_line
            )
        if self.section != "footer":
            raise ParseError(
                "Die Tabelle endet ohne Fußzeile („__________“) – die Datei ist vermutlich abgeschnitten.",
                line=last_line,
            )
        return width, value_start

    def check_rows(self, width: int) -> None:
        for line_no, cells in self.data:
            if len(cells) != width:
                raise row_width_error(cells, width, line_no, header="die Kopfzeilen haben")


def _label_names(
    data, label_cols: tuple[int, ...], columns, titled: list[str], fixed: dict[int, str] | None = None
) -> list[str]:
    """Names of the label columns between region name and values, inferred from their values.

    ``titled``: the names a GENESIS-Online title gives them (one per label column
    not in ``fixed``, in order), or ``[]``; ``fixed``: names given by column.
    """
    fixed = fixed or {}
    label_values: list[set[str]] = [{cells[col].strip() for _line_no, cells in data} for col in label_cols]
    names: list[str] = []
    used_names = {name for column in columns for name, _ in column[2]} | set(fixed.values())
    free = len(label_cols) - len(fixed)
    given = iter(titled if len(titled) == free else [None] * free)
    for values, col in zip(label_values, label_cols, strict=True):
        if col in fixed:
            names.append(fixed[col])
            continue
        name = next(given) or label_dimension_name(values, col + 1)
        if name in used_names:
            name = f"{name} (Spalte {col + 1})"
        used_names.add(name)
        names.append(name)
    return names


def _checked_rows(
    data, columns, layout: tuple[Layout, int, tuple[int, ...]], label_names: list[str], collector
) -> list[tuple]:
    """Every data row checked (period, key and name, labels, duplicate, the value limit), with what its cells need.

    Returns ``(line, cells, region key, region name, specs)`` per row; the specs are
    ``(cell index, column number, period, variable, unit, breakdown)`` per value
    column: the period is the row's (or the column's, where the header gives it),
    the breakdown completed with the row's labels (one list per period and label combination).
    """
    lead_layout_, value_start, label_cols = layout
    lead = lead_layout_.lead
    seen, _observations, max_values = collector.fast_path()
    seen_add = seen.add  # rows are checked as a whole: no per-cell check
    rows: list[tuple] = []
    rows_append, count = rows.append, 0
    base = [
        (value_start + offset, value_start + offset + 1, column_period, variable, unit, breakdown)
        for offset, (variable, unit, breakdown, column_period) in enumerate(columns)
    ]
    # (period, raw label cells) → (stripped labels, specs); period, key and name cells repeat row after row
    specs_by_labels: dict[tuple, tuple] = {}
    labels_by_cells: dict[tuple, tuple] = {(): ((), ())}
    label_cells = itemgetter(*label_cols) if label_cols else lambda cells: ()
    starts: dict[tuple[str, ...], tuple] = {}
    start_cells = itemgetter(*range(lead)) if lead else lambda cells: ()
    for line_no, cells in data:
        start = starts.get(raw := start_cells(cells))
        if start is None:
            start = starts[raw] = row_start(cells, line_no, lead_layout_)
        row_period, region_key, region_name = start
        entry = specs_by_labels.get(raw := (row_period, label_cells(cells)))
        if entry is None:
            labels, label_pairs = labels_by_cells.get(raw[1]) or _row_labels(cells, label_cols, label_names)
            labels_by_cells[raw[1]] = (labels, label_pairs)
            specs = [
                (index, column, row_period or column_period, variable, unit, tuple(sorted(breakdown + label_pairs)))
                for index, column, column_period, variable, unit, breakdown in base
            ]
            entry = specs_by_labels[raw] = (label_pairs, specs, labels)
        # a row is known by its label pairs without totals: "" and "Insgesamt" both label the total
        identity, specs, labels = entry
        key = ("row", region_key, row_period, identity)  # what claim_row checks, without a call per row
        if key in seen:  # claim_row raises the error
            pairs = zip(label_names, labels, strict=True)
            collector.claim_row((region_key, row_period, identity), region_key, row_period or "", pairs, line_no)
        count += len(specs)
        if count > max_values:  # as the collector: at most max_values values
            raise too_many_values(max_values, line_no)
        seen_add(key)
        rows_append((line_no, cells, region_key, region_name, specs))
    return rows


def _named_by_title(names: list[str], listed: list[str], used: set[str]) -> list[str]:
    """Label columns no value named (``Merkmal Spalte 3``) under the dimensions the title lists and nothing else names.

    ``Studierende nach Geschlecht, Nationalität und Fächergruppen``: Geschlecht and
    Nationalität are in the header, so the one label column left is „Fächergruppen“.
    Only for one column and one name left; a name from the values is never replaced.
    """
    taken = {n.casefold()[:6] for n in (*names, *used)}  # "Altersgruppen" in the title is "Altersgruppe"
    left = [n for n in listed if n.casefold()[:6] not in taken]
    unnamed = [i for i, name in enumerate(names) if name.startswith("Merkmal Spalte ")]
    if len(unnamed) != 1 or len(left) != 1:  # the title's order need not be the columns'
        return names
    return [left[0] if i == unnamed[0] else name for i, name in enumerate(names)]


def _row_labels(cells: list[str], label_cols: tuple[int, ...], label_names: list[str]) -> tuple[tuple, tuple]:
    """The stripped label cells of a row and their (dimension, value) pairs without totals."""
    labels = tuple(cells[c].strip() for c in label_cols)
    pairs = tuple((n, v) for n, v in zip(label_names, labels, strict=True) if v and v.casefold() not in TOTAL_VALUES)
    return labels, pairs


def _collect(
    data,
    columns,
    layout: tuple[Layout, int, tuple[int, ...]],
    label_names: list[str],
    limits: Limits,
    number=parse_german_number,
) -> ObservationCollector:
    """Every value cell into the collector; one duplicate check per row.

    First every row is checked (:func:`_checked_rows`), then the cells of all
    rows become observations in one comprehension (one frame, not one per
    row); a cell that is no number is reported there, so a file with a
    duplicate row and, above it, a bad cell names the duplicate first.
    """
    if len(data) > limits.max_rows:
        raise too_many_rows(limits.max_rows, data[limits.max_rows][0])
    collector = ObservationCollector(max_values=limits.max_values)
    rows = _checked_rows(data, columns, layout, label_names, collector)
    # Converted cells are cached: tables repeat the same small numbers and special values.
    converted: dict[str, tuple] = {k: (None, v, "") for k, v in SPECIAL_VALUES.items()}
    converted_get = converted.get

    def remember(cell: str, line_no: int, column: int) -> tuple:
        pair = converted[cell] = _convert(cell, line_no, column, number)
        return pair

    collector.observations.extend(
        [
            new_observation(
                ParsedObservation,
                (
                    region_key,
                    region_name,
                    period,
                    variable,
                    variable,
                    unit,
                    breakdown,
                    value,
                    status,
                    line_no,
                    column,
                    flag,
                ),
            )
            for line_no, cells, region_key, region_name, specs in rows
            for index, column, period, variable, unit, breakdown in specs
            for value, status, flag in (converted_get(cells[index]) or remember(cells[index], line_no, column),)
        ]
    )
    return collector


def _with_periods(columns, sections: _Sections, value_start: int) -> list[tuple]:
    """Without a period column every value column needs its period: from the header, else the Stichtag."""
    if PERIOD in sections.layout.roles or all(c[3] for c in columns):
        return columns
    stichtag = stichtag_from_title(sections.title_parts)
    if stichtag is None:
        raise ParseError(
            "Die Tabelle hat keine Spalte mit dem Zeitraum, und weder die Kopfzeilen noch der Titel nennen einen "
            "Stichtag mit Jahr (z. B. „Stichtag 31.12.2023“). Bitte laden Sie die Tabelle mit Zeitangabe herunter.",
            line=sections.header_line,
            column=value_start + 1,
        )
    return [(variable, unit, breakdown, period or stichtag) for variable, unit, breakdown, period in columns]


def _placed(observations: list, regions: list | None, measure_in_rows: bool) -> list[ParsedObservation]:
    """The observations under their column's Land, and with the variable and unit their row names.

    A variable that the rows give in two units for the same cell (``Anzahl`` and
    ``Prozent``) becomes one variable per unit (:func:`.base.variable_per_unit`).
    """
    placed = []
    units_of_cell: dict[tuple, set[str]] = {}
    for o in observations:
        region = regions[o.column - 1] if regions is not None else (o.region_key, o.region_name)
        variable, unit, breakdown = o.variable, o.unit, o.breakdown
        if measure_in_rows:
            pairs = dict(breakdown)
            variable, unit = pairs.pop(ROW_VARIABLE, variable), german_unit(pairs.pop(ROW_UNIT, unit))
            breakdown = tuple(sorted(pairs.items()))
            units_of_cell.setdefault((region[0], o.period, variable, breakdown), set()).add(unit)
        placed.append((*region, o.period, variable, variable, unit, breakdown, *o[7:]))
    clashing = {key[2] for key, units in units_of_cell.items() if len(units) > 1}
    if clashing:
        placed = [(*f[:3], *variable_per_unit(f[3], f[4], f[5]), *f[5:]) if f[3] in clashing else f for f in placed]
    return [new_observation(ParsedObservation, fields) for fields in placed]


def _indented_labels(data, label_cols, label_names: list[str], in_rows: dict[int, str]) -> dict[str, dict]:
    """GENESIS-Online indents the parts of a category: ``{dimension: {part: category}}``."""
    hierarchy = {}
    for col, name in zip(label_cols, label_names, strict=True):
        tree = indented_tree(list(dict.fromkeys(cells[col] for _line, cells in data)))
        if tree and col not in in_rows:
            hierarchy[name] = tree
    return hierarchy


def parse_classic(text: str, encoding: str, *, limits: Limits = DEFAULT_LIMITS) -> ParsedTable:
    """Parse a classic Regionaldatenbank CSV (already decoded)."""
    rows = csv_rows(text, ";")
    first_line, table_code = _first_line(rows)
    notes = []
    if table_code.casefold().startswith(("temporär", "temporaer", "temporary")):
        # A table the user assembled in GENESIS: it has no code; its content identifies it.
        table_code = None
        notes.append(TEMPORARY_NOTE)
    sections = _Sections(first_line).read(rows)
    width, value_start = sections.shape()
    if note := layout_note(sections.layout):
        notes.append(note)
    regions = sections.column_regions
    label_cols = sections.layout.label_columns(value_start)
    online = KEY not in sections.layout.roles  # GENESIS-Online: no region keys
    in_rows = {}  # label columns naming each row's variable and unit
    if online and measure_from_title(sections.title_parts) is None:
        in_rows = measure_columns(sections.data, label_cols, sections.title_parts)
    # the Länder are the columns: the title, the rows or a unit line under the variable line name the measure
    named = (
        in_rows
        or measure_from_title(sections.title_parts)
        or (sections.header and is_unit_line(sections.header[-1][1][value_start:]))
    )
    if regions is not None and not named:
        raise ParseError(LAENDER_IN_COLUMNS, line=sections.header_line)

    def described(measure):
        return column_descriptions(
            sections.header,
            value_start,
            width,
            sections.title_parts,
            titled_names=KEY not in sections.layout.roles,
            regions=regions,
            header_line=sections.header_line,
            measure=measure,
        )

    columns = described((ROW_VARIABLE, "") if in_rows else None)
    used = {name for column in columns for name, _ in column[2]}
    if in_rows and used & {ROW_VARIABLE, ROW_UNIT}:  # a header dimension has their name: not read from the rows
        in_rows = {}
        columns = described(None)
        used = {name for column in columns for name, _ in column[2]}
    columns = _with_periods(columns, sections, value_start)
    sections.check_rows(width)
    label_cols, named_cols = merge_code_columns(sections.data, label_cols)
    named_cols.update(in_rows)
    titled = []
    if online:  # GENESIS-Online: the title lists the dimensions
        titled = label_names_from_title(sections.title_parts, used, len(label_cols) - len(named_cols))
    label_names = _label_names(sections.data, label_cols, columns, titled, named_cols)
    if not online:
        label_names = _named_by_title(label_names, title_by_dimensions(sections.title_parts), used)
    hierarchy = _indented_labels(sections.data, label_cols, label_names, in_rows) if online else {}
    if in_rows:
        names = ", ".join(f"{name} in Spalte {col + 1}" for col, name in sorted(in_rows.items()))
        notes.append(f"Merkmal und Einheit stehen in den Zeilen ({names}).")
    number = number_parser_of(sections.footer)
    collector = _collect(
        sections.data, columns, (sections.layout, value_start, label_cols), label_names, limits, number
    )
    if regions is not None or in_rows:
        collector.observations[:] = _placed(collector.observations, regions, bool(in_rows))
    footnotes, copyright_text, stand = _split_footer(sections.footer)
    return collector.table(
        format=FORMAT,
        table_code=table_code,
        title=" ".join(sections.title_parts),
        stand=stand,
        footnotes=footnotes,
        copyright=copyright_text,
        encoding=encoding,
        notes=notes,
        hierarchy=hierarchy,
    )

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
from collections import Counter

from .base import (
    SPECIAL_VALUES,
    ParsedTable,
    ParseError,
    csv_rows,
    is_region_key,
    number_error,
    parse_german_number,
    parse_period,
    period_error,
    region_key_error,
)
from .collector import ObservationCollector
from .limits import DEFAULT_LIMITS, Limits, too_many_rows

FORMAT = "genesis-classic"
FOOTER_MARK = "__________"
_FIRST_LINE_RE = re.compile(r"\s*(?:GENESIS-)?Tabelle:\s*(\S.*?)\s*\Z")

#: Header cells that name a dimension (the line below holds its values).
#: ``None`` = a connective without a name of its own ("davon mit"); the
#: dimension is then named after its values.
DIMENSION_NAMES: dict[str, str | None] = {
    "geschlecht": "Geschlecht",
    "nationalität": "Nationalität",
    "staatsangehörigkeit": "Staatsangehörigkeit",
    "altersgruppe": "Altersgruppe",
    "altersgruppen": "Altersgruppe",
    "alter": "Altersgruppe",
    "altersjahre": "Altersgruppe",
    "schulart": "Schulart",
    "schularten": "Schulart",
    "abschluss": "Abschluss",
    "abschlussart": "Abschluss",
    "abschlussarten": "Abschluss",
    "personengruppe": "Personengruppe",
    "personengruppen": "Personengruppe",
    "klassenstufe / jahrgangsstufe / schulbesuchsjahr": ("Klassenstufe / Jahrgangsstufe / Schulbesuchsjahr"),
    "klassenstufe": "Klassenstufe",
    "jahrgangsstufe": "Jahrgangsstufe",
    "wirtschaftszweig": "Wirtschaftszweig",
    "wirtschaftszweige": "Wirtschaftszweig",
    "davon": None,
    "davon mit": None,
    "davon nach": None,
    "darunter": None,
    "darunter mit": None,
    "dar.": None,
    "und zwar": None,
}

#: Values that mean "total of this dimension".
TOTAL_VALUES = frozenset({"insgesamt"})

_EXACT_VALUE_DIMENSIONS: dict[str, str] = {
    "weiblich": "Geschlecht",
    "männlich": "Geschlecht",
    "frauen": "Geschlecht",
    "männer": "Geschlecht",
    "divers": "Geschlecht",
    "ausländisch": "Nationalität",
    "deutsch": "Nationalität",
    "ausländer": "Nationalität",
    "ausländerinnen": "Nationalität",
    "ausländer/-innen": "Nationalität",
    "deutsche": "Nationalität",
    "schwerbehindert": "Personengruppe",
    "schwerbehinderte": "Personengruppe",
    "langzeitarbeitslos": "Personengruppe",
    "langzeitarbeitslose": "Personengruppe",
}

_AGE_RE = re.compile(
    r"(\d+\s*(bis|-)\s*(unter\s*)?\d+\s*jahre)|(unter\s*\d+\s*jahre)|(\d+\s*jahre\s*(und|oder)\s*(mehr|älter))"
)
_SUFFIX_DIMENSIONS: tuple[tuple[tuple[str, ...], str], ...] = (
    (("abschluss", "hochschulreife", "fachhochs", "hochsch.reife"), "Abschluss"),
    (("klassenstufe", "jahrgangsstufe", "schulbesuchsjahr"), "Klassenstufe"),
    (
        (
            "schule",
            "schulen",
            "gymnasi",
            "kolleg",
            "vorschul",
            "orientierungsstufe",
            "bildungsgäng",
        ),
        "Schulart",
    ),
)

_infer_cache: dict[str, str | None] = {}


def infer_dimension(value: str) -> str | None:
    """Guess the dimension name of a header or label value, or ``None``."""
    if value in _infer_cache:
        return _infer_cache[value]
    low = value.strip().casefold()
    result = _EXACT_VALUE_DIMENSIONS.get(low)
    if result is None:
        if _AGE_RE.search(low):
            result = "Altersgruppe"
        else:
            for needles, name in _SUFFIX_DIMENSIONS:
                if any(n in low for n in needles):
                    result = name
                    break
    if len(_infer_cache) < 10000:
        _infer_cache[value] = result
    return result


#: Units as the Regionaldatenbank writes them in the unit line.
KNOWN_UNITS = frozenset(
    u.casefold()
    for u in (
        "Anzahl",
        "Prozent",
        "%",
        "Promille",
        "EUR",
        "Euro",
        "Tsd. EUR",
        "Mill. EUR",
        "Mrd. EUR",
        "1000 EUR",
        "qkm",
        "km²",
        "ha",
        "km",
        "m²",
        "qm",
        "Jahre",
        "Tage",
        "Stunden",
        "Tsd.",
        "1000",
        "Personen",
        "Tonnen",
        "t",
        "kg",
        "Tsd. t",
        "MWh",
        "Tsd. Stunden",
        "Ew/qkm",
        "EW/qkm",
        "Einwohner je qkm",
        "Index",
    )
)
_UNIT_RE = re.compile(r"(je |pro |(tsd|mill|mrd)\. |1000 |100 )", re.IGNORECASE)
_TITLE_UNIT_RE = re.compile(r"\(([^()]{1,20})\)\s*\Z")


def is_unit(cell: str) -> bool:
    """Whether a header cell is a unit (Anzahl, Prozent, Tsd. EUR, …)."""
    low = cell.strip().casefold()
    return low in KNOWN_UNITS or (
        bool(_UNIT_RE.match(low)) and low not in TOTAL_VALUES and infer_dimension(cell) is None
    )


def _is_unit_line(cells: list[str]) -> bool:
    filled = [c for c in cells if c.strip()]
    return bool(filled) and all(is_unit(c) for c in filled)


def unit_from_title(title_parts: list[str]) -> str:
    """A unit given in the title, e.g. ``Absolvierende/Abgehende (Anzahl)`` → ``Anzahl``."""
    for part in title_parts:
        m = _TITLE_UNIT_RE.search(part)
        if m and is_unit(m.group(1)):
            return m.group(1).strip()
    return ""


def _is_names_line(cells: list[str]) -> bool:
    filled = [c.strip().casefold() for c in cells if c.strip()]
    return bool(filled) and all(c in DIMENSION_NAMES for c in filled)


def _column_descriptions(
    header: list[tuple[int, list[str]]], value_start: int, width: int, title_unit: str
) -> list[tuple[str, str, tuple[tuple[str, str], ...]]]:
    """Turn the header lines into ``(variable, unit, breakdown)`` per value column."""
    if len(header) >= 2 and _is_unit_line(header[-1][1][value_start:]):
        label_lines, unit_line = header[:-1], header[-1][1]
    else:
        label_lines, unit_line = header, [title_unit] * width
    top_line_no, top = label_lines[0]
    dim_lines = label_lines[1:]

    # Plan the dimension lines: (names_line or None, values_line, position)
    plan: list[tuple[list[str] | None, list[str], int]] = []
    i = 0
    position = 0
    while i < len(dim_lines):
        position += 1
        cells = dim_lines[i][1]
        if _is_names_line(cells) and i + 1 < len(dim_lines):
            plan.append((cells, dim_lines[i + 1][1], position))
            i += 2
        else:
            plan.append((None, cells, position))
            i += 1

    descriptions = []
    seen: dict[tuple[str, tuple[tuple[str, str], ...]], int] = {}
    for col in range(value_start, width):
        variable = top[col].strip()
        if not variable:
            raise ParseError(
                "Die Spaltenüberschrift (Merkmal) fehlt.",
                line=top_line_no,
                column=col + 1,
            )
        pairs: dict[str, str] = {}
        for names, values, position in plan:
            value = values[col].strip()
            if not value or value.casefold() in TOTAL_VALUES:
                continue
            name = None
            if names is not None:
                raw_name = names[col].strip()
                name = DIMENSION_NAMES.get(raw_name.casefold(), raw_name) if raw_name else None
            if name is None:
                name = infer_dimension(value) or f"Merkmal {position}"
            if name in pairs:
                name = f"{name} ({position})"
            pairs[name] = value
        breakdown = tuple(sorted(pairs.items()))
        unit = unit_line[col].strip()
        key = (variable, breakdown)
        if key in seen:
            raise ParseError(
                f"Die Spalten {seen[key]} und {col + 1} haben dieselbe Beschreibung "
                f"(„{variable}“{_breakdown_text(breakdown)}).",
                line=header[0][0],
                column=col + 1,
            )
        seen[key] = col + 1
        descriptions.append((variable, unit, breakdown))
    return descriptions


def _breakdown_text(breakdown: tuple[tuple[str, str], ...]) -> str:
    return "".join(f", {name} {value}" for name, value in breakdown)


def _label_dimension_name(values: set[str], column: int) -> str:
    votes = Counter(name for name in (infer_dimension(v) for v in values if v.casefold() not in TOTAL_VALUES) if name)
    if votes:
        return votes.most_common(1)[0][0]
    return f"Merkmal Spalte {column}"


def _split_footer(records: list[list[str]]) -> tuple[list[str], str | None, str | None]:
    footnotes: list[str] = []
    copyright_text = None
    stand = None
    for cells in records:
        text = ";".join(cells).strip().strip(";").strip()
        if not text:
            continue
        if text.startswith("©"):
            copyright_text = " ".join(line.strip() for line in text.splitlines() if line.strip())
        elif text.startswith("Stand:"):
            stand = text[len("Stand:") :].strip()
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


def _convert(cell: str, line: int, column: int) -> tuple:
    """``(value, status)`` of one value cell, or a :class:`ParseError`."""
    value = parse_german_number(cell)
    if value is not None:
        return (value, "")
    status = SPECIAL_VALUES.get(cell.strip())
    if status is None:
        raise ParseError(number_error(cell), line=line, column=column)
    return (None, status)


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
        self.data: list[tuple[int, list[str]]] = []
        self.footer: list[list[str]] = []
        self.section = "title"
        self.last_line = first_line

    def read(self, rows) -> _Sections:
        for line_no, cells in rows:
            self.last_line = line_no
            head = cells[0].strip() if cells else ""
            blank = not any(c.strip() for c in cells)
            if self.section == "data" or (self.section == "header" and head):
                if head.startswith(FOOTER_MARK):
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
        width = len(header[0][1])
        for line_no, cells in header:
            if len(cells) != width:
                raise ParseError(f"Die Kopfzeile hat {len(cells)} Zellen, die erste Kopfzeile {width}.", line=line_no)
        if width < 4:
            raise ParseError(
                "Zu wenige Spalten: erwartet werden Zeitraum, Regionalschlüssel, Name und mindestens eine Wertspalte.",
                line=header[0][0],
            )
        value_start = min(next((i for i in range(3, width) if cells[i].strip()), width) for _, cells in header)
        if value_start >= width:
            raise ParseError("Die Kopfzeilen enthalten keine Spaltenüberschrift.", line=header[0][0])
        if not self.data:
            raise ParseError(
                "Die Tabelle enthält keine Datenzeilen (Datei nach den Kopfzeilen abgeschnitten?).", line=last_line
            )
        if self.section != "footer":
            raise ParseError(
                f"Die Tabelle endet ohne Fußzeile („{FOOTER_MARK}“) – die Datei ist vermutlich abgeschnitten.",
                line=last_line,
            )
        return width, value_start

    def check_rows(self, width: int) -> None:
        for line_no, cells in self.data:
            if len(cells) != width:
                raise ParseError(
                    f"Die Zeile hat {len(cells)} Zellen, die Kopfzeilen haben {width} "
                    "(Zeile abgeschnitten oder Werte verschoben).",
                    line=line_no,
                    column=min(len(cells), width) + 1 if len(cells) < width else width + 1,
                )


def _label_names(data, label_cols: range, columns) -> list[str]:
    """Names of the label columns between region name and values, inferred from their values."""
    label_values: list[set[str]] = [set() for _ in label_cols]
    for _line_no, cells in data:
        for i, col in enumerate(label_cols):
            label_values[i].add(cells[col].strip())
    names: list[str] = []
    used_names = {name for _, _, breakdown in columns for name, _ in breakdown}
    for values, col in zip(label_values, label_cols, strict=True):
        name = _label_dimension_name(values, col + 1)
        if name in used_names:
            name = f"{name} (Spalte {col + 1})"
        used_names.add(name)
        names.append(name)
    return names


def _row_start(cells: list[str], line_no: int) -> tuple[str, str, str]:
    """Period, region key and region name of a data row."""
    period = parse_period(cells[0])
    if period is None:
        raise ParseError(period_error(cells[0]), line=line_no, column=1)
    region_key = cells[1].strip()
    if not is_region_key(region_key):
        raise ParseError(region_key_error(region_key), line=line_no, column=2)
    region_name = cells[2].strip()
    if not region_name:
        raise ParseError("Der Name der Region fehlt.", line=line_no, column=3)
    return period, region_key, region_name


def _collect(data, columns, value_start: int, label_names: list[str], limits: Limits) -> ObservationCollector:
    """Every value cell into the collector; one duplicate check per row."""
    if len(data) > limits.max_rows:
        raise too_many_rows(limits.max_rows, data[limits.max_rows][0])
    collector = ObservationCollector(max_values=limits.max_values)
    add = collector.add_checked
    label_cols = range(3, value_start)
    # Converted cells and breakdowns are cached: tables repeat the same
    # small numbers and special values, and the same label combinations.
    converted: dict[str, tuple] = {k: (None, v) for k, v in SPECIAL_VALUES.items()}
    breakdown_cache: dict[tuple[str, ...], list] = {(): [breakdown for _, _, breakdown in columns]}
    specs = [
        (value_start + offset, value_start + offset + 1, variable, unit)
        for offset, (variable, unit, _) in enumerate(columns)
    ]
    for line_no, cells in data:
        period, region_key, region_name = _row_start(cells, line_no)
        labels = tuple(cells[c].strip() for c in label_cols)
        breakdowns = breakdown_cache.get(labels)
        if breakdowns is None:
            label_pairs = tuple(
                (n, v) for n, v in zip(label_names, labels, strict=True) if v and v.casefold() not in TOTAL_VALUES
            )
            breakdowns = [tuple(sorted(b + label_pairs)) for b in breakdown_cache[()]]
            breakdown_cache[labels] = breakdowns
        pairs = zip(label_names, labels, strict=True)
        collector.claim_row((region_key, period, labels), region_key, period, pairs, line_no)
        for (index, column, variable, unit), breakdown in zip(specs, breakdowns, strict=True):
            cell = cells[index]
            pair = converted.get(cell)
            if pair is None:
                pair = converted[cell] = _convert(cell, line_no, column)
            add(region_key, region_name, period, variable, variable, unit, breakdown, pair[0], pair[1], line_no, column)
    return collector


def parse_classic(text: str, encoding: str, *, limits: Limits = DEFAULT_LIMITS) -> ParsedTable:
    """Parse a classic Regionaldatenbank CSV (already decoded)."""
    rows = csv_rows(text, ";")
    first_line, table_code = _first_line(rows)
    sections = _Sections(first_line).read(rows)
    width, value_start = sections.shape()
    columns = _column_descriptions(sections.header, value_start, width, unit_from_title(sections.title_parts))
    sections.check_rows(width)
    label_names = _label_names(sections.data, range(3, value_start), columns)
    collector = _collect(sections.data, columns, value_start, label_names, limits)
    footnotes, copyright_text, stand = _split_footer(sections.footer)
    return collector.table(
        format=FORMAT,
        table_code=table_code,
        title=" ".join(sections.title_parts),
        stand=stand,
        footnotes=footnotes,
        copyright=copyright_text,
        encoding=encoding,
    )

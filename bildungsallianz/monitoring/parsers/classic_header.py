"""The header block of a classic Regionaldatenbank table: variables, units, dimensions.

Moved out of :mod:`.classic` (which reads the file's sections and rows);
see the docstring there for how header lines become ``variable``, ``unit``
and ``breakdown``.
"""

from __future__ import annotations

import re

from .base import ParseError, parse_period
from .categories import (
    TOTAL_VALUES,
    german_unit,
    german_value,
    infer_dimension,
    is_qualification,
    qualification_dimensions,
    unknown_joins,
)

#: Header cells that name a dimension (the line below holds its values).
#: ``None`` = a connective without a name of its own ("davon mit"); the
#: dimension is then named after its values.
DIMENSION_NAMES: dict[str, str | None] = {
    "geschlecht": "Geschlecht",
    "sex": "Geschlecht",
    "gender": "Geschlecht",
    "nationality": "Nationalität",
    "age groups": "Altersgruppe",
    "age group": "Altersgruppe",
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

#: Units as the Regionaldatenbank writes them in the unit line.
KNOWN_UNITS = frozenset(
    u.casefold()
    for u in (
        "Anzahl",
        "Number",
        "Percent",
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
        "EW pro qkm",  # IT.NRW (12411-15i)
        "Einwohner pro qkm",
        "Index",
        "in %",
        "in (%)",
    )
)
#: An index base such as ``2015=100`` (GENESIS-Online price indices) is the unit of the index.
_INDEX_BASE_RE = re.compile(r"(?:19|20)\d\d\s*=\s*100\Z")
_UNIT_RE = re.compile(r"(je |pro |(tsd|mill|mrd)\. |1000 |100 )", re.IGNORECASE)
_TITLE_UNIT_RE = re.compile(r"\(([^()]{1,20})\)\s*\Z")


def is_unit(cell: str) -> bool:
    """Whether a header cell is a unit (Anzahl, Prozent, Tsd. EUR, …)."""
    low = cell.strip().casefold()
    return (
        low in KNOWN_UNITS
        or bool(_INDEX_BASE_RE.match(low))
        or (bool(_UNIT_RE.match(low)) and low not in TOTAL_VALUES and infer_dimension(cell) is None)
    )


def is_unit_line(cells: list[str]) -> bool:
    """Every filled cell is a unit (the last header line of many tables)."""
    filled = [c for c in cells if c.strip()]
    return bool(filled) and all(is_unit(c) for c in filled)


def unit_from_title(title_parts: list[str]) -> str:
    """A unit given in the title, e.g. ``Absolvierende/Abgehende (Anzahl)`` → ``Anzahl``."""
    for part in title_parts:
        m = _TITLE_UNIT_RE.search(part)
        if m and is_unit(m.group(1)):
            return m.group(1).strip()
    return ""


def _is_names_line(cells: list[str], titled: frozenset[str] | None = None) -> bool:
    """Every filled cell names a dimension: a known name, or one the (GENESIS-Online) title lists."""
    filled = [c.strip().casefold() for c in cells if c.strip()]
    return bool(filled) and all(c in DIMENSION_NAMES or (titled and c in titled) for c in filled)


#: A title line giving the measure and its unit: ``Bevölkerungsstand (Anzahl)``.
#: The measure may carry one qualifier in brackets
#: (IT.NRW: ``Sozialversicherungspfl. Beschäftigte (Arbeitsort) (Anzahl)``).
_TITLE_MEASURE_RE = re.compile(r"\s*((?:[^:;()]|\([^()]{1,40}\)){2,120}?)\s*\(([^()]{1,20})\)\s*\Z")
_DATE_LINE_RE = re.compile(r"\d{2}\.\d{2}\.\d{4}")
_STICHTAG_RE = re.compile(r"(?:Stichtag|reference date|as of)\W*(\d{2}\.\d{2}\.\d{4}|\d{4}-\d{2}-\d{2})", re.I)


def measure_from_title(title_parts: list[str]) -> tuple[str, str] | None:
    """``("Bevölkerungsstand", "Anzahl")`` from a title line ``Bevölkerungsstand (Anzahl)``."""
    for part in reversed(title_parts):
        m = _TITLE_MEASURE_RE.match(part)
        if m and is_unit(m.group(2)):
            return m.group(1).strip(), m.group(2).strip()
    return None


def stichtag_from_title(title_parts: list[str]) -> str | None:
    """The reference date named in the title block, as a period.

    ``Stichtag 31.12.2015`` in a title line, or a line that is only the date
    (``31.12.2019`` under the region line ``Bayern``, Landesdatenbank Bayern 12411-007s).
    """
    for part in title_parts:
        m = _STICHTAG_RE.search(part)
        if m:
            return parse_period(m.group(1))
    for part in title_parts:
        if _DATE_LINE_RE.fullmatch(part.strip()):
            return parse_period(part.strip())
    return None


#: Names of the time dimension: a header line of only these names the line of periods below it.
TIME_WORDS = frozenset(
    {"jahr", "jahre", "stichtag", "stichtage", "monat", "monate", "quartal", "quartale", "schuljahr", "schuljahre"}
    | {"semester", "halbjahr", "halbjahre", "year", "years", "reference date", "month", "months"}
)


#: The Länder by their official names, and Germany (GENESIS-Online names them without key).
REGION_BY_NAME = {
    "Deutschland": "DG",
    "Germany": "DG",  # the English download
    "Schleswig-Holstein": "01",
    "Hamburg": "02",
    "Niedersachsen": "03",
    "Bremen": "04",
    "Nordrhein-Westfalen": "05",
    "Hessen": "06",
    "Rheinland-Pfalz": "07",
    "Baden-Württemberg": "08",
    "Bayern": "09",
    "Saarland": "10",
    "Berlin": "11",
    "Brandenburg": "12",
    "Mecklenburg-Vorpommern": "13",
    "Sachsen": "14",
    "Sachsen-Anhalt": "15",
    "Thüringen": "16",
    # The Länder as the English download and Destatis' English publications name them (Bavaria …);
    # the spellings of other English sources beside them (Baden-Wuerttemberg, Mecklenburg-West Pomerania).
    "Bavaria": "09",
    "Hesse": "06",
    "Lower Saxony": "03",
    "North Rhine-Westphalia": "05",
    "Rhineland-Palatinate": "07",
    "Saxony": "14",
    "Saxony-Anhalt": "15",
    "Thuringia": "16",
    "Mecklenburg-Western Pomerania": "13",
    "Mecklenburg-West Pomerania": "13",
    "Baden-Wuerttemberg": "08",
}
_REGION_WORDS = frozenset({"bundesländer", "länder", "kreise", *(n.casefold() for n in REGION_BY_NAME)})


def title_dimensions(title_parts: list[str]) -> list[str]:
    """The dimensions a GENESIS-Online title lists after its colon, without the region.

    ``Personal an Hochschulen: Deutschland, Jahre,`` / ``Personalgruppen nach
    Beschäftigungsverhältnis, Geschlecht`` → ``["Jahre", "Personalgruppen
    nach Beschäftigungsverhältnis", "Geschlecht"]``: the list starts after
    the first colon of the title and runs on while a line ends with a comma
    (or the colon ends its line), or the next line goes on with a small
    letter (``…, Aufgabenbereiche`` / ``der öffentlichen Haushalte``).
    """
    at = next((i for i, part in enumerate(title_parts[:3]) if ":" in part), None)
    if at is None:
        return []
    text = title_parts[at].split(":", 1)[1].strip()
    for part in title_parts[at + 1 :]:
        if text and not text.endswith(",") and not part.strip()[:1].islower():
            break
        text = f"{text} {part.strip()}".strip()
    names = [name.strip() for name in text.split(",") if name.strip()]
    return [n for n in names if n.casefold() not in _REGION_WORDS]


_BY_RE = re.compile(r"\bnach (.+)")


def title_by_dimensions(title_parts: list[str]) -> list[str]:
    """The dimensions a Regionaldatenbank title lists after „nach“, up to „ - “.

    ``Studierende nach Geschlecht, Nationalität und`` / ``Fächergruppen -
    regionale Ebenen`` → ``["Geschlecht", "Nationalität", "Fächergruppen"]``: a
    line that ends with „und“ or a comma goes on in the next.
    """
    for at, part in enumerate(title_parts[:3]):
        m = _BY_RE.search(part)
        if not m:
            continue
        text = m.group(1).strip()
        for following in title_parts[at + 1 : at + 3]:
            if not (text.endswith((",", " und")) or text == "und"):
                break
            text = f"{text} {following.strip()}"
        text = text.split(" - ", 1)[0].rstrip(" -")
        names = [n.strip() for n in re.split(r",\s*|\s+und\s+", text) if n.strip()]
        if all(n[:1].isupper() and not any(c.isdigit() for c in n) for n in names):
            return names
        return []
    return []


def _is_time_name_line(cells: list[str]) -> bool:
    filled = [c.strip().casefold() for c in cells if c.strip()]
    return bool(filled) and all(c in TIME_WORDS for c in filled)


def _is_period_line(cells: list[str]) -> bool:
    filled = [c for c in cells if c.strip()]
    return bool(filled) and all(parse_period(c) is not None for c in filled)


def _is_dimension_value_line(cells: list[str]) -> bool:
    """A total and otherwise values whose dimension is known (so the line names no variable).

    A vocational qualification counts, and a category for the unknown after a known one
    (``Ausbildung unbekannt``, see :func:`unknown_joins`).
    """
    filled = [(i, c.strip()) for i, c in enumerate(cells) if c.strip()]
    if not any(c.casefold() in TOTAL_VALUES for _i, c in filled):
        return False  # a variable name may look like a value ("… nach dem Abschluss"); a total never is one
    known = None
    qualifications = qualification_dimensions(cells)  # degrees („Promotion“) beside vocational ones
    for i, cell in filled:
        name = (
            infer_dimension(german_value(cell))
            or qualifications.get(i)
            or ("Berufsabschluss" if is_qualification(cell) else None)
        )
        if name:
            known = name
        elif cell.casefold() not in TOTAL_VALUES and not unknown_joins(cell, known):
            return False
    return known is not None


def _split_header(
    header,
    value_start: int,
    title_parts: list[str],
    titled: frozenset[str] | None = None,
    first_line=None,
    given_measure: tuple[str, str] | None = None,
):
    """``(label_lines, unit_line, period_line, title_measure)`` of the header block.

    A line of periods (``31.12.2015``) gives each column its period (tables
    without a period column). When no header line names a variable (all
    cells are totals or known dimension values), the measure comes from the
    title (``Bevölkerungsstand (Anzahl)``).
    """
    lines = list(header)
    period_line = None
    online = titled is not None  # a GENESIS-Online table (Regionaldatenbank headers are read as before)
    for index, (_line_no, cells) in enumerate(lines):
        if _is_period_line(cells[value_start:]):
            period_line = lines.pop(index)[1]
            if index and _is_time_name_line(lines[index - 1][1][value_start:]):
                lines.pop(index - 1)  # "Stichtag;Stichtag;…" / ";;;;Jahr" above the dates names them
            break
    unit_line = None
    if len(lines) >= 2 and is_unit_line(lines[-1][1][value_start:]):
        unit_line = lines.pop()[1]
    if given_measure:  # the rows name the variable: every line left describes a dimension
        return lines, unit_line, period_line, given_measure
    measure = measure_from_title(title_parts)
    first = lines[0][1][value_start:] if lines else None
    named = online and first is not None and _is_names_line(first, titled)  # "Kulturbereiche;…" names categories
    if measure and (first is None or _is_dimension_value_line(first) or named):
        return lines, unit_line, period_line, measure
    if named and unit_line and len(lines) >= 3:
        # GENESIS-Online: the dimensions (a line naming one above its values) first, the variable above its unit
        return [lines[-1], *lines[:-1]], unit_line, period_line, None
    if not lines:
        raise ParseError("Die Kopfzeilen nennen kein Merkmal.", line=header[0][0] if header else first_line)
    return lines, unit_line, period_line, None


def _names_the_line_below(cells: list[str], below: list[str]) -> bool:
    """One text over every column, above several categories: the name of their dimension.

    ``Art der Jugendhilfeeinrichtung`` over ``Insgesamt;Jugendarbeit;…``
    (22542-01-02-4). Not a total, a unit or a category of a known dimension
    (``weiblich`` over age groups is a breakdown of its own).
    """
    filled = {c.strip() for c in cells if c.strip()}
    categories = {c.strip() for c in below if c.strip()}
    if len(filled) != 1 or len(categories) < 2:
        return False
    if any(infer_dimension(german_value(c)) for c in categories if c.casefold() not in TOTAL_VALUES):
        return False  # "am Arbeitsort" over "weiblich;Ausländer": a qualifier over known dimensions
    (text,) = filled
    return text.casefold() not in TOTAL_VALUES and not is_unit(text) and infer_dimension(german_value(text)) is None


def _plan_dimensions(dim_lines, titled: frozenset[str] | None) -> list[tuple[list[str] | None, list[str], int]]:
    """``(names line or None, values line, position)`` for every dimension line."""
    plan: list[tuple[list[str] | None, list[str], int]] = []
    i = 0
    position = 0
    while i < len(dim_lines):
        position += 1
        cells = dim_lines[i][1]
        below = dim_lines[i + 1][1] if i + 1 < len(dim_lines) else None
        if below is not None and (_is_names_line(cells, titled) or _names_the_line_below(cells, below)):
            plan.append((cells, dim_lines[i + 1][1], position))
            i += 2
        else:
            plan.append((None, cells, position))
            i += 1
    return plan


def column_descriptions(
    header: list[tuple[int, list[str]]],
    value_start: int,
    width: int,
    title_parts: list[str],
    *,
    titled_names: bool = False,
    regions: list | None = None,
    header_line: int | None = None,
    measure: tuple[str, str] | None = None,
) -> list[tuple[str, str, tuple[tuple[str, str], ...], str | None]]:
    """Turn the header lines into ``(variable, unit, breakdown, period or None)`` per value column.

    ``titled_names``: the dimensions the title lists name header lines too
    (GENESIS-Online: ``Kulturbereiche;Kulturbereiche;…`` above the categories).
    ``regions``: the region of each column where the Länder are the columns (then
    columns differ by region alone, and the header may be empty: the title names
    the measure); ``header_line`` is the first line of the header for messages.
    ``measure``: ``(variable, unit)`` of every column where the rows name them;
    every header line then describes a dimension.
    """
    first_line = header[0][0] if header else header_line
    titled = frozenset(n.casefold() for n in title_dimensions(title_parts)) if titled_names else None
    label_lines, unit_line, period_line, measure = _split_header(
        header, value_start, title_parts, titled, first_line, measure
    )
    title_unit = german_unit(measure[1] if measure else unit_from_title(title_parts))
    unit_line = unit_line or [title_unit] * width
    if measure:
        top_line_no, top, dim_lines = first_line, [measure[0]] * width, label_lines
    else:
        (top_line_no, top), dim_lines = label_lines[0], label_lines[1:]
    plan = _plan_dimensions(dim_lines, titled)
    plan, top = _qualifiers_into_variables(plan, top, value_start, width)
    plan, top = _one_unit_per_variable(plan, top, unit_line, value_start, width)
    descriptions = []
    seen: dict[tuple, int] = {}
    inferred_before: dict[int, str | None] = {}  # per header line: the dimension of the column before
    qualifications = {position: qualification_dimensions(values) for _n, values, position in plan}
    for col in range(value_start, width):
        variable = top[col].strip()
        if not variable:
            raise ParseError("Die Spaltenüberschrift (Merkmal) fehlt.", line=top_line_no, column=col + 1)
        pairs: dict[str, str] = {}
        for names, values, position in plan:
            value = values[col].strip()
            if not value or value.casefold() in TOTAL_VALUES:
                continue
            value = german_value(value)
            name = None
            if names is not None:
                raw_name = names[col].strip()
                name = DIMENSION_NAMES.get(raw_name.casefold(), raw_name) if raw_name else None
            name = name or qualifications[position].get(col) or infer_dimension(value)
            if name is None and unknown_joins(value, inferred_before.get(position)):  # "Ausbildung unbekannt"
                name = inferred_before.get(position)
            inferred_before[position] = name
            name = name or f"Merkmal {position}"
            if name in pairs:
                name = f"{name} ({position})"
            pairs[name] = value
        breakdown = tuple(sorted(pairs.items()))
        period = parse_period(period_line[col]) if period_line else None
        key = (variable, breakdown, period, regions[col] if regions else None)
        if key in seen:
            raise ParseError(
                f"Die Spalten {seen[key]} und {col + 1} haben dieselbe Beschreibung "
                f"(„{variable}“{_breakdown_text(breakdown)}).",
                line=first_line,
                column=col + 1,
            )
        seen[key] = col + 1
        descriptions.append((variable, german_unit(unit_line[col].strip()), breakdown, period))
    return descriptions


def _qualifiers_into_variables(plan, top: list[str], value_start: int, width: int):
    """A label line that only qualifies each variable is part of its name, not a breakdown.

    Real 31121-01-02-4: ``Gebäude`` / ``(nach Anzahl der Wohnungen)`` and
    ``Wohnungen`` / ``in Wohngebäuden`` above the categories ``Insgesamt``,
    ``1 Wohnung`` …: the second line is the same in every column of its
    variable, never a total and no known dimension value. Such a line (when
    there are several variables) becomes part of the variable's name.
    """
    variables = {top[col].strip() for col in range(value_start, width)}
    if len(variables) < 2:
        return plan, top
    kept, top = [], list(top)
    for entry in plan:
        names, values, _position = entry
        by_variable: dict[str, set[str]] = {}
        for col in range(value_start, width):
            by_variable.setdefault(top[col].strip(), set()).add(values[col].strip())
        qualifies = (
            names is None
            and all(len(found) == 1 for found in by_variable.values())
            and any(v for found in by_variable.values() for v in found)
            and not any(
                v.casefold() in TOTAL_VALUES or infer_dimension(german_value(v))
                for found in by_variable.values()
                for v in found
                if v
            )
        )
        if not qualifies:
            kept.append(entry)
            continue
        for col in range(value_start, width):
            if values[col].strip():
                top[col] = f"{top[col].strip()} {values[col].strip()}"
    return kept, top


def _one_unit_per_variable(plan, top: list[str], unit_line: list[str], value_start: int, width: int):
    """A variable has one unit: a top line over columns of different units is qualified by the line that parts them.

    The first label line under which every (top, label) group has one unit,
    naming no total and no category of a known dimension, becomes part of the
    variable: ``SvB`` over ``Bestand`` (Anzahl) and ``Veränderung zum Vorjahr``
    (Prozent) gives ``SvB Bestand`` and ``SvB Veränderung zum Vorjahr``. A top
    line naming the statistic is dropped: IT.NRW 12411-15i ``Fortschreibung des
    Bevölkerungsstandes`` over ``Bevölkerungsstand`` (Anzahl) and
    ``Bevölkerungsdichte`` (EW pro qkm) gives those two.
    """
    columns = range(value_start, width)
    units: dict[str, set[str]] = {}
    for col in columns:
        units.setdefault(top[col].strip(), set()).add(unit_line[col].strip())
    if all(len(found) == 1 for found in units.values()):
        return plan, top
    for index, (names, values, _position) in enumerate(plan):
        labels = [values[col].strip() for col in columns]
        if names is not None or not all(labels):
            continue
        if any(v.casefold() in TOTAL_VALUES or infer_dimension(german_value(v)) for v in labels):
            continue
        groups: dict[tuple[str, str], set[str]] = {}
        for col in columns:
            groups.setdefault((top[col].strip(), values[col].strip()), set()).add(unit_line[col].strip())
        if all(len(found) == 1 for found in groups.values()):
            named = [
                label if _STATISTIC_RE.search(top[col]) else f"{top[col].strip()} {label}"
                for col, label in zip(columns, labels, strict=True)
            ]
            return plan[:index] + plan[index + 1 :], [*top[:value_start], *named, *top[width:]]
    return plan, top


#: The name of a statistic above its variables (``Fortschreibung des Bevölkerungsstandes``,
#: ``Flächenerhebung nach Art der tatsächlichen Nutzung``): dropped from the variable's name.
_STATISTIC_RE = re.compile(r"statistik|fortschreibung|erhebung|zählung|gesamtrechnung|berichterstattung", re.I)


def _breakdown_text(breakdown: tuple[tuple[str, str], ...]) -> str:
    return "".join(f", {name} {value}" for name, value in breakdown)

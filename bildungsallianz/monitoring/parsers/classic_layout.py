"""Which leading columns of a classic CSV name the period and the region.

Regionaldatenbank tables (codes ``NNNNN-NN-NN-4``) start every data row with
``period;key;name`` or, when the period stands in the header, ``key;name``.
Tables of GENESIS-Online of the Statistisches Bundesamt (codes
``NNNNN-NNNN``) have no region key:

* the Länder are rows by their names (``Baden-Württemberg;10569111;…``,
  ``Insgesamt`` for Germany as a whole), e.g. 12411-0010;
* a national table names its region in the title block (a line
  ``Deutschland``, or a title ``Bevölkerung: Deutschland, Stichtag``) and its
  rows start with labels (21341-0001) or with the period (12411-0001);
* the Länder are columns: a header line names them (``;;Baden-Württemberg;Bayern;…``,
  often under a line ``Bundesländer;Bundesländer;…``) and every value column
  belongs to its Land, e.g. 12411-0012 (:func:`columns_layout`, :func:`regions_of_columns`).

:func:`lead_layout` tells these apart from the first data row. Where a file
fits none of them, it falls back to ``period;key;name``, whose errors name
the cell that does not fit.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .base import (
    SPECIAL_VALUES,
    ParseError,
    is_region_key,
    pad_region_key,
    parse_german_number,
    parse_period,
    period_error,
    region_key_error,
)
from .classic_header import REGION_BY_NAME, TIME_WORDS, TOTAL_VALUES, is_unit, title_dimensions
from .sections import ECONOMIC_SECTIONS, is_grouping_code, is_unassigned, section_code, with_sections

#: A row of Länder by name with this label is Germany as a whole.
GERMANY_TOTALS = frozenset({"insgesamt", "deutschland", "total", "germany"})  # and the English download's

PERIOD, KEY, NAME, MONTH = "period", "key", "name", "month"
#: A label column among the leading columns (``2014;Länder;Baden-Württemberg;…`` of 21711-0010).
LABEL = "label"
#: Month names in rows ``1950;Januar;…`` (German and English download) → the month of the period.
MONTHS = {
    name.casefold(): number
    for number, names in enumerate(
        (
            ("Januar", "Jänner", "January"),
            ("Februar", "February"),
            ("März", "March"),
            ("April",),
            ("Mai", "May"),
            ("Juni", "June"),
            ("Juli", "July"),
            ("August",),
            ("September",),
            ("Oktober", "October"),
            ("November",),
            ("Dezember", "December"),
        ),
        start=1,
    )
    for name in names
}
#: A region name below the Länder (``Düsseldorf, Regierungsbezirk``, ``Kleve, Kreis``, ``Pirmasens, kreisfreie Stadt``).
_BELOW_LAND_RE = re.compile(
    r",\s*(?:Regierungsbezirk|Reg\.-Bez\.|Landkreis|Kreis|kreisfreie Stadt|krfr\. Stadt|Stadt)|"
    r"\b(?:Regierungsbezirk|Landkreis)\b",
    re.I,
)
_REGIONAL_DEPTH_RE = re.compile(r"regionale Tiefe|regional depth", re.I)
_TITLE_REGION_RE = re.compile(r":\s*(" + "|".join(re.escape(n) for n in REGION_BY_NAME) + r")\s*(?:,|\Z)")


class Layout(NamedTuple):
    """The roles of the leading columns; ``region`` (key, name) when no column names it.

    ``regions_in_columns``: the Länder are the value columns (the rows name none).
    """

    roles: tuple[str, ...]
    region: tuple[str, str] | None = None
    regions_in_columns: bool = False

    @property
    def lead(self) -> int:
        """The number of leading columns (labels and values follow)."""
        return len(self.roles)

    def label_columns(self, value_start: int) -> tuple[int, ...]:
        """The label columns: those among the leading columns, then those between them and the values."""
        return tuple(i for i, role in enumerate(self.roles) if role == LABEL) + tuple(range(self.lead, value_start))


REGIONALDATENBANK = Layout((PERIOD, KEY, NAME))


def land_of(name: str) -> tuple[str, str] | None:
    """``(key, name)`` of a Land named in a row (``Insgesamt`` and ``Deutschland`` are Germany)."""
    name = name.strip()
    if name.casefold() in GERMANY_TOTALS:
        return ("DG", "Deutschland")
    key = REGION_BY_NAME.get(name)
    return (key, name) if key else None


def title_region(title_parts: list[str]) -> tuple[str, str] | None:
    """The region a GENESIS-Online title block names: a line ``Deutschland`` (or a Land), else ``…: Deutschland, …``.

    ``None`` for a Regionaldatenbank title (``regionale Tiefe: Kreise …``): its rows carry keys.
    """
    if any(_REGIONAL_DEPTH_RE.search(part) for part in title_parts):
        return None
    for part in title_parts:
        key = REGION_BY_NAME.get(part.strip())
        if key:
            return (key, "Deutschland" if key == "DG" else part.strip())
    for part in title_parts:
        match = _TITLE_REGION_RE.search(part)
        if match:
            key = REGION_BY_NAME[match.group(1)]
            return (key, "Deutschland" if key == "DG" else match.group(1))
    return None


def laender_in_columns(header, data, header_start: int) -> int | None:
    """The line of a header that names two or more Länder (a table with the Länder as columns), else ``None``.

    ``None`` as well when the rows carry region keys (a Regionaldatenbank table).
    """
    first = data[0][1][0].strip() if data and data[0][1] else ""
    if (parse_period(first) is None and is_region_key(first)) or _keyed(data, header_start):
        return None
    for line_no, cells in header:
        if sum(1 for c in cells if REGION_BY_NAME.get(c.strip(), "DG") != "DG") >= 2:
            return line_no
    return None


def names_only_germany(layout: Layout, data) -> bool:
    """Every row's region name is ``Insgesamt``/``Deutschland``: a label column of totals, not the region.

    With a header line naming the Länder, they are the columns (12411-0012 with
    only the total age group selected).
    """
    if NAME not in layout.roles or KEY in layout.roles:
        return False
    at = layout.roles.index(NAME)
    return all(len(row) > at and row[at].strip().casefold() in GERMANY_TOTALS for _line, row in data)


LAENDER_IN_COLUMNS = (
    "In dieser Tabelle stehen die Länder in den Spalten, und weder die Kopfzeilen noch der Titel nennen das "
    "Merkmal der Werte (z. B. „Bevölkerungsstand (Anzahl)“). Bitte stellen Sie die Tabelle in GENESIS vor dem "
    "Herunterladen so um, dass die Länder in den Zeilen stehen (eine Zeile je Land)."
)

#: The line above the Länder names that only names them (``Bundesländer;Bundesländer;…``).
_REGION_DIMENSION_NAMES = frozenset({"bundesländer", "länder", "bundesland", "land", "federal states", "länder (16)"})


def columns_layout(data) -> Layout:
    """The leading columns of a table with the Länder as columns: the period first (where the rows give it)."""
    first = data[0][1][0].strip() if data and data[0][1] else ""
    if _monthly(data):
        return Layout((PERIOD, MONTH), ("", ""), regions_in_columns=True)
    roles = (PERIOD,) if parse_period(first) is not None else ()
    return Layout(roles, ("", ""), regions_in_columns=True)


def regions_of_columns(header, line_no: int, value_start: int) -> tuple[list, list[tuple[str, str] | None]]:
    """The header without the line of Länder names (and the line naming them), and the region of every column.

    Every value column must name a Land (``Insgesamt``/``Deutschland``: Germany, DG);
    an aggregate such as „Neue Länder“ is refused with its column.
    """
    at = next(index for index, (number, _cells) in enumerate(header) if number == line_no)
    cells = header[at][1]
    regions: list[tuple[str, str] | None] = [None] * len(cells)
    for column in range(value_start, len(cells)):
        land = land_of(cells[column])
        if land is None and not cells[column].strip():
            raise ParseError(
                "Über dieser Wertspalte fehlt in der Zeile der Länder das Land.", line=line_no, column=column + 1
            )
        if land is None:
            raise ParseError(
                f"„{cells[column].strip()[:60]}“ ist weder ein Land noch „Insgesamt“/„Deutschland“: In einer Tabelle "
                "mit den Ländern in den Spalten braucht jede Wertspalte ein Land (Zusammenfassungen wie „Neue Länder“ "
                "bitte in GENESIS vor dem Herunterladen abwählen).",
                line=line_no,
                column=column + 1,
            )
        regions[column] = land
    drop = {at}
    if at and {c.strip().casefold() for c in header[at - 1][1][value_start:]} <= _REGION_DIMENSION_NAMES:
        drop.add(at - 1)
    return [line for index, line in enumerate(header) if index not in drop], regions


def _is_name_cell(cell: str) -> bool:
    """A region name is text: a number (``36344``) or a special value (``-``) in its place is a value."""
    stripped = cell.strip()
    return bool(stripped) and stripped not in SPECIAL_VALUES and parse_german_number(stripped) is None


def _keyed(data, header_start: int) -> bool:
    """Whether rows ``period;key;name;…`` carry region keys.

    The header says where the values begin: a Regionaldatenbank header leaves
    period, key and name empty (``;;;Insgesamt``), a national table's header
    starts right after the period (``;Bevölkerungsstand``), whatever digits
    stand in the second column (``1991;80274564;-``).
    """
    return header_start >= 3 and any(len(row) > 2 and is_region_key(row[1].strip()) for _line, row in data)


def _monthly(data) -> bool:
    """Every row is ``year;month name;…`` (a monthly table of GENESIS-Online)."""
    return all(
        len(row) > 2 and len(row[0].strip()) == 4 and row[0].strip().isdigit() and row[1].strip().casefold() in MONTHS
        for _line, row in data
    )


def _land_column(data, header_start: int) -> int | None:
    """The column after the period that names the Länder (label columns may stand between), else ``None``.

    The first column in which every row names a Land (or Germany); else the
    first in which the first row names a Land, so that a row naming an
    aggregate („Neue Länder“) is refused with its line. The values start later.
    """
    columns = range(1, min(header_start, len(data[0][1])))
    for column in columns:
        if all(len(row) > column and land_of(row[column]) for _line, row in data):
            return column
    first = data[0][1]  # "2014;Insgesamt;…" first: the column after the period, as before
    return next(
        (c for c in columns if land_of(first[c]) and (c == 1 or first[c].strip().casefold() not in GERMANY_TOTALS)),
        None,
    )


def lead_layout(data, title_parts: list[str], header_start: int) -> Layout:
    """The layout of the leading columns, from the first data row, the title and where the header starts.

    ``header_start``: the first column that any header line fills (the values start there or later).
    """
    if not data or not data[0][1]:
        return REGIONALDATENBANK
    cells = data[0][1]
    first = cells[0].strip()
    if parse_period(first) is None and is_region_key(first):
        return Layout((KEY, NAME))
    region = title_region(title_parts)
    if parse_period(first) is not None:
        at = None if _keyed(data, header_start) else _land_column(data, header_start)
        if at:  # "2014;Baden-Württemberg;…" (21621-0003), "2014;Länder;Baden-Württemberg;…" (21711-0010)
            return Layout((PERIOD, *[LABEL] * (at - 1), NAME))
        if not region or _keyed(data, header_start):
            return REGIONALDATENBANK
        if _monthly(data):
            return Layout((PERIOD, MONTH), region)  # "1950;Januar;…": monthly values, period 1950-01
        return Layout((PERIOD,), region)
    if land_of(first):
        return Layout((NAME,))  # "Baden-Württemberg;10569111;…" (12411-0010); every row must name a Land
    return Layout((), region) if region else REGIONALDATENBANK


def row_start(cells: list[str], line_no: int, layout: Layout) -> tuple[str | None, str, str]:
    """Period (``None`` where the header gives it), region key and region name of a data row."""
    roles = layout.roles
    period = None
    if roles and roles[0] == PERIOD:
        period = parse_period(cells[0])
        if period is None:
            raise ParseError(period_error(cells[0]), line=line_no, column=1)
        if MONTH in roles:  # lead_layout checked: a year, and a month name in every row
            period = f"{period}-{MONTHS[cells[1].strip().casefold()]:02d}"
    if KEY in roles:
        at = roles.index(KEY)
        region_key = pad_region_key(cells[at].strip())  # "7317": saved in Excel, the zero lost
        if not is_region_key(region_key):
            raise ParseError(region_key_error(region_key), line=line_no, column=at + 1)
        region_name = cells[at + 1].strip()
        if not region_name:
            raise ParseError("Der Name der Region fehlt.", line=line_no, column=at + 2)
        if not _is_name_cell(region_name):
            raise ParseError(
                f"„{region_name[:40]}“ ist ein Wert und kein Name einer Region: Die Zeilen haben offenbar keine "
                "Spalten mit Regionalschlüssel und Namen. Eine Tabelle ohne Regionalschlüssel braucht die Region "
                "im Titel (eine Zeile „Deutschland“) oder die Länder mit Namen in einer eigenen Spalte.",
                line=line_no,
                column=at + 2,
            )
        return period, region_key, region_name
    if NAME in roles:
        at = roles.index(NAME)
        land = land_of(cells[at])
        if land is None and _BELOW_LAND_RE.search(cells[at]):
            raise ParseError(
                f"„{cells[at].strip()[:60]}“ ist kein Land: Regionen unterhalb der Länder (Regierungsbezirke, Kreise, "
                "Gemeinden) lassen sich nur über ihren Regionalschlüssel zuordnen. Bitte laden Sie die Tabelle so "
                "herunter, dass jede Zeile den Regionalschlüssel vor dem Namen trägt.",
                line=line_no,
                column=at + 1,
            )
        if land is None:
            raise ParseError(
                f"„{cells[at].strip()[:60]}“ ist weder ein Land noch „Insgesamt“/„Deutschland“ und hat keinen "
                "Regionalschlüssel (z. B. „Früheres Bundesgebiet“, „Neue Länder“). Bitte wählen Sie solche "
                "Zusammenfassungen in GENESIS vor dem Herunterladen ab oder löschen Sie die Zeile.",
                line=line_no,
                column=at + 1,
            )
        return period, land[0], land[1]
    assert layout.region is not None
    return period, layout.region[0], layout.region[1]


def label_names_from_title(title_parts: list[str], used: set[str], count: int) -> list[str]:
    """Names for ``count`` label columns from the dimensions a GENESIS-Online title lists, or ``[]``.

    The dimensions the header already names (``Geschlecht`` above its
    values) are left out; the period is one of the time dimensions
    (``Jahre``) unless the remaining names fit the label columns without
    dropping it. Nothing is guessed:
    when the numbers do not match, the names are inferred from the values.
    """
    names = [n for n in title_dimensions(title_parts) if n not in used]
    if len(names) == count:
        return names
    time_at = next((i for i, n in enumerate(names) if n.casefold() in TIME_WORDS), None)
    if time_at is not None:
        del names[time_at]
    return names if len(names) == count else []


#: Names of the label columns that give each row its variable and unit (see :func:`measure_columns`).
ROW_VARIABLE, ROW_UNIT = "Merkmal", "Einheit"


def measure_columns(data, label_cols: tuple[int, ...], title_parts: list[str]) -> dict[int, str]:
    """The label columns naming each row's variable and unit, ``{column: ROW_VARIABLE or ROW_UNIT}``, or ``{}``.

    GENESIS-Online can put the variable into the rows (13211-0009:
    ``2013;Arbeitslose;männlich;Anzahl;…``): one column holds only units, another
    only names the title gives before its colon (``Arbeitslose: Bundesländer,
    Jahre, Geschlecht``).
    """
    head = title_parts[0].split(":", 1)[0].strip() if title_parts and ":" in title_parts[0] else ""
    if not head or not data:
        return {}
    values = {col: {cells[col].strip() if col < len(cells) else "" for _line, cells in data} for col in label_cols}
    unit = next((col for col in label_cols if all(v and is_unit(v) for v in values[col])), None)
    variable = next(
        (
            col
            for col in label_cols
            if col != unit and all(len(v) > 2 and v in head and v.casefold() not in TOTAL_VALUES for v in values[col])
        ),
        None,
    )
    if unit is None or variable is None:
        return {}
    return {variable: ROW_VARIABLE, unit: ROW_UNIT}


def _is_code_column(data, col: int) -> bool:
    """Codes of WZ sections in ``col``, one to one with the labels in ``col + 1``.

    A total or a row of no section may have another code or none; at least one
    code must be one only the WZ uses (a range, a list or ``WZ08-``), since a
    column of single letters may code anything (``D``/``A`` beside Deutsche/Ausländer).
    """
    labels: dict[str, str] = {}
    codes: dict[str, str] = {}
    grouping = False
    for _line, cells in data:
        code, label = cells[col].strip(), cells[col + 1].strip()
        if label.casefold() in TOTAL_VALUES:
            continue
        if not section_code(code):
            if is_unassigned(label):  # a row of no section may stand without a code
                continue
            return False
        if labels.setdefault(code, label) != label or codes.setdefault(label, code) != code:
            return False
        grouping = grouping or is_grouping_code(code)
    return grouping


#: A key of a classification beside its label (``111``, ``GS01``, ``ALT000B03``): no small letters.
_KEY_RE = re.compile(r"[0-9A-Z][0-9A-Z.\-]{0,11}")
#: The total of a keyed classification (``999;Summe aller Produktgruppen``).
_SUM_OF_ALL_RE = re.compile(r"summe aller ", re.I)


def _is_key_column(data, col: int) -> bool:
    """Keys in ``col``, one to one with text labels in ``col + 1`` (a table downloaded with its keys).

    A GENESIS table assembled with keys shown (``Temporär``) gives a
    classification twice, ``111`` and ``Verwaltungssteuerung und Service``:
    one dimension, not two.
    """
    labels: dict[str, str] = {}
    codes: dict[str, str] = {}
    for _line, cells in data:
        code, label = cells[col].strip(), cells[col + 1].strip()
        if not code and (label.casefold() in TOTAL_VALUES or _SUM_OF_ALL_RE.match(label)):
            continue  # the total may stand without a key
        if not _KEY_RE.fullmatch(code) or label == label.upper():  # a label has small letters
            return False
        if labels.setdefault(code, label) != label or codes.setdefault(label, code) != code:
            return False
    return len(labels) >= 2


def merge_code_columns(data, label_cols: tuple[int, ...]) -> tuple[tuple[int, ...], dict[int, str]]:
    """A column of codes and the label column after it as one dimension.

    IT.NRW's 13111-54i gives each row its economic sections twice: ``B-F`` and
    ``Produzierendes Gewerbe``. Read apart, they would be two dimensions of one
    breakdown; read together, every label carries its code (``Produzierendes
    Gewerbe (B-F)``), by which the sections nest (:mod:`.sections`). Other keys
    (:func:`_is_key_column`) are dropped: the label alone joins the download
    without keys, and ``Summe aller …`` is the total.
    Returns the label columns without the code columns, and ``{label column: dimension name}``;
    the label cells of ``data`` are rewritten in place (totals and rows of no section stay as they are).
    """
    merged: dict[int, str] = {}
    codes: set[int] = set()
    for code_col, label_col in zip(label_cols, label_cols[1:], strict=False):
        if label_col != code_col + 1 or code_col in codes or label_col in codes:
            continue
        if _is_code_column(data, code_col):
            merged[label_col] = ECONOMIC_SECTIONS
            for _line, cells in data:
                label = cells[label_col].strip()
                if label.casefold() not in TOTAL_VALUES:
                    cells[label_col] = with_sections(label, cells[code_col])
        elif _is_key_column(data, code_col):
            for _line, cells in data:
                if _SUM_OF_ALL_RE.match(cells[label_col].strip()):
                    cells[label_col] = "Insgesamt"
        else:
            continue
        codes.add(code_col)
    return tuple(col for col in label_cols if col not in codes), merged


def layout_note(layout: Layout) -> str | None:
    """What the preview should say about a table without region keys (GENESIS-Online)."""
    if layout.regions_in_columns:
        return (
            "Die Länder stehen in dieser Tabelle in den Spalten; jede Wertspalte wurde dem Schlüssel ihres Landes "
            "zugeordnet, „Insgesamt“ bzw. „Deutschland“ als Deutschland (DG)."
        )
    if NAME in layout.roles and KEY not in layout.roles:
        return (
            "Die Länder stehen in dieser Tabelle mit ihrem Namen statt mit Regionalschlüssel; sie wurden den "
            "Schlüsseln zugeordnet, „Insgesamt“ bzw. „Deutschland“ als Deutschland (DG)."
        )
    if layout.region is not None:
        return f"Die Tabelle hat keine Spalte für die Region: Alle Werte gelten für {layout.region[1]} (laut Titel)."
    return None

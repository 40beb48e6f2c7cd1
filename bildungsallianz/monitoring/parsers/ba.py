"""CSV exports of the Statistik der Bundesagentur für Arbeit (BA).

The BA's interactive statistics (the Migrationsmonitor and other dashboards
on statistik.arbeitsagentur.de) export one selection as a small CSV, every
cell quoted, Windows-1252 or UTF-8::

    "Region";"Deutschland";"Regionsschlüssel:";"d"
    "Gebietsstand";"April 2025"
    "Berichtsjahr";"2015"
    "Datenstand";"April 2025"
    "Indikator";"Arbeitslose"
    "StaatsangehörigkeitEs werden Grafiken und Daten nur zu …";"Insgesamt"
    ""
    "Hinweise:";"Bei den dargestellten Werten handelt es sich um Jahresdurchschnitte. "
    ""
    "Merkmal ";"Arbeitslose ";"Anteil an Insgesamt in % "
    "Ohne abgeschlossene Berufsausbildung";"1.293.852";"46"
    …
    ""
    "Exportdatum: ";"21.05.2025";"17:47:56"
    "© Statistik der Bundesagentur für Arbeit"
    "Die Produkte unterliegen dem Urheberrecht …"

Read as:

* **region** from ``Regionsschlüssel`` (``d`` is Deutschland → ``DG``; a Land,
  Kreis or Gemeinde by its official key). A BA key that is no official key
  (an Agentur für Arbeit, a Jobcenter by its own number) is refused.
* **period** from ``Berichtsjahr`` (``2015``) or ``Berichtsmonat`` (``Mai 2025``).
* **variable** from ``Indikator``, not from the column header: the header of the
  count column changes between vintages (``Arbeitslose`` 2015, ``JD Arbeitslose``
  2023), the indicator does not, so series join. A share column (``… in %``)
  is the same indicator in ``%`` (:func:`.base.variable_per_unit`).
* **breakdown**: the selection lines between the metadata (``Staatsangehörigkeit``
  ``Ausländer``; ``Insgesamt`` is the total and left out) and the first column of
  the table, whose header is only ``Merkmal``: its name is inferred from its
  categories (age groups → ``Altersgruppe``, vocational qualifications →
  ``Berufsabschluss``).
* numbers with thousands points (``1.293.852``) and decimal commas; ``*``
  (withheld for confidentiality) is the official ``.``, ``-`` nichts vorhanden.
* ``Datenstand`` is the Stand; ``Gebietsstand``, ``Hinweise`` and the
  explanation glued to a selection's name are footnotes; ``©`` the copyright.

The export names no table code: the import asks for a source (and suggests one).
"""

from __future__ import annotations

import re

from ..special_values import LENIENT_SPELLINGS
from .base import (
    ParsedTable,
    ParseError,
    csv_rows,
    is_region_key,
    number_error,
    pad_region_key,
    parse_german_number,
    parse_period,
    row_width_error,
    variable_per_unit,
)
from .categories import TOTAL_VALUES, is_qualification, label_dimension_name
from .classic_layout import MONTHS
from .collector import ObservationCollector
from .limits import DEFAULT_LIMITS, Limits, too_many_rows

FORMAT = "ba-csv"
PUBLISHER = "Statistik der Bundesagentur für Arbeit"

#: ``"Region";"Deutschland";"Regionsschlüssel:";"d"`` (the colon: a plain CSV may have a column „Regionsschlüssel“)
_FIRST_LINE_RE = re.compile(r'\ufeff?"?Region"?;"?[^;]*"?;"?Regionsschl(?:ü|ue)ssel:', re.I)
_THOUSANDS_RE = re.compile(r"-?\d{1,3}(?:\.\d{3})+(?:,\d+)?")
#: A selection's name with the BA's explanation glued to it: "StaatsangehörigkeitEs werden …"
_GLUED_RE = re.compile(r"^(.*?[a-zäöüß])([A-ZÄÖÜ][a-zäöüß]+ .*)$", re.S)
_MONTH_RE = re.compile(r"([A-Za-zäÄ]+)\s+((?:19|20)\d\d)")
_MM_YYYY_RE = re.compile(r"(\d{1,2})[./](\d{4})")
_FOOTER_START = ("Exportdatum", "©")
#: Head lines that are notes, not a selection (``Hinweise:`` and its variants).
_NOTE_KEYS = ("hinweis", "anmerkung", "fußnote", "fussnote", "quelle", "erläuterung")


def looks_like_ba(first_line: str) -> bool:
    """Whether the first line is the BA export's ``"Region";…;"Regionsschlüssel:";…``."""
    return bool(_FIRST_LINE_RE.match(first_line))


def ba_number(cell: str):
    """``1.293.852`` → 1293852, ``12,5`` → 12.5; ``None`` for anything else."""
    s = cell.strip()
    if _THOUSANDS_RE.fullmatch(s):
        s = s.replace(".", "")
    return parse_german_number(s)


def _region(cells: list[str], line: int) -> tuple[str, str]:
    name = cells[1].strip() if len(cells) > 1 else ""
    key = cells[3].strip() if len(cells) > 3 else ""
    if key.casefold() == "d":
        return "DG", name or "Deutschland"
    key = pad_region_key(key)
    if not key or not is_region_key(key) or len(key) not in (2, 3, 5, 8, 9, 12):
        raise ParseError(
            f"„{key[:20]}“ ({name[:60]}) ist kein amtlicher Regionalschlüssel: Die Statistik der BA nennt "
            "Agenturen für Arbeit und Jobcenter mit eigenen Nummern. Bitte exportieren Sie die Daten für "
            "Deutschland, ein Land, einen Kreis oder eine Gemeinde.",
            line=line,
            column=4,
        )
    return key, name


def _period(key: str, value: str, line: int) -> str:
    value = value.strip()
    if key == "berichtsjahr" and (year := parse_period(value)) and len(year) == 4:
        return year
    if key == "berichtsmonat":
        m = _MONTH_RE.fullmatch(value)
        month = MONTHS.get(m.group(1).casefold()) if m else None
        if m and month:
            return f"{m.group(2)}-{month:02d}"
        m = _MM_YYYY_RE.fullmatch(value)
        if m and 1 <= int(m.group(1)) <= 12:
            return f"{m.group(2)}-{int(m.group(1)):02d}"
    raise ParseError(
        f"„{value[:40]}“ ist kein Berichtsjahr oder Berichtsmonat (erwartet: 2023 oder Mai 2023).",
        line=line,
        column=2,
    )


def _selection_name(text: str) -> tuple[str, str]:
    """``StaatsangehörigkeitEs werden …`` → (``Staatsangehörigkeit``, ``Es werden …``)."""
    text = text.strip().rstrip(":")
    m = _GLUED_RE.match(text)
    if m and " " not in m.group(1):
        return m.group(1), m.group(2).strip()
    return text, ""


def _category_dimension(values: set[str]) -> str:
    if any(is_qualification(value) for value in values):
        return "Berufsabschluss"
    name = label_dimension_name(values, 1)
    return "Merkmal" if name.startswith("Merkmal") else name


def _variable(indicator: str, title: str, unit: str) -> tuple[str, str]:
    """``(code, label)``: the count is the indicator; a share „Anteil an Insgesamt in %“ is named with it."""
    code, label = variable_per_unit(indicator, indicator, unit)
    share = re.sub(r"\s*(?:in\s*)?(?:%|Prozent)\s*$", "", title, flags=re.I).strip()
    if unit == "%" and share and share.casefold() != indicator.casefold():
        label = f"{indicator}, {share} (%)"
    return code, label


def _unit(header: str) -> str:
    return "%" if "%" in header or "prozent" in header.casefold() else "Anzahl"


class _Head:
    """The metadata block above the table."""

    def __init__(self) -> None:
        self.region: tuple[str, str] | None = None
        self.period: str | None = None
        self.indicator = ""
        self.stand: str | None = None
        self.footnotes: list[str] = []
        #: name → (value, line) of each characteristic selected above the table
        self.selections: dict[str, tuple[str, int]] = {}

    def read(self, line: int, cells: list[str]) -> None:
        key = cells[0].strip().rstrip(":").strip().casefold()
        value = cells[1].strip() if len(cells) > 1 else ""
        if key == "region":
            self._once(self.region, "Region", line)
            self.region = _region(cells, line)
        elif key in ("berichtsjahr", "berichtsmonat"):
            self._once(self.period, "Berichtsjahr oder Berichtsmonat", line)
            self.period = _period(key, value, line)
        elif key == "indikator":
            self.indicator = value
        elif key == "datenstand":
            self.stand = value or None
        elif key == "gebietsstand":
            self.footnotes.append(f"Gebietsstand: {value}")
        elif key.startswith(_NOTE_KEYS):
            self.footnotes.append(value)
        elif value and (len(value) > 80 or ". " in value):  # a sentence is no category
            self.footnotes.append(f"{cells[0].strip().rstrip(':')}: {value}")
        elif value:
            name, explanation = _selection_name(cells[0])
            self._once(self.selections.get(name), name, line)
            self.selections[name] = (value, line)
            if explanation:
                self.footnotes.append(f"{name}: {explanation}")

    @staticmethod
    def _once(present, name: str, line: int) -> None:
        if present is not None:
            raise ParseError(f"Der Kopf des BA-Exports nennt „{name}“ zweimal.", line=line)

    def check(self, line: int) -> None:
        missing = [
            label
            for label, present in (
                ("„Region“ mit „Regionsschlüssel“", self.region),
                ("„Berichtsjahr“ oder „Berichtsmonat“", self.period),
                ("„Indikator“", self.indicator),
            )
            if not present
        ]
        if missing:
            raise ParseError(
                f"Der Kopf des BA-Exports nennt nicht: {', '.join(missing)}. Bitte exportieren Sie die Tabelle "
                "erneut mit allen Angaben über der Tabelle.",
                line=line,
            )


def _value(cell: str, line: int, column: int) -> tuple:
    value = ba_number(cell)
    if value is not None:
        return value, ""
    status = LENIENT_SPELLINGS.get(cell.strip())
    if status is None:
        raise ParseError(number_error(cell), line=line, column=column)
    return None, status


def _read_head(rows) -> tuple[_Head, int, list[str]]:
    """The metadata block and the table's header line (``Merkmal;…``) with its line number."""
    head = _Head()
    last = 1
    for line, cells in rows:
        last = line
        if not any(c.strip() for c in cells):
            continue
        if cells[0].strip().casefold() == "merkmal":
            head.check(line)
            titles = [c.strip() for c in cells]
            while titles and not titles[-1]:
                titles.pop()
            return head, line, titles
        head.read(line, cells)
    raise ParseError("Der BA-Export enthält keine Tabelle (keine Zeile „Merkmal“ mit Spaltenüberschriften).", line=last)


def _units(titles: list[str], header_line: int) -> list[str]:
    """The unit of each value column: one count and at most one share in %."""
    if len(titles) < 2:
        raise ParseError("Die Tabelle hat keine Wertspalte.", line=header_line, column=2)
    units = [_unit(t) for t in titles[1:]]
    if units.count("Anzahl") > 1 or units.count("%") > 1:
        raise ParseError(
            "Die Tabelle hat mehrere Wertspalten derselben Einheit "
            f"({', '.join(f'„{t}“' for t in titles[1:])}); unterstützt wird ein Export mit einer Anzahl und "
            "höchstens einem Anteil in % je Merkmal. Bitte exportieren Sie jede Auswahl einzeln.",
            line=header_line,
            column=2,
        )
    return units


def _read_rows(rows, width: int, header_line: int, limits: Limits) -> tuple[list, list[list[str]]]:
    """The data rows (up to the first blank line) and the footer lines after them."""
    data: list[tuple[int, list[str]]] = []
    footer: list[list[str]] = []
    ended = False
    for line, cells in rows:
        filled = [c.strip() for c in cells if c.strip()]
        starts_footer = bool(filled) and filled[0].startswith(_FOOTER_START)
        if ended and filled and not footer and not starts_footer:
            raise ParseError(
                "Nach einer Leerzeile folgen weitere Zeilen der Tabelle: Bitte exportieren Sie die Tabelle erneut "
                "(in einem BA-Export steht nach der Tabelle das Exportdatum).",
                line=line,
            )
        ended = ended or (not filled and bool(data)) or starts_footer
        if ended or not filled:
            footer += [filled] if filled else []
            continue
        while len(cells) > width and not cells[-1].strip():
            cells = cells[:-1]
        if len(cells) != width:
            raise row_width_error(cells, width, line, header="die Kopfzeile „Merkmal …“ hat")
        data.append((line, cells))
        if len(data) > limits.max_rows:
            raise too_many_rows(limits.max_rows, line)
    if not data:
        raise ParseError("Die Tabelle enthält keine Datenzeilen.", line=header_line)
    return data, footer


def _collect(head: _Head, data, variables, dimension: str, limits: Limits) -> ObservationCollector:
    """Every value cell into the collector, under the head's region, period and selections."""
    # a total in the head ("Insgesamt") selects nothing
    selections = tuple((n, v) for n, (v, _line) in head.selections.items() if v.casefold() not in TOTAL_VALUES)
    if dimension in dict(selections):
        raise ParseError(
            f"„{dimension}“ steht im Kopf des Exports und ist zugleich das Merkmal der Tabelle.",
            line=head.selections[dimension][1],
        )
    region_key, region_name = head.region
    collector = ObservationCollector(max_values=limits.max_values)
    for line, cells in data:
        label = cells[0].strip()
        if not label:
            raise ParseError("Die Zeile nennt keine Ausprägung des Merkmals.", line=line, column=1)
        breakdown = tuple(sorted(selections if label.casefold() in TOTAL_VALUES else (*selections, (dimension, label))))
        for column, (code, variable_label, unit) in enumerate(variables, start=2):
            value, status = _value(cells[column - 1], line, column)
            row = (region_key, region_name, head.period, code, variable_label, unit, breakdown)
            collector.add(*row, value, status, line, column)
    return collector


def parse_ba(text: str, encoding: str, *, limits: Limits = DEFAULT_LIMITS) -> ParsedTable:
    """Parse a CSV export of the Statistik der Bundesagentur für Arbeit (already decoded)."""
    rows = csv_rows(text, ";")
    head, header_line, titles = _read_head(rows)
    units = _units(titles, header_line)
    data, footer = _read_rows(rows, len(titles), header_line, limits)
    dimension = _category_dimension({cells[0].strip() for _line, cells in data})
    variables = [(*_variable(head.indicator, title, unit), unit) for title, unit in zip(titles[1:], units, strict=True)]
    collector = _collect(head, data, variables, dimension, limits)
    copyright_text = next((" ".join(cells) for cells in footer if cells[0].startswith("©")), None)
    footnotes = head.footnotes + [" ".join(cells) for cells in footer if not cells[0].startswith("©")]
    by = f" nach {dimension}" if dimension != "Merkmal" else ""
    chosen = "".join(f", {n}: {v}" for n, (v, _line) in head.selections.items())
    return collector.table(
        format=FORMAT,
        table_code=None,
        title=f"{head.indicator}{by}{chosen} ({PUBLISHER})",
        stand=head.stand,
        footnotes=footnotes,
        copyright=copyright_text or PUBLISHER,
        encoding=encoding,
        notes=[f"Export der {PUBLISHER}: Merkmal aus „Indikator“ ({head.indicator}), Region {head.region[0]}."],
    )

"""Shared building blocks of the statistics parsers.

Everything here is pure Python (no Django): the result types, the error type
with German messages, decoding of the raw bytes, and the conversion of single
cells (numbers, special values, periods, region keys).
"""

from __future__ import annotations

import csv
import datetime as _dt
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from itertools import chain, count
from typing import NamedTuple

from ..special_values import LABELS, LENIENT_SPELLINGS, SPELLINGS

#: The special values of official German statistics (Zeichenerklärung), as
#: publishers write them → the stored symbol; defined once in
#: :mod:`bildungsallianz.monitoring.special_values` (pure Python, like this
#: module). They are kept as a status; the value is ``None`` and never 0.
SPECIAL_VALUES: dict[str, str] = SPELLINGS
#: Human readable meaning of every status (for messages and documentation).
STATUS_LABELS: dict[str, str] = LABELS
#: Also ``*`` (Bundesagentur für Arbeit: anonymised = ``.``) in Excel and plain CSV.
LENIENT_SPECIAL_VALUES: dict[str, str] = LENIENT_SPELLINGS

_DECIMAL_RE = re.compile(r"[-+]?[0-9]+(?:\.[0-9]+)?\Z")  # "+2,3": a change, signed as published
_YEAR_RE = re.compile(r"[12][0-9]{3}\Z")
_DE_DATE_RE = re.compile(r"([0-9]{2})\.([0-9]{2})\.([0-9]{4})\Z")
_ISO_DATE_RE = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})\Z")
_ISO_MONTH_RE = re.compile(r"([0-9]{4})-([0-9]{2})\Z")
#: A winter semester (``WS 2023/24``): the year it begins in, as the Hochschulstatistik and the
#: Regionalatlas count it. A school year (``2023/24``) is not read: the school tables count pupils
#: under the year it begins in and leavers under the year it ends in, so the year would depend on the table.
_TWO_YEARS_RE = re.compile(r"(?:WS|Wintersemester)\s*([12][0-9]{3})\s*/\s*([0-9]{2}|[0-9]{4})\Z", re.I)
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
#: Every byte except the control characters of ``_CONTROL_RE`` below U+0080 / from U+0080: deleting them
#: with ``bytes.translate`` leaves only control bytes (a C loop, ten times faster than the regex on text).
_NOT_ASCII_CONTROL = bytes(b for b in range(256) if not (b <= 0x08 or b == 0x0B or 0x0E <= b <= 0x1F or b == 0x7F))
_NOT_C1 = bytes(b for b in range(256) if not 0x80 <= b <= 0x9F)
_UTF8_C1_RE = re.compile(rb"\xc2[\x80-\x9f]")


class ParseError(Exception):
    """A file could not be read; the message is German and names the place.

    ``str(error)`` gives the full text with a ``Zeile N, Spalte M: `` prefix
    when line and/or column are known, e.g.
    ``Zeile 17, Spalte 5: „12a“ ist keine Zahl.``
    """

    def __init__(self, message: str, *, line: int | None = None, column: int | None = None):
        self.message = message
        self.line = line
        self.column = column
        super().__init__(self.__str__())

    def __str__(self) -> str:
        parts = []
        if self.line is not None:
            parts.append(f"Zeile {self.line}")
        if self.column is not None:
            parts.append(f"Spalte {self.column}")
        if parts:
            return f"{', '.join(parts)}: {self.message}"
        return self.message


class ParsedObservation(NamedTuple):
    """One published number (or special value) of a statistics table.

    An immutable named tuple: parsers build tens of thousands per file, and a
    tuple is made about four times faster than a frozen dataclass (see
    :func:`make_observation`); fields are read by name only.
    """

    region_key: str
    region_name: str
    period: str
    variable: str
    variable_label: str
    unit: str
    breakdown: tuple[tuple[str, str], ...]
    value: Decimal | None
    status: str
    line: int
    column: int
    #: a quality flag kept with the number (``()``, ``p``, ``r``, ``s``), see special_values.QUALITY_FLAGS
    quality: str = ""

    @property
    def key(self) -> tuple[str, str, str, tuple[tuple[str, str], ...]]:
        """The identity of the observation within its file."""
        return (self.region_key, self.period, self.variable, self.breakdown)


#: ``new_observation(ParsedObservation, fields)`` builds one from a tuple of all twelve fields without
#: the keyword handling of ``ParsedObservation(...)`` (hot loops of the parsers).
new_observation = tuple.__new__


def make_observation(
    region_key: str,
    region_name: str,
    period: str,
    variable: str,
    variable_label: str,
    unit: str,
    breakdown: tuple[tuple[str, str], ...],
    value: Decimal | None,
    status: str,
    line: int,
    column: int,
    quality: str = "",
) -> ParsedObservation:
    """Build a :class:`ParsedObservation` (identical to ``ParsedObservation(...)``, without its argument parsing)."""
    return new_observation(
        ParsedObservation,
        (
            region_key,
            region_name,
            period,
            variable,
            variable_label,
            unit,
            breakdown,
            value,
            status,
            line,
            column,
            quality,
        ),
    )


@dataclass
class ParsedTable:
    """The complete, validated content of one statistics file."""

    format: str
    table_code: str | None
    title: str
    stand: str | None
    footnotes: list[str]
    copyright: str | None
    encoding: str
    observations: list[ParsedObservation]
    #: Remarks about interpretations the parser made (German), e.g. when
    #: ``-`` was read as ``...`` (see :mod:`.ffcsv`).
    notes: list[str] = field(default_factory=list)
    #: Per dimension ``{category: parent}`` that the file marks itself (GENESIS-Online indents
    #: the parts of a category); merged with what the order of the categories shows (:mod:`.hierarchy`).
    hierarchy: dict[str, dict[str, str]] = field(default_factory=dict)

    def periods(self) -> list[str]:
        """Distinct periods in sorted order."""
        return sorted({o.period for o in self.observations})

    def region_keys(self) -> list[str]:
        """Distinct region keys in order of first appearance."""
        return list(dict.fromkeys(o.region_key for o in self.observations))

    def special_value_counts(self) -> dict[str, int]:
        """How often each special value occurs (only statuses that occur)."""
        return dict(Counter(o.status for o in self.observations if o.status))

    def variables(self) -> list[str]:
        """Distinct variables in order of first appearance."""
        return list(dict.fromkeys(o.variable for o in self.observations))

    def get(
        self,
        region_key: str,
        period: str,
        variable: str | None = None,
        breakdown: tuple[tuple[str, str], ...] | dict[str, str] = (),
    ) -> ParsedObservation | None:
        """Find one observation (linear search; meant for tests and checks)."""
        if isinstance(breakdown, dict):
            breakdown = tuple(sorted(breakdown.items()))
        for o in self.observations:
            if (
                o.region_key == region_key
                and o.period == period
                and (variable is None or o.variable == variable)
                and o.breakdown == breakdown
            ):
                return o
        return None


# --------------------------------------------------------------------------
# Decoding
# --------------------------------------------------------------------------


def row_width_error(cells, width: int, line: int, *, header: str = "die Kopfzeile hat") -> ParseError:
    """A data row with another number of cells than the header: cut off or values shifted."""
    return ParseError(
        f"Die Zeile hat {len(cells)} Zellen, {header} {width} (Zeile abgeschnitten oder Werte verschoben).",
        line=line,
        column=min(len(cells), width) + 1,
    )


def _line_of_offset(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1


def _has_control_bytes(data: bytes, encoding: str) -> bool:
    """Whether the text may hold a control character of ``_CONTROL_RE`` (checked on the bytes).

    Exact for ISO-8859-1 (a byte is a character); for UTF-8 a C1 character is
    ``C2 80``–``C2 9F``; for Windows-1252 (which places „ and € on 0x80–0x9F)
    it only says that the text has to be searched.
    """
    if data.translate(None, _NOT_ASCII_CONTROL):
        return True
    if encoding in ("utf-8", "utf-8-sig"):
        return _UTF8_C1_RE.search(data) is not None
    return bool(data.translate(None, _NOT_C1))


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode a text file and return ``(text, encoding)``.

    Heuristics: an empty file, UTF-16/UTF-32 and binary data (NUL bytes,
    control characters) are rejected. A UTF-8 BOM means UTF-8. Otherwise
    strict UTF-8 is tried first (it practically never succeeds by chance on
    Latin-1 text with umlauts), then ISO-8859-1, which the Regionaldatenbank
    uses for its classic CSV. ISO-8859-1 text never contains the C1 control
    range 0x80–0x9F; if such bytes occur the text is read as Windows-1252
    (which places „, “, € there), and if that fails too the file is rejected.
    """
    if not data or not data.strip():
        raise ParseError("Die Datei ist leer.", line=1)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ParseError(
            "Die Datei ist UTF-16-kodiert. Erwartet wird UTF-8 oder ISO-8859-1 (Latin-1); "
            "bitte die Datei in einer dieser Kodierungen speichern."
        )
    nul = data.find(b"\x00")
    if nul != -1:
        if data[:200].count(b"\x00") >= 20:
            raise ParseError(
                "Die Datei scheint UTF-16-kodiert zu sein (viele Nullbytes). Erwartet wird UTF-8 "
                "oder ISO-8859-1 (Latin-1).",
                line=_line_of_offset(data, nul),
            )
        raise ParseError(
            "Die Datei enthält Binärdaten (Nullbytes) und ist keine Textdatei.",
            line=_line_of_offset(data, nul),
        )
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            text, encoding = data[3:].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError as exc:
            raise ParseError(
                "Die Datei beginnt mit einer UTF-8-Kennung, enthält aber ungültige UTF-8-Zeichen "
                f"(Byte 0x{data[3 + exc.start]:02X}).",
                line=_line_of_offset(data, 3 + exc.start),
            ) from None
    else:
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            text, encoding = data.decode("iso-8859-1"), "iso-8859-1"
            if not _has_control_bytes(data, encoding):  # checked: no control character (no second search below)
                return text, encoding
            try:
                text, encoding = data.decode("cp1252"), "cp1252"
            except UnicodeDecodeError as exc:
                raise ParseError(
                    "Die Kodierung der Datei wurde nicht erkannt (weder UTF-8 noch ISO-8859-1 "
                    f"noch Windows-1252, Byte 0x{data[exc.start]:02X}).",
                    line=_line_of_offset(data, exc.start),
                ) from None
    bad = _CONTROL_RE.search(text) if _has_control_bytes(data, encoding) else None
    if bad:
        raise ParseError(
            f"Die Datei enthält das Steuerzeichen U+{ord(bad.group()):04X} und ist keine "
            "lesbare Textdatei (falsche Kodierung oder Binärdatei).",
            line=text.count("\n", 0, bad.start()) + 1,
        )
    return text, encoding


#: Line boundaries of ``str.splitlines`` other than ``\r`` and ``\n``: the csv module keeps them in a cell.
_OTHER_LINE_BOUNDARIES = "\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"


def _first_quoted_line(text: str, delimiter: str) -> int:
    """Offset of the line in which a field first starts with ``"`` (``len(text)`` if none does).

    Before it, a record is exactly one line. ``0`` (read everything with the
    csv module) when the text has line boundaries other than ``\r``/``\n``.
    """
    if any(c in text for c in _OTHER_LINE_BOUNDARIES):
        return 0
    position = text.find('"')
    while position != -1 and position and text[position - 1] not in (delimiter, "\n", "\r"):
        position = text.find('"', position + 1)
    if position == -1:
        return len(text)
    return max(text.rfind("\n", 0, position), text.rfind("\r", 0, position)) + 1


def csv_rows(text: str, delimiter: str) -> Iterator[tuple[int, list[str]]]:
    """``(line_number, cells)`` for every CSV record of ``text``, as an iterator.

    ``line_number`` is the 1-based line where the record starts (quoted
    fields may span several lines). Errors of the csv module become
    :class:`ParseError`.

    Up to the first line in which a field starts with ``"`` (official files
    quote only their footnotes, if anything), a record is one line, and
    splitting it gives exactly the cells the csv module gives (a quote
    inside a field is a plain character to it too), about twice as fast.
    From that line on, the csv module reads.
    """
    cut = _first_quoted_line(text, delimiter)
    lines = text[:cut].splitlines()
    if lines and max(map(len, lines)) > csv.field_size_limit():
        lines, cut = [], 0  # the csv module's error for an overlong field
    split = [line.split(delimiter) if line else [] for line in lines]
    return chain(zip(count(1), split), _csv_module_rows(text[cut:].splitlines(keepends=True), delimiter, len(lines)))


def _csv_module_rows(lines: list[str], delimiter: str, offset: int):
    """The records of ``lines`` (which start after ``offset`` lines) read by the csv module."""
    reader = csv.reader(lines, delimiter=delimiter, strict=False)
    start = offset + 1
    try:
        for cells in reader:
            yield start, cells
            start = offset + reader.line_num + 1
    except csv.Error as exc:
        raise ParseError(f"Die CSV-Struktur ist fehlerhaft ({exc}).", line=start) from None


# --------------------------------------------------------------------------
# Cells
# --------------------------------------------------------------------------


def number_error(cell: str) -> str:
    """The German message for a cell that is neither a number nor a special value."""
    shown = cell if len(cell) <= 40 else cell[:40] + "…"
    return f"„{shown}“ ist keine Zahl und kein Sonderzeichen (-, ., x, /, ...)."


def parse_german_number(cell: str) -> Decimal | None:
    """Parse ``123``, ``-4,5`` (decimal comma, no thousands separators).

    Returns ``None`` when the text is not such a number.
    """
    s = cell.strip()
    if s.isascii() and s.isdigit():
        return Decimal(s)
    if "." in s:  # a point would be a thousands separator: ambiguous, refuse
        return None
    s = s.replace(",", ".", 1)
    if _DECIMAL_RE.match(s):
        return Decimal(s)
    return None


def parse_point_number(cell: str) -> Decimal | None:
    """Parse ``123`` or ``-4.5`` (decimal point); a single decimal comma is accepted too."""
    s = cell.strip()
    if s.isascii() and s.isdigit():
        return Decimal(s)
    if "," in s and "." not in s and s.count(",") == 1:
        s = s.replace(",", ".")
    if _DECIMAL_RE.match(s):
        return Decimal(s)
    return None


def to_decimal(number: float) -> Decimal:
    """Convert an int or float (from Excel) exactly as it is displayed."""
    if isinstance(number, int):
        return Decimal(number)
    try:
        result = Decimal(repr(number))
    except InvalidOperation:  # pragma: no cover - repr of a float is always valid
        raise ParseError(f"„{number}“ ist keine Zahl.") from None
    if not result.is_finite():
        raise ParseError(f"„{number}“ ist keine endliche Zahl.")
    return result


_period_cache: dict[str, str | None] = {}


def parse_period(cell: str) -> str | None:
    """Normalise a period: ``2023`` → ``2023``, ``31.12.2018`` → ``2018-12-31``.

    ISO dates ``2024-12-31`` and months ``2024-06`` are accepted as they are;
    a winter semester ``WS 2023/24`` is the year it begins in.
    Returns ``None`` for anything else (including impossible dates).
    """
    cached = _period_cache.get(cell, "?")
    if cached != "?":
        return cached
    s = cell.strip()
    result: str | None = None
    if _YEAR_RE.match(s):
        result = s
    else:
        m = _DE_DATE_RE.match(s)
        if m:
            day, month, year = (int(g) for g in m.groups())
        else:
            m = _ISO_DATE_RE.match(s)
            if m:
                year, month, day = (int(g) for g in m.groups())
        if m:
            try:
                result = _dt.date(year, month, day).isoformat()
            except ValueError:
                result = None
        else:
            m = _ISO_MONTH_RE.match(s)
            if m and 1 <= int(m.group(2)) <= 12:
                result = s
            elif (m := _TWO_YEARS_RE.match(s)) and int(m.group(2)) % 100 == (int(m.group(1)) + 1) % 100:
                result = m.group(1)
    if len(_period_cache) < 10000:
        _period_cache[cell] = result
    return result


def period_error(cell: str) -> str:
    """The German message for a cell that is not a period."""
    return (
        f"„{cell[:40]}“ ist kein gültiger Zeitraum (erwartet: Jahr wie 2023 oder Datum wie 31.12.2023 bzw. 2023-12-31)."
    )


def is_region_key(key: str) -> bool:
    """``DG`` (Deutschland) or an official key made of digits (``07``, ``07317``, ``094``)."""
    return key == "DG" or (key.isascii() and key.isdigit())


def region_key_error(key: str) -> str:
    """The German message for a cell that is not a region key."""
    return f"„{key[:40]}“ ist kein Regionalschlüssel (erwartet: DG für Deutschland oder Ziffern wie 07 oder 07317)."


def variable_per_unit(code: str, label: str, unit: str) -> tuple[str, str]:
    """``(code, label)`` of a variable that a file gives in several units for the same cells.

    A variable has one unit. The count (``Anzahl``) keeps the code, so series
    join files that give only the count; another unit is appended:
    ``PRS018`` in ``%`` → ``PRS018_PROZENT``, „Personen (%)“ (Zensus 2022 flat files,
    GENESIS-Online tables with the unit in the rows).
    """
    if unit.casefold() == "anzahl":
        return code, label
    suffix = "PROZENT" if unit.strip() == "%" else re.sub(r"\W+", "", unit).upper() or "EINHEIT"
    return f"{code}_{suffix}", f"{label} ({unit})"


def pad_region_key(key: str) -> str:
    """Restore a leading zero that a spreadsheet program dropped.

    No official key has 1, 4, 7 or 11 digits (Länder 2, Regierungsbezirke 3,
    Kreise 5, Gemeinden 8, Gemeindeverbände 9, ARS 12): ``7317`` is the Kreis
    ``07317`` with its zero lost, ``7`` the Land ``07``. Used by every parser
    that reads keys from cells (a GENESIS download opened and saved in Excel, too).
    """
    if key.isdigit() and len(key) in (1, 4, 7, 11):
        return "0" + key
    return key

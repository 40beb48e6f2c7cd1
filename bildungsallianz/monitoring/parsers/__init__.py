"""Pure-Python parsers for official German statistics files.

Public interface::

    parse_file(data, *, filename="", column_mapping=None, sheet=None) -> ParsedTable
    detect_format(data, filename="") -> str
    ParseError, ParsedObservation, ParsedTable

Supported formats (``ParsedTable.format``):

* ``genesis-classic``   Regionaldatenbank CSV download (:mod:`.classic`)
* ``genesis-ffcsv-old`` GENESIS flat file CSV until 2024 (:mod:`.ffcsv`)
* ``genesis-ffcsv-new`` GENESIS flat file CSV from 2025 (:mod:`.ffcsv`)
* ``xlsx``              Excel with a column mapping (:mod:`.excel`)
* ``plain-csv``         ``region_key;period;value`` (:mod:`.plain`)
* ``ba-csv``            CSV export of the Statistik der Bundesagentur für Arbeit (:mod:`.ba`)

Special values (``-``, ``.``, ``x``, ``/``, ``...``) are kept as ``status``
with ``value=None``, never 0. Anything that cannot be read completely raises
:class:`ParseError` with a German message naming line and column – there are
no partial results. No Django imports here.
"""

from __future__ import annotations

from .ba import parse_ba
from .base import (
    SPECIAL_VALUES,
    STATUS_LABELS,
    ParsedObservation,
    ParsedTable,
    ParseError,
    decode_bytes,
)
from .classic import parse_classic
from .detect import (
    BA,
    CLASSIC,
    FFCSV_NEW,
    FFCSV_OLD,
    FORMAT_LABELS,
    FORMATS,
    PLAIN,
    XLSX,
    detect_binary_format,
    detect_format,
    detect_text_format,
)
from .excel import parse_excel
from .ffcsv import parse_ffcsv, table_code_from_filename
from .limits import DEFAULT_LIMITS, Limits, check_xlsx, zipped_csv
from .plain import parse_plain

__all__ = [
    "BA",
    "CLASSIC",
    "DEFAULT_LIMITS",
    "FFCSV_NEW",
    "FFCSV_OLD",
    "FORMAT_LABELS",
    "FORMATS",
    "Limits",
    "PLAIN",
    "SPECIAL_VALUES",
    "STATUS_LABELS",
    "XLSX",
    "ParseError",
    "ParsedObservation",
    "ParsedTable",
    "decode_bytes",
    "detect_format",
    "parse_ba",
    "parse_classic",
    "parse_excel",
    "parse_ffcsv",
    "parse_file",
    "parse_plain",
]


def parse_file(
    data: bytes,
    *,
    filename: str = "",
    column_mapping: dict | None = None,
    sheet: str | None = None,
    limits: Limits = DEFAULT_LIMITS,
) -> ParsedTable:
    """Detect the format of ``data`` and parse it completely.

    ``column_mapping`` is required for Excel files (see :mod:`.excel`) and
    optional for plain CSV (defaults for variable, label, unit). ``sheet``
    overrides the sheet named in the mapping. ``limits`` bound the archive,
    rows and values (see :mod:`.limits`); an .xlsx is checked against them
    before openpyxl reads it. Raises :class:`ParseError` for anything that
    cannot be read.
    """
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise ParseError("Es wurden keine Dateidaten übergeben.")
    data = bytes(data)
    if not data.strip():
        raise ParseError("Die Datei ist leer.", line=1)
    binary = detect_binary_format(data, filename)
    if binary == XLSX and (inner := zipped_csv(data, limits)) is not None:
        name, inner_data = inner
        if detect_binary_format(inner_data, name) is not None:
            raise ParseError("Das ZIP-Archiv enthält keine CSV-Datei, sondern wieder ein Archiv.")
        if not table_code_from_filename(name):  # "tablefile.csv": the archive's name may carry the table code
            name = filename.rsplit(".", 1)[0] + ".csv" if filename else name
        return parse_file(inner_data, filename=name, column_mapping=column_mapping, sheet=sheet, limits=limits)
    if binary == XLSX:
        check_xlsx(data, limits)
        return parse_excel(data, column_mapping=column_mapping, sheet=sheet, limits=limits)
    text, encoding = decode_bytes(data)
    fmt = detect_text_format(text)
    if fmt == CLASSIC:
        return parse_classic(text, encoding, limits=limits)
    if fmt == BA:
        return parse_ba(text, encoding, limits=limits)
    if fmt in (FFCSV_OLD, FFCSV_NEW):
        return parse_ffcsv(text, encoding, new=fmt == FFCSV_NEW, filename=filename, limits=limits)
    return parse_plain(text, encoding, column_mapping=column_mapping, limits=limits)

"""Recognise the format of a statistics file from its first bytes."""

from __future__ import annotations

import re

from .ba import FORMAT as BA  # the format id is named where it is parsed
from .ba import looks_like_ba
from .base import ParseError, decode_bytes
from .plain import looks_like_plain

CLASSIC = "genesis-classic"
FFCSV_OLD = "genesis-ffcsv-old"
FFCSV_NEW = "genesis-ffcsv-new"
XLSX = "xlsx"
PLAIN = "plain-csv"
FORMATS = (CLASSIC, FFCSV_OLD, FFCSV_NEW, XLSX, PLAIN, BA)
#: What the import preview shows for each format (German, like the parser messages).
FORMAT_LABELS = {
    CLASSIC: "Regionaldatenbank/GENESIS-Online, Tabelle als CSV",
    FFCSV_OLD: "GENESIS-Flatfile-CSV (bis 2024)",
    FFCSV_NEW: "GENESIS-Flatfile-CSV (ab 2025)",
    XLSX: "Excel-Tabelle mit Spaltenzuordnung",
    PLAIN: "Einfache CSV-Datei (Region, Zeitraum, Wert)",
    BA: "CSV-Export der Statistik der Bundesagentur für Arbeit",
}

_CLASSIC_RE = re.compile(r"\s*(?:GENESIS-)?Tabelle:\s*\S")
_HEAD_BYTES = 65536

UNKNOWN_FORMAT = (
    "Das Dateiformat wurde nicht erkannt. Unterstützt werden: Regionaldatenbank-CSV "
    "(erste Zeile „GENESIS-Tabelle: …“), GENESIS-Flatfile-CSV, CSV-Exporte der Statistik der Bundesagentur "
    "für Arbeit, Excel (.xlsx) und einfache "
    "CSV-Dateien mit den Spalten region_key;period;value."
)


def detect_text_format(text: str) -> str:
    """Recognise the format of already decoded text."""
    first_line = text.lstrip("\ufeff").split("\n", 1)[0].rstrip("\r")
    if _CLASSIC_RE.match(first_line):
        return CLASSIC
    if first_line.startswith("statistics_code;"):
        # the old generation in English names value columns CODE__Label__unit and has no "value" column
        cells = first_line.split(";")
        return FFCSV_OLD if "value" not in cells and any("__" in c for c in cells) else FFCSV_NEW
    if first_line.startswith("Statistik_Code;"):
        return FFCSV_OLD
    if looks_like_ba(first_line):
        return BA
    if looks_like_plain(first_line):
        return PLAIN
    raise ParseError(UNKNOWN_FORMAT, line=1)


def detect_binary_format(data: bytes, filename: str = "") -> str | None:
    """Recognise binary formats (Excel); ``None`` for text files."""
    name = filename.lower()
    if data.startswith(b"PK\x03\x04") or name.endswith((".xlsx", ".xlsm")):
        return XLSX
    if data.startswith(b"\xd0\xcf\x11\xe0") or name.endswith(".xls"):
        raise ParseError(
            "Das alte Excel-Format (.xls) wird nicht unterstützt. Bitte die Datei in Excel als .xlsx speichern."
        )
    if data.startswith(b"%PDF"):
        raise ParseError("Die Datei ist ein PDF-Dokument und keine Statistiktabelle.")
    return None


def detect_format(data: bytes, filename: str = "") -> str:
    """Return one of :data:`FORMATS` or raise :class:`ParseError`.

    Only the beginning of the file is decoded (a multi-byte character cut
    at the boundary is tolerated).
    """
    binary = detect_binary_format(data, filename)
    if binary:
        return binary
    head = data[:_HEAD_BYTES]
    if len(data) > _HEAD_BYTES:
        cut = head.rfind(b"\n")
        head = head[: cut + 1] if cut > 0 else head
    text, _ = decode_bytes(head)
    return detect_text_format(text)

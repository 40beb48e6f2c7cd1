"""Bounds that a statistics file must stay within before and while it is read.

A hostile or simply huge file must be refused quickly, with a German
message, before it costs memory: an .xlsx is a zip archive, and a few
hundred kilobytes can unpack to gigabytes (zip bomb) or declare a sheet of a
million rows × 16,000 columns. :func:`check_xlsx` looks only at the zip
directory and at the first bytes of each worksheet (its ``<dimension>``),
never decompressing more than :data:`HEAD_BYTES` per sheet. While reading,
the parsers stop at :attr:`Limits.max_rows` rows and the collector at
:attr:`Limits.max_values` values.

Pure Python; the services build :class:`Limits` from the settings
(``MONITORING_MAX_*``).
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass
from io import BytesIO

from .base import ParseError

HEAD_BYTES = 65536
_DIMENSION_RE = re.compile(rb"<(?:\w+:)?dimension\s+ref=\"([A-Z]{1,3})(\d+)(?::([A-Z]{1,3})(\d+))?\"")


@dataclass(frozen=True)
class Limits:
    #: all members of an .xlsx together, uncompressed
    max_unpacked_bytes: int = 200 * 1024 * 1024
    #: one member may not unpack to more than this multiple of its packed size (zip bomb) …
    max_ratio: int = 100
    #: … unless it is small
    ratio_free_bytes: int = 5 * 1024 * 1024
    max_members: int = 2000
    #: rows of a sheet or lines of a CSV
    max_rows: int = 1_100_000
    #: cells of a sheet (rows × columns as declared in its dimension)
    max_cells: int = 20_000_000
    #: observations of one file (each costs ~300 bytes while it is checked)
    max_values: int = 2_000_000
    #: a CSV unpacked from a ZIP archive (as large as an uploaded file may be)
    max_text_bytes: int = 50 * 1024 * 1024


DEFAULT_LIMITS = Limits()


def _mb(n: int) -> str:
    return f"{n / (1024 * 1024):.0f} MB"


def _column_number(letters: bytes) -> int:
    result = 0
    for ch in letters.decode("ascii"):
        result = result * 26 + (ord(ch) - 64)
    return result


def _declared_size(zf: zipfile.ZipFile, name: str) -> tuple[int, int] | None:
    """``(rows, columns)`` from a worksheet's ``<dimension ref="A1:D500">``, if it has one."""
    with zf.open(name) as fh:
        head = fh.read(HEAD_BYTES)
    match = _DIMENSION_RE.search(head)
    if not match:
        return None
    first_col, first_row, last_col, last_row = match.groups()
    if last_col is None:
        return 1, 1
    rows = int(last_row) - int(first_row) + 1
    cols = _column_number(last_col) - _column_number(first_col) + 1
    return max(rows, 1), max(cols, 1)


#: What reading a member of a damaged, encrypted or unusually packed archive raises.
_ARCHIVE_ERRORS = (zipfile.BadZipFile, OSError, ValueError, EOFError, RuntimeError, NotImplementedError)


def _check_archive(zf: zipfile.ZipFile, limits: Limits, what: str) -> None:
    """Refuse an archive with too many members or unpacked bytes or a zip-bomb ratio (``what``: its German name)."""
    members = zf.infolist()
    if len(members) > limits.max_members:
        raise ParseError(f"{what} enthält zu viele Teile ({len(members)}) und wird nicht gelesen.")
    total = sum(m.file_size for m in members)
    if total > limits.max_unpacked_bytes:
        raise ParseError(
            f"{what} würde entpackt {_mb(total)} belegen (erlaubt: {_mb(limits.max_unpacked_bytes)}). "
            "Bitte laden Sie nur die benötigte Tabelle hoch (bei Excel nur das benötigte Tabellenblatt)."
        )
    for m in members:
        if m.file_size > limits.ratio_free_bytes and m.file_size > limits.max_ratio * max(m.compress_size, 1):
            raise ParseError(
                f"{what} ist auffällig stark komprimiert ({m.filename}: {_mb(m.file_size)} aus "
                f"{m.compress_size // 1024} KB) und wird aus Sicherheitsgründen nicht gelesen."
            )


def check_xlsx(data: bytes, limits: Limits = DEFAULT_LIMITS) -> None:
    """Refuse an .xlsx whose archive or sheets exceed the limits, before any XML is parsed.

    Python's ``zipfile`` never returns more bytes than an entry declares (and
    fails on a CRC mismatch), so the declared sizes checked here bound what
    openpyxl can unpack.
    """
    try:
        zf = zipfile.ZipFile(BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise ParseError(f"Die Excel-Datei ist beschädigt oder keine .xlsx-Datei ({type(exc).__name__}).") from None
    with zf:
        _check_archive(zf, limits, "Die Excel-Datei")
        for m in zf.infolist():
            if m.filename.startswith("xl/worksheets/") and m.filename.endswith(".xml"):
                _check_dimension(zf, m.filename, limits)


def zipped_csv(data: bytes, limits: Limits = DEFAULT_LIMITS) -> tuple[str, bytes] | None:
    """``(name, bytes)`` of the one CSV in a ZIP archive (GENESIS delivers flat files zipped); ``None`` for an .xlsx.

    The archive is checked like an .xlsx (members, unpacked size, ratio)
    before the CSV is read; several CSVs or none are refused in German.
    """
    try:
        zf = zipfile.ZipFile(BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError):
        return None  # not readable as a plain archive: the Excel path says what is wrong
    with zf:
        names = [m.filename for m in zf.infolist() if not m.is_dir()]
        if "[Content_Types].xml" in names or any(n.startswith("xl/") for n in names):
            return None
        _check_archive(zf, limits, "Das ZIP-Archiv")
        csvs = [n for n in names if n.lower().endswith(".csv") and not n.startswith("__MACOSX/")]
        if len(csvs) != 1:
            listed = ", ".join(csvs[:5]) or ", ".join(names[:5]) or "nichts"
            raise ParseError(
                f"Das ZIP-Archiv enthält {len(csvs)} CSV-Dateien ({listed}). Bitte laden Sie genau eine "
                "Tabelle hoch (eine CSV-Datei oder ein ZIP-Archiv mit einer CSV-Datei)."
            )
        member = zf.getinfo(csvs[0])
        if member.file_size > limits.max_text_bytes:
            raise ParseError(
                f"Die CSV-Datei im ZIP-Archiv ist entpackt {_mb(member.file_size)} groß "
                f"(erlaubt: {_mb(limits.max_text_bytes)}, wie für eine hochgeladene Datei)."
            )
        try:
            return csvs[0].rsplit("/", 1)[-1], zf.read(member)
        except _ARCHIVE_ERRORS as exc:  # encrypted (RuntimeError), unknown compression (NotImplementedError) …
            raise ParseError(
                f"Das ZIP-Archiv ist beschädigt, verschlüsselt oder anders gepackt ({type(exc).__name__}). "
                "Bitte laden Sie die CSV-Datei selbst hoch."
            ) from None


def _check_dimension(zf: zipfile.ZipFile, name: str, limits: Limits) -> None:
    try:
        size = _declared_size(zf, name)
    except _ARCHIVE_ERRORS as exc:
        raise ParseError(f"Die Excel-Datei ist beschädigt ({name}: {type(exc).__name__}).") from None
    if size is None:
        return
    rows, cols = size
    sheet = name.rsplit("/", 1)[-1].removesuffix(".xml")
    if rows > limits.max_rows:
        raise ParseError(
            f"Das Tabellenblatt {sheet} hat {rows:,} Zeilen (erlaubt: {limits.max_rows:,}).".replace(",", ".")
        )
    if rows * cols > limits.max_cells:
        raise ParseError(
            f"Das Tabellenblatt {sheet} hat {rows:,} × {cols:,} Zellen (erlaubt: {limits.max_cells:,} Zellen). "
            "Bitte entfernen Sie leere oder nicht benötigte Spalten und Zeilen.".replace(",", ".")
        )


def too_many_rows(limit: int, line: int) -> ParseError:
    return ParseError(
        f"Die Datei hat mehr als {limit:,} Zeilen; bitte teilen Sie sie auf.".replace(",", "."), line=line
    )


def too_many_values(limit: int, line: int) -> ParseError:
    return ParseError(
        f"Die Datei enthält mehr als {limit:,} Werte; bitte teilen Sie sie auf (z. B. nach Jahren).".replace(",", "."),
        line=line,
    )

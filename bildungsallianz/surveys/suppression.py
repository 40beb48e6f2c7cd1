"""Statistical confidentiality for survey tables (pure Python, no Django).

Primary suppression: a cell counted from fewer than ``minimum`` answers (but more
than none) is kept secret. Secondary suppression: every *line* of the table — the
parts of a row or column together with their total — must hold either no secret
cell or at least two, otherwise the one secret cell could be computed from the
total by subtraction. Lines with exactly one secret cell get a second one: the
smallest non-zero cell of the line (parts before totals), else the smallest cell.
This repeats until no line has a single secret cell (a new secret cell can open
another line). Zero cells are not secret by themselves (shown as ``-``, "nichts
vorhanden", like the official tables).

This is the usual heuristic of official statistics for two-dimensional tables
with margins; it does not solve the general optimisation problem (least
information lost), which tables of a local survey do not need.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Sequence

Key = Hashable


def primary(counts: dict[Key, int], minimum: int) -> set[Key]:
    """Cells with 0 < count < minimum."""
    return {key for key, count in counts.items() if 0 < count < minimum}


def secondary(
    counts: dict[Key, int], secret: Iterable[Key], lines: Sequence[Sequence[Key]], totals: Iterable[Key] = ()
) -> set[Key]:
    """Extend ``secret`` until no line has exactly one secret cell. Returns the full set."""
    secret = set(secret)
    totals = set(totals)
    changed = True
    while changed:
        changed = False
        for line in lines:
            hidden = [key for key in line if key in secret]
            if len(hidden) != 1:
                continue
            open_cells = [key for key in line if key not in secret]
            if not open_cells:
                continue
            candidate = min(
                open_cells,
                key=lambda k: (counts.get(k, 0) == 0, k in totals, counts.get(k, 0), line.index(k)),
            )
            secret.add(candidate)
            changed = True
    return secret


def protect(
    counts: dict[Key, int], lines: Sequence[Sequence[Key]], minimum: int, totals: Iterable[Key] = ()
) -> set[Key]:
    """Primary and secondary suppression: the keys to publish as ``.``."""
    return secondary(counts, primary(counts, minimum), lines, totals)


def cross_table_lines(rows: Sequence, columns: Sequence, total=None) -> tuple[list[list[tuple]], set[tuple]]:
    """Lines and total cells of a table ``(row, column)`` with margins ``(row, total)``, ``(total, column)``.

    ``columns`` may be empty: then the table is one column of parts with the total ``(total, total)``.
    """
    totals = {(r, total) for r in rows} | {(total, c) for c in columns} | {(total, total)}
    if not columns:
        return [[(r, total) for r in rows] + [(total, total)]], {(total, total)}
    lines = [[(r, c) for c in columns] + [(r, total)] for r in rows]
    lines += [[(r, c) for r in rows] + [(total, c)] for c in columns]
    lines.append([(r, total) for r in rows] + [(total, total)])
    lines.append([(total, c) for c in columns] + [(total, total)])
    return lines, totals

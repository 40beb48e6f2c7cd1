"""SQLite: an FTS5 table (rowid = object id) over the analysed tokens, ranked by bm25."""

from __future__ import annotations

from . import CompiledQuery, IndexSpec

TITLE_WEIGHT = 4.0
BODY_WEIGHT = 1.0


def _quote(token: str) -> str:
    # tokens are [a-z0-9]+ already; quoting keeps FTS5 syntax out in any case
    return '"' + token.replace('"', "") + '"'


def _alternative(tokens: tuple[str, ...]) -> str:
    if len(tokens) == 1:
        return _quote(tokens[0])
    return "(" + " AND ".join(_quote(t) for t in tokens) + ")"


def _group(alternatives) -> str:
    return "(" + " OR ".join(_alternative(a) for a in alternatives) + ")"


def match_all(query: CompiledQuery) -> str:
    return " AND ".join(_group(g) for g in query.groups)


def match_any(query: CompiledQuery) -> str:
    return " OR ".join(_group(g) for g in query.groups)


def create(schema_editor, spec: IndexSpec) -> None:
    schema_editor.execute(
        f"CREATE VIRTUAL TABLE IF NOT EXISTS {spec.fts_table} USING fts5(title, body, tokenize='ascii')"
    )


def drop(schema_editor, spec: IndexSpec) -> None:
    schema_editor.execute(f"DROP TABLE IF EXISTS {spec.fts_table}")


def write(cursor, spec: IndexSpec, rows: list[tuple[int, str, str]]) -> None:
    """Replace the index rows for these ids (the entry table is already saved)."""
    if not rows:
        return
    delete(cursor, spec, [row[0] for row in rows])
    cursor.executemany(f"INSERT INTO {spec.fts_table}(rowid, title, body) VALUES (%s, %s, %s)", rows)


def delete(cursor, spec: IndexSpec, ids: list[int]) -> None:
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        placeholders = ", ".join(["%s"] * len(chunk))
        cursor.execute(f"DELETE FROM {spec.fts_table} WHERE rowid IN ({placeholders})", chunk)


def clear(cursor, spec: IndexSpec) -> None:
    cursor.execute(f"DELETE FROM {spec.fts_table}")


def restrict(queryset, spec: IndexSpec, query: CompiledQuery):
    """Objects matching at least one term (a join on the FTS table)."""
    fts = spec.fts_table
    return queryset.extra(
        tables=[fts],
        where=[f"{fts}.rowid = {spec.base_table}.id", f"{fts} MATCH %s"],
        params=[match_any(query)],
    )


def ranked(queryset, spec: IndexSpec, query: CompiledQuery):
    """:func:`restrict` plus ``search_tier`` (1 = all terms match) and ``search_score`` (higher is better)."""
    fts = spec.fts_table
    select = {"search_score": f"-bm25({fts}, {TITLE_WEIGHT}, {BODY_WEIGHT})"}
    select_params = []
    if query.is_single_group:
        select["search_tier"] = "1"
    else:
        select["search_tier"] = (
            f"CASE WHEN {fts}.rowid IN (SELECT rowid FROM {fts} WHERE {fts} MATCH %s) THEN 1 ELSE 0 END"
        )
        select_params.append(match_all(query))
    return restrict(queryset, spec, query).extra(select=select, select_params=select_params)

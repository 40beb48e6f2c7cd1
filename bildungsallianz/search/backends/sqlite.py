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
    """Objects matching at least one term. An IN subquery, so SQLite runs the MATCH once
    (a join let the planner probe the FTS table once per row)."""
    fts = spec.fts_table
    return queryset.extra(
        where=[f"{spec.base_table}.id IN (SELECT rowid FROM {fts} WHERE {fts} MATCH %s)"],
        params=[match_any(query)],
    )


#: The ranked candidates (a CTE) and the smallest of their ids: every MATCH below also gets
#: ``rowid >= floor``, which FTS5 applies while reading its lists, so older matches cost nothing.
_WITH = "WITH bounded(id) AS MATERIALIZED ({candidates}), floor(id) AS (SELECT COALESCE(MIN(id), 0) FROM bounded) "
_FLOOR = "(SELECT id FROM floor)"


def _score(fts: str, query: CompiledQuery) -> tuple[str, list]:
    """Sum over the terms of the weight of the best level each document matches (see ``Level``)."""
    cases, params = [], []
    for levels in query.levels:
        whens = []
        for weight, title_only, alternatives in levels:
            whens.append(
                f"WHEN {fts}.rowid IN (SELECT rowid FROM {fts} WHERE {fts} MATCH %s AND rowid >= {_FLOOR}) "
                f"THEN {int(weight)}"
            )
            params.append(("title : " if title_only else "") + _group(alternatives))
        if whens:
            cases.append("(CASE " + " ".join(whens) + " ELSE 0 END)")
    return (" + ".join(cases) or "0"), params


def ranked_ids(cursor, spec: IndexSpec, query: CompiledQuery, bounded: tuple[str, list], limit: int, offset: int):
    """``(id, tier)`` of one page of matches within ``bounded`` (SQL of at most ``RANK_LIMIT``
    candidate ids, the newest), best first.

    tier 1 = every term matches; within a tier the level score (exact and title hits first),
    then bm25. The FTS table drives the loop (CROSS JOIN fixes the order) from the smallest
    candidate id on; the candidate filter sits on ``o.id``: on the FTS rowid SQLite would hand
    the whole id list to FTS5 and run the MATCH once per id.
    """
    fts = spec.fts_table
    bounded_sql, bounded_params = bounded
    select_params: list = []
    if query.is_single_group:
        tier = "1"
    else:
        tier = (
            f"CASE WHEN {fts}.rowid IN (SELECT rowid FROM {fts} WHERE {fts} MATCH %s AND rowid >= {_FLOOR}) "
            "THEN 1 ELSE 0 END"
        )
        select_params.append(match_all(query))
    score, score_params = _score(fts, query)
    sql = _WITH.format(candidates=bounded_sql) + (
        f"SELECT {fts}.rowid, {tier} AS tier, {score} AS score "
        f"FROM {fts} CROSS JOIN {spec.base_table} AS o ON o.id = {fts}.rowid "
        f"WHERE {fts} MATCH %s AND {fts}.rowid >= {_FLOOR} AND o.id IN (SELECT id FROM bounded) "
        f"ORDER BY tier DESC, score DESC, bm25({fts}, {TITLE_WEIGHT}, {BODY_WEIGHT}) ASC, o.published_at DESC, "
        "o.id ASC LIMIT %s OFFSET %s"
    )
    params = [*bounded_params, *select_params, *score_params, match_any(query), limit, offset]
    cursor.execute(sql, params)
    return [(row[0], row[1]) for row in cursor.fetchall()]

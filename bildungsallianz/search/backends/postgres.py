"""PostgreSQL: a generated tsvector column ('simple' config over the analysed tokens), GIN index, ts_rank."""

from __future__ import annotations

from . import CompiledQuery, IndexSpec


def _quote(token: str, weight: str = "") -> str:
    # tokens are [a-z0-9]+ already; quoting keeps tsquery syntax out in any case
    return "'" + token.replace("'", "").replace("\\", "") + "'" + (f":{weight}" if weight else "")


def _alternative(tokens: tuple[str, ...], weight: str = "") -> str:
    if len(tokens) == 1:
        return _quote(tokens[0], weight)
    return "(" + " & ".join(_quote(t, weight) for t in tokens) + ")"


def _group(alternatives, weight: str = "") -> str:
    return "(" + " | ".join(_alternative(a, weight) for a in alternatives) + ")"


def match_all(query: CompiledQuery) -> str:
    return " & ".join(_group(g) for g in query.groups)


def match_any(query: CompiledQuery) -> str:
    return " | ".join(_group(g) for g in query.groups)


def create(schema_editor, spec: IndexSpec) -> None:
    table = spec.entry_table
    schema_editor.execute(
        f"ALTER TABLE {table} ADD COLUMN IF NOT EXISTS vector tsvector GENERATED ALWAYS AS ("
        "setweight(to_tsvector('simple'::regconfig, coalesce(title, '')), 'A') || "
        "setweight(to_tsvector('simple'::regconfig, coalesce(body, '')), 'B')) STORED"
    )
    schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {spec.name}_vector_gin ON {table} USING gin (vector)")


def drop(schema_editor, spec: IndexSpec) -> None:
    schema_editor.execute(f"DROP INDEX IF EXISTS {spec.name}_vector_gin")
    schema_editor.execute(f"ALTER TABLE {spec.entry_table} DROP COLUMN IF EXISTS vector")


def write(cursor, spec: IndexSpec, rows) -> None:
    """Nothing to do: the tsvector column is generated from the entry table."""


def delete(cursor, spec: IndexSpec, ids) -> None:
    """Nothing to do: deleting the entry rows deletes the vectors."""


def clear(cursor, spec: IndexSpec) -> None:
    """Nothing to do (see :func:`write`)."""


def restrict(queryset, spec: IndexSpec, query: CompiledQuery):
    table = spec.entry_table
    return queryset.extra(
        where=[
            f"{spec.base_table}.id IN (SELECT {spec.key_column} FROM {table} WHERE vector @@ to_tsquery('simple', %s))"
        ],
        params=[match_any(query)],
    )


def _score(query: CompiledQuery) -> tuple[str, list]:
    """Sum over the terms of the weight of the best level each document matches (title = weight A)."""
    cases, params = [], []
    for levels in query.levels:
        whens = []
        for weight, title_only, alternatives in levels:
            whens.append(f"WHEN e.vector @@ to_tsquery('simple', %s) THEN {int(weight)}")
            params.append(_group(alternatives, "A" if title_only else ""))
        if whens:
            cases.append("(CASE " + " ".join(whens) + " ELSE 0 END)")
    return (" + ".join(cases) or "0"), params


def ranked_ids(cursor, spec: IndexSpec, query: CompiledQuery, bounded: tuple[str, list], limit: int, offset: int):
    """``(id, tier)`` of one page of matches within ``bounded`` (SQL of at most ``RANK_LIMIT``
    candidate ids, the newest), best first: all terms first, then the level score (exact and
    title hits first), then ``ts_rank``. The candidates drive the query, so only they are scored."""
    table, key = spec.entry_table, spec.key_column
    bounded_sql, bounded_params = bounded
    select_params: list = []
    if query.is_single_group:
        tier = "1"
    else:
        tier = "CASE WHEN e.vector @@ to_tsquery('simple', %s) THEN 1 ELSE 0 END"
        select_params.append(match_all(query))
    score, score_params = _score(query)
    sql = (
        f"WITH bounded(id) AS MATERIALIZED ({bounded_sql}) "
        f"SELECT e.{key}, {tier} AS tier, {score} AS score FROM bounded b "
        f"JOIN {table} e ON e.{key} = b.id JOIN {spec.base_table} o ON o.id = e.{key} "
        "WHERE e.vector @@ to_tsquery('simple', %s) "
        "ORDER BY tier DESC, score DESC, ts_rank(e.vector, to_tsquery('simple', %s)) DESC, "
        "o.published_at DESC NULLS LAST, o.id ASC LIMIT %s OFFSET %s"
    )
    params = [*bounded_params, *select_params, *score_params, match_any(query), match_any(query), limit, offset]
    cursor.execute(sql, params)
    return [(row[0], row[1]) for row in cursor.fetchall()]

"""PostgreSQL: a generated tsvector column ('simple' config over the analysed tokens), GIN index, ts_rank."""

from __future__ import annotations

from . import CompiledQuery, IndexSpec


def _quote(token: str) -> str:
    # tokens are [a-z0-9]+ already; quoting keeps tsquery syntax out in any case
    return "'" + token.replace("'", "").replace("\\", "") + "'"


def _alternative(tokens: tuple[str, ...]) -> str:
    if len(tokens) == 1:
        return _quote(tokens[0])
    return "(" + " & ".join(_quote(t) for t in tokens) + ")"


def _group(alternatives) -> str:
    return "(" + " | ".join(_alternative(a) for a in alternatives) + ")"


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


def ranked_ids(cursor, spec: IndexSpec, query: CompiledQuery, filtered: tuple[str, list], limit: int, offset: int):
    """``(id, tier)`` of one page of matches within ``filtered`` (SQL of candidate ids), best first."""
    table, key = spec.entry_table, spec.key_column
    filtered_sql, filtered_params = filtered
    select_params: list = []
    if query.is_single_group:
        tier = "1"
    else:
        tier = "CASE WHEN e.vector @@ to_tsquery('simple', %s) THEN 1 ELSE 0 END"
        select_params.append(match_all(query))
    sql = (
        f"SELECT e.{key}, {tier} AS tier FROM {table} e JOIN {spec.base_table} o ON o.id = e.{key} "
        f"WHERE e.vector @@ to_tsquery('simple', %s) AND e.{key} IN ({filtered_sql}) "
        "ORDER BY tier DESC, ts_rank(e.vector, to_tsquery('simple', %s)) DESC, "
        "o.published_at DESC NULLS LAST, o.id ASC LIMIT %s OFFSET %s"
    )
    cursor.execute(sql, [*select_params, match_any(query), *filtered_params, match_any(query), limit, offset])
    return [(row[0], row[1]) for row in cursor.fetchall()]

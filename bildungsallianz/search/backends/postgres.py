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
        tables=[table],
        where=[f"{table}.{spec.key_column} = {spec.base_table}.id", f"{table}.vector @@ to_tsquery('simple', %s)"],
        params=[match_any(query)],
    )


def ranked(queryset, spec: IndexSpec, query: CompiledQuery):
    table = spec.entry_table
    select = {"search_score": f"ts_rank({table}.vector, to_tsquery('simple', %s))"}
    select_params = [match_any(query)]
    if query.is_single_group:
        select["search_tier"] = "1"
    else:
        select["search_tier"] = f"CASE WHEN {table}.vector @@ to_tsquery('simple', %s) THEN 1 ELSE 0 END"
        select_params.append(match_all(query))
    return restrict(queryset, spec, query).extra(select=select, select_params=select_params)

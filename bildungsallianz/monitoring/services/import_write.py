"""Writing a plan: source, variables, new observations, changed ones with their previous values."""

from __future__ import annotations

import json
import re
from collections.abc import Callable

from django.db import connection
from django.utils import timezone

from ..models import ImportRun, Observation, PreviousValue, Region, Source, Variable
from ..parsers.hierarchy import category_tree
from .bulk import execute_many, insert_rows
from .import_plan import Plan

BATCH = 2000
Progress = Callable[[int, int], None]

_OBSERVATION_COLUMNS = [
    "variable",
    "region",
    "period",
    "year",
    "breakdown",
    "breakdown_key",
    "value",
    "status",
    "import_run",
    "updated_at",
    "quality",
    "basis",
]
_PREVIOUS_COLUMNS = ["observation", "import_run", "old_value", "old_status", "old_import_run", "changed_at"]


def source_update_from_table(plan: Plan, run: ImportRun) -> Source:
    """Create the source or fill in what the file tells about it (title, code, Stand, attribution)."""
    table = plan.table
    source, _created = Source.objects.get_or_create(
        code=plan.source_code,
        defaults={"table_code": table.table_code or "", "title": table.title[:500]},
    )
    updates = {}
    if table.title and not source.title:
        updates["title"] = table.title[:500]
    if table.table_code and not source.table_code:
        updates["table_code"] = table.table_code
    if table.stand:
        updates["stand"] = table.stand[:100]
    match = re.search(r"©[^.]*?\d{4}", table.copyright or "")
    if not source.attribution and match:
        updates["attribution"] = match.group(0)[:300]
    tree = category_tree(table)
    if tree:
        merged = {d: {**source.category_tree.get(d, {}), **t} for d, t in tree.items()}
        merged = {**source.category_tree, **merged}
        if merged != source.category_tree:
            updates["category_tree"] = merged
    mapping = run.preview.get("column_mapping")
    if mapping and mapping != source.column_mapping:
        updates["column_mapping"] = mapping
    if updates:
        for name, value in updates.items():
            setattr(source, name, value)
        source.save(update_fields=[*updates, "updated_at"])
    return source


def _variable_ids(plan: Plan, source: Source) -> dict[str, int]:
    variables = {v.code: v for v in Variable.objects.filter(source=source)}
    missing = [
        Variable(source=source, code=c, label=label[:300], unit=unit[:60])
        for c, (label, unit) in plan.variables.items()
        if c not in variables
    ]
    Variable.objects.bulk_create(missing)
    if missing:
        variables = {v.code: v for v in Variable.objects.filter(source=source)}
    return {code: v.pk for code, v in variables.items()}


def _adapted_breakdowns(plan: Plan) -> dict[tuple, tuple]:
    """Each distinct breakdown adapted once for the database, as the ORM would adapt it."""
    json_field = Observation._meta.get_field("breakdown")
    if connection.vendor == "postgresql":  # COPY takes the JSON text (no per-row jsonb adapter)
        return {bd: (json.dumps(dict(bd), cls=json_field.encoder), key) for bd, key in plan.breakdown_keys.items()}
    return {bd: (json_field.get_db_prep_save(dict(bd), connection), key) for bd, key in plan.breakdown_keys.items()}


def _new_rows(plan: Plan, run: ImportRun, variable_ids: dict[str, int], updated_at) -> list[tuple]:
    breakdowns = _adapted_breakdowns(plan)
    regions = plan.regions
    years: dict[str, int] = {}
    rows = []
    basis = plan.basis
    for obs in plan.new:
        year = years.get(obs.period)
        if year is None:
            year = years[obs.period] = int(obs.period[:4])
        breakdown, bkey = breakdowns[obs.breakdown]
        rows.append(
            (
                variable_ids[obs.variable],
                regions[obs.region_key],
                obs.period,
                year,
                breakdown,
                bkey,
                obs.value,
                obs.status,
                run.pk,
                updated_at,
                obs.quality,
                basis,
            )
        )
    return rows


def _update_sql() -> str:
    meta = Observation._meta
    quote = connection.ops.quote_name
    return (
        f"UPDATE {quote(meta.db_table)} SET {quote('value')} = %s, {quote('status')} = %s, {quote('quality')} = %s, "
        f"{quote('basis')} = %s, {quote(meta.get_field('import_run').column)} = %s, "
        f"{quote('updated_at')} = %s WHERE {quote('id')} = %s"
    )


def import_plan_write(plan: Plan, run: ImportRun, progress: Progress | None) -> None:
    """Write new and changed observations as plain rows (caller holds the transaction).

    Values are adapted exactly as the ORM would do it, but once per distinct
    breakdown / per run instead of once per cell. The unique and the check
    constraint of Observation still guard the rows.
    """
    source = source_update_from_table(plan, run)
    variable_ids = _variable_ids(plan, source)
    total = len(plan.new) + len(plan.changed)
    done = 0
    now = timezone.now()
    updated_at = Observation._meta.get_field("updated_at").get_db_prep_save(now, connection)
    rows = _new_rows(plan, run, variable_ids, updated_at)
    for start in range(0, len(rows), BATCH):
        chunk = rows[start : start + BATCH]
        insert_rows(Observation, _OBSERVATION_COLUMNS, chunk)
        done += len(chunk)
        if progress:
            progress(done, total)
    changed_at = PreviousValue._meta.get_field("changed_at").get_db_prep_save(now, connection)
    update_sql = _update_sql()
    for start in range(0, len(plan.changed), BATCH):
        chunk = plan.changed[start : start + BATCH]
        previous = [
            (obs_id, run.pk, old_value, old_status, old_run, changed_at)
            for _o, obs_id, old_value, old_status, old_run in chunk
        ]
        insert_rows(PreviousValue, _PREVIOUS_COLUMNS, previous)
        execute_many(
            update_sql,
            [(obs.value, obs.status, obs.quality, plan.basis, run.pk, updated_at, obs_id) for obs, obs_id, *_ in chunk],
        )
        done += len(chunk)
        if progress:
            progress(done, total)
    region_names_remember(plan)
    run.source = source


def region_names_remember(plan: Plan) -> None:
    """Keep every published name variant of a region as alias (name history)."""
    if not plan.region_names:
        return
    regions = Region.objects.filter(key__in=plan.region_names).only("id", "key", "name", "aliases")
    changed = []
    for region in regions:
        name = plan.region_names[region.key]
        if name != region.name and name not in region.aliases:
            region.aliases = sorted({*region.aliases, name})
            changed.append(region)
    Region.objects.bulk_update(changed, ["aliases"])

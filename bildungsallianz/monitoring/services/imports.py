"""Import runs: read and check the whole file, preview, then write all-or-nothing.

Flow: :func:`import_run_preview` stores the raw file with its SHA-256 and a
preview (nothing else is written); :func:`import_run_execute` parses the
stored file again, recomputes the plan against the database and writes new
and changed observations, their previous versions and the affected indicator
values in one transaction. :func:`import_statistics` does both (command line,
demo data).
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import json
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import connection, transaction
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from ..models import ImportRun, Observation, ObservationRevision, Region, Source, Variable
from ..models.observations import breakdown_key
from ..parsers import STATUS_LABELS, ParsedObservation, ParsedTable, ParseError, parse_file

BATCH = 2000
PREVIEW_ROWS = 12
Progress = Callable[[int, int], None]


class ImportFailed(ValidationError):
    """A file cannot be imported; the message is German and names the place."""


def upload_max_bytes() -> int:
    return int(getattr(settings, "MONITORING_UPLOAD_MAX_BYTES", 50 * 1024 * 1024))


def _size_text(n: int) -> str:
    return f"{n / (1024 * 1024):.1f}".replace(".", ",") + " MB"


@dataclass
class Plan:
    """What writing a parsed file would do, computed against the database."""

    table: ParsedTable
    source: Source | None
    source_code: str
    regions: dict[str, int]
    unknown: dict[str, tuple[str, int]]
    new: list[ParsedObservation] = field(default_factory=list)
    changed: list[tuple[ParsedObservation, int, Decimal | None, str, int | None]] = field(default_factory=list)
    unchanged: int = 0
    variables: dict[str, tuple[str, str]] = field(default_factory=dict)
    region_names: dict[str, str] = field(default_factory=dict)
    #: canonical breakdown key of every distinct breakdown tuple in the file
    breakdown_keys: dict[tuple, str] = field(default_factory=dict)


def _source_code(table: ParsedTable, source_code: str) -> str:
    code = slugify(source_code or table.table_code or "", allow_unicode=True)
    if not code:
        raise ImportFailed(
            _("Die Datei nennt keinen Tabellencode. Bitte wählen Sie eine Datenquelle (Kürzel) für den Import.")
        )
    return code


def _parse(data: bytes, filename: str, source: Source | None, column_mapping, sheet) -> ParsedTable:
    mapping = column_mapping or (source.column_mapping if source else None) or None
    try:
        return parse_file(data, filename=filename, column_mapping=mapping, sheet=sheet)
    except ParseError as exc:
        raise ImportFailed(str(exc)) from exc


@contextlib.contextmanager
def _gc_paused():
    """Pause the cyclic garbage collector while tens of thousands of objects are made.

    Parsed observations are tuples of strings without cycles, but creating
    them triggers full collections over every live object of the process
    (measured: parsing the largest table took 50–230 ms depending on when a
    collection hit). Reference counting still frees everything; the collector
    runs again afterwards.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _plan(
    data: bytes | None,
    *,
    filename: str,
    source_code: str,
    column_mapping=None,
    sheet=None,
    table: ParsedTable | None = None,
) -> Plan:
    """Parse (unless ``table`` is given) and compare with the database.

    Three queries, whatever the file size. Existing observations come as
    tuples from one ``values_list`` query and are looked up in a dict keyed
    like the unique constraint; the canonical breakdown key is built once per
    distinct breakdown, not once per cell.
    """
    given = slugify(source_code, allow_unicode=True) if source_code else ""
    source = Source.objects.filter(code=given).first() if given else None
    if table is None:
        table = _parse(data, filename, source, column_mapping, sheet)
    code = _source_code(table, source_code)
    if source is None:
        source = Source.objects.filter(code=code).first()
    regions = dict(Region.objects.values_list("key", "id"))
    plan = Plan(table=table, source=source, source_code=code, regions=regions, unknown={})
    existing: dict[tuple, tuple] = {}
    if source is not None:
        rows = Observation.objects.filter(variable__source=source, period__in=table.periods()).values_list(
            "variable__code", "region_id", "period", "breakdown_key", "id", "value", "status", "import_run_id"
        )
        existing = {(r[0], r[1], r[2], r[3]): r[4:] for r in rows}
    unknown: Counter = Counter()
    unknown_names: dict[str, str] = {}
    keys = plan.breakdown_keys
    variables = plan.variables
    region_names = plan.region_names
    new_append = plan.new.append
    changed_append = plan.changed.append
    unchanged = 0
    for obs in table.observations:
        if obs.variable not in variables:
            variables[obs.variable] = (obs.variable_label, obs.unit)
        region_id = regions.get(obs.region_key)
        if region_id is None:
            unknown[obs.region_key] += 1
            if obs.region_key not in unknown_names:
                unknown_names[obs.region_key] = obs.region_name
            continue
        if obs.region_name and obs.region_key not in region_names:
            region_names[obs.region_key] = obs.region_name
        bkey = keys.get(obs.breakdown)
        if bkey is None:
            bkey = keys[obs.breakdown] = breakdown_key(obs.breakdown)
        if not existing:
            new_append(obs)
            continue
        found = existing.get((obs.variable, region_id, obs.period, bkey))
        if found is None:
            new_append(obs)
        elif found[2] == obs.status and found[1] == obs.value:
            unchanged += 1
        else:
            changed_append((obs, found[0], found[1], found[2], found[3]))
    plan.unchanged = unchanged
    plan.unknown = {k: (unknown_names[k], n) for k, n in unknown.items()}
    return plan


def _format_value(obs: ParsedObservation) -> str:
    if obs.status:
        return obs.status
    return format(obs.value, "f").replace(".", ",")


def _preview(plan: Plan) -> dict:
    table = plan.table
    municipality = getattr(settings, "MUNICIPALITY_AGS", "")
    sample = [o for o in table.observations if o.region_key == municipality][:PREVIEW_ROWS]
    sample = sample or table.observations[:PREVIEW_ROWS]
    matched = len({o.region_key for o in table.observations} - set(plan.unknown))
    return {
        "format": table.format,
        "table_code": table.table_code or "",
        "title": table.title,
        "stand": table.stand or "",
        "copyright": table.copyright or "",
        "notes": list(table.notes),
        "source_code": plan.source_code,
        "source_exists": plan.source is not None,
        "observations": len(table.observations),
        "periods": table.periods(),
        "variables": [{"code": code, "label": label, "unit": unit} for code, (label, unit) in plan.variables.items()],
        "regions_matched": matched,
        "regions_unknown": [
            {"key": key, "name": name, "count": count} for key, (name, count) in sorted(plan.unknown.items())
        ],
        "new": len(plan.new),
        "changed": len(plan.changed),
        "unchanged": plan.unchanged,
        "special_values": {
            status: {"count": count, "label": STATUS_LABELS[status]}
            for status, count in sorted(table.special_value_counts().items())
        },
        "changed_sample": [
            {
                "region": obs.region_key,
                "period": obs.period,
                "variable": obs.variable_label or obs.variable,
                "breakdown": ", ".join(f"{d}: {v}" for d, v in obs.breakdown) or "insgesamt",
                "old": old_status or format(old_value, "f").rstrip("0").rstrip(".").replace(".", ","),
                "new": _format_value(obs),
            }
            for obs, _id, old_value, old_status, _run in plan.changed[:PREVIEW_ROWS]
        ],
        "sample": [
            {
                "line": o.line,
                "column": o.column,
                "region": o.region_key,
                "region_name": o.region_name,
                "period": o.period,
                "variable": o.variable_label or o.variable,
                "breakdown": ", ".join(f"{d}: {v}" for d, v in o.breakdown) or "insgesamt",
                "value": _format_value(o),
            }
            for o in sample
        ],
    }


def _unknown_error(plan: Plan) -> str:
    listed = ", ".join(f"{k} ({name})" if name else k for k, (name, _n) in sorted(plan.unknown.items())[:20])
    more = len(plan.unknown) - 20
    return (
        _("Die Datei enthält %(count)s unbekannte Regionalschlüssel: %(keys)s")
        % {"count": len(plan.unknown), "keys": listed}
        + (_(" und %(more)s weitere") % {"more": more} if more > 0 else "")
        + _(
            ". Bitte laden Sie die Gebietseinheiten (manage.py load_regions) oder bestätigen Sie, "
            "dass diese Zeilen ausgelassen werden."
        )
    )


def import_run_preview(
    *,
    data: bytes,
    filename: str,
    source_code: str = "",
    user=None,
    ignore_unknown_regions: bool = False,
    column_mapping: dict | None = None,
    sheet: str | None = None,
) -> ImportRun:
    """Check a file completely and keep it with a preview; writes no observation.

    Returns the :class:`ImportRun`; ``state`` is ``failed`` with a German
    ``error`` when the file cannot be imported.
    """
    return _preview_run(
        data=data,
        filename=filename,
        source_code=source_code,
        user=user,
        ignore_unknown_regions=ignore_unknown_regions,
        column_mapping=column_mapping,
        sheet=sheet,
    )[0]


@_gc_paused()
def _preview_run(
    *, data, filename, source_code, user, ignore_unknown_regions, column_mapping, sheet
) -> tuple[ImportRun, ParsedTable | None]:
    """:func:`import_run_preview`, also returning the parsed table (``None`` if it failed)."""
    run = ImportRun(
        filename=(filename or "upload")[-255:],
        size=len(data),
        source_code=source_code,
        created_by=user if user is not None and user.is_authenticated else None,
        ignore_unknown_regions=ignore_unknown_regions,
    )
    limit = upload_max_bytes()
    if len(data) > limit:
        run.state = ImportRun.State.FAILED
        run.error = _("Die Datei ist zu groß (%(size)s). Erlaubt sind höchstens %(limit)s.") % {
            "size": _size_text(len(data)),
            "limit": _size_text(limit),
        }
        run.finished_at = timezone.now()
        run.save()
        return run, None
    run.sha256 = hashlib.sha256(data).hexdigest()
    run.file.save(f"{run.sha256[:16]}-{slugify(filename) or 'upload'}"[:120], ContentFile(data), save=False)
    try:
        plan = _plan(data, filename=filename, source_code=source_code, column_mapping=column_mapping, sheet=sheet)
    except ImportFailed as exc:
        run.state = ImportRun.State.FAILED
        run.error = " ".join(exc.messages)
        run.finished_at = timezone.now()
        run.save()
        return run, None
    run.format = plan.table.format
    run.source_code = plan.source_code
    run.source = plan.source
    run.preview = _preview(plan)
    if column_mapping:
        run.preview["column_mapping"] = column_mapping
    if sheet:
        run.preview["sheet"] = sheet
    run.count_new, run.count_changed, run.count_unchanged = len(plan.new), len(plan.changed), plan.unchanged
    if plan.unknown and not ignore_unknown_regions:
        run.error = _unknown_error(plan)
    run.save()
    return run, plan.table


def _insert_sql(model, columns: list[str]) -> str:
    quote = connection.ops.quote_name
    names = ", ".join(quote(model._meta.get_field(c).column) for c in columns)
    return f"INSERT INTO {quote(model._meta.db_table)} ({names}) VALUES ({', '.join(['%s'] * len(columns))})"


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
]


def _executemany(sql: str, rows: list[tuple]) -> None:
    with connection.cursor() as cursor:
        cursor.executemany(sql, rows)


def _insert_rows(model, columns: list[str], rows: list[tuple]) -> None:
    """Insert plain rows: ``COPY`` on PostgreSQL (one round trip), ``executemany`` elsewhere."""
    if not rows:
        return
    if connection.vendor == "postgresql":
        quote = connection.ops.quote_name
        names = ", ".join(quote(model._meta.get_field(c).column) for c in columns)
        with (
            connection.cursor() as cursor,
            cursor.cursor.copy(f"COPY {quote(model._meta.db_table)} ({names}) FROM STDIN") as copy,
        ):
            for row in rows:
                copy.write_row(row)
        return
    _executemany(_insert_sql(model, columns), rows)


def _write(plan: Plan, run: ImportRun, progress: Progress | None) -> None:
    table = plan.table
    source, created = Source.objects.get_or_create(
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
    mapping = run.preview.get("column_mapping")
    if mapping and mapping != source.column_mapping:
        updates["column_mapping"] = mapping
    if updates:
        for name, value in updates.items():
            setattr(source, name, value)
        source.save(update_fields=[*updates, "updated_at"])
    variables = {v.code: v for v in Variable.objects.filter(source=source)}
    missing = [
        Variable(source=source, code=c, label=label[:300], unit=unit[:60])
        for c, (label, unit) in plan.variables.items()
        if c not in variables
    ]
    Variable.objects.bulk_create(missing)
    if missing:
        variables = {v.code: v for v in Variable.objects.filter(source=source)}
    # Plain rows through the database cursor instead of model instances: the
    # ORM spends ~10 µs per field on preparing values, the database ~5 µs per
    # row on storing them. Values are adapted exactly as the ORM would do it,
    # but once per distinct breakdown / per run instead of once per cell.
    # The unique and the check constraint of Observation still guard the rows.
    total = len(plan.new) + len(plan.changed)
    done = 0
    now = timezone.now()
    meta = Observation._meta
    updated_at = meta.get_field("updated_at").get_db_prep_save(now, connection)
    json_field = meta.get_field("breakdown")
    if connection.vendor == "postgresql":  # COPY takes the JSON text (no per-row jsonb adapter)
        breakdowns = {
            bd: (json.dumps(dict(bd), cls=json_field.encoder), key) for bd, key in plan.breakdown_keys.items()
        }
    else:
        breakdowns = {
            bd: (json_field.get_db_prep_save(dict(bd), connection), key) for bd, key in plan.breakdown_keys.items()
        }
    variable_ids = {code: v.pk for code, v in variables.items()}
    regions = plan.regions
    years: dict[str, int] = {}
    rows = []
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
            )
        )
    for start in range(0, len(rows), BATCH):
        chunk = rows[start : start + BATCH]
        _insert_rows(Observation, _OBSERVATION_COLUMNS, chunk)
        done += len(chunk)
        if progress:
            progress(done, total)
    revision_columns = ["observation", "import_run", "old_value", "old_status", "old_import_run", "changed_at"]
    changed_at = ObservationRevision._meta.get_field("changed_at").get_db_prep_save(now, connection)
    quote = connection.ops.quote_name
    update_sql = (
        f"UPDATE {quote(meta.db_table)} SET {quote('value')} = %s, {quote('status')} = %s, "
        f"{quote(meta.get_field('import_run').column)} = %s, {quote('updated_at')} = %s WHERE {quote('id')} = %s"
    )
    for start in range(0, len(plan.changed), BATCH):
        chunk = plan.changed[start : start + BATCH]
        _insert_rows(
            ObservationRevision,
            revision_columns,
            [
                (obs_id, run.pk, old_value, old_status, old_run, changed_at)
                for _obs, obs_id, old_value, old_status, old_run in chunk
            ],
        )
        _executemany(update_sql, [(obs.value, obs.status, run.pk, updated_at, obs_id) for obs, obs_id, *_ in chunk])
        done += len(chunk)
        if progress:
            progress(done, total)
    _remember_region_names(plan)
    run.source = source


def _remember_region_names(plan: Plan) -> None:
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


def import_run_execute(*, run: ImportRun, progress: Progress | None = None) -> ImportRun:
    """Write a previewed run in one transaction; on any error nothing is written.

    Raises :class:`ImportFailed` (German message) and marks the run failed.
    """
    return _execute_run(run, progress)


@_gc_paused()
def _execute_run(run: ImportRun, progress: Progress | None, table: ParsedTable | None = None) -> ImportRun:
    """:func:`import_run_execute`; ``table`` is the file parsed by the preview of the same call.

    The plan is always computed again inside the transaction, against the
    database as it is now; only parsing is skipped when ``table`` is given.
    """
    from .indicators import indicators_recompute

    if run.state != ImportRun.State.PREVIEWED:
        raise ImportFailed(_("Dieser Import wurde bereits abgeschlossen oder verworfen."))
    try:
        with run.file.open("rb") as fh:
            data = fh.read()
        if hashlib.sha256(data).hexdigest() != run.sha256:
            raise ImportFailed(_("Die gespeicherte Datei wurde verändert (Prüfsumme stimmt nicht)."))
        with transaction.atomic():
            plan = _plan(
                data,
                filename=run.filename,
                source_code=run.source_code,
                column_mapping=run.preview.get("column_mapping"),
                sheet=run.preview.get("sheet"),
                table=table,
            )
            if plan.unknown and not run.ignore_unknown_regions:
                raise ImportFailed(_unknown_error(plan))
            _write(plan, run, progress)
            run.state = ImportRun.State.SUCCEEDED
            run.error = ""
            run.count_new, run.count_changed, run.count_unchanged = len(plan.new), len(plan.changed), plan.unchanged
            run.finished_at = timezone.now()
            run.save()
            touched = {o.variable for o in plan.new} | {c[0].variable for c in plan.changed}
            if touched:
                indicators_recompute(variables={(run.source.code, code) for code in touched})
    except ImportFailed as exc:
        _mark_failed(run, " ".join(exc.messages))
        raise
    except Exception as exc:  # database errors: report in German, keep nothing
        _mark_failed(
            run,
            _("Der Import wurde abgebrochen, es wurde nichts gespeichert (%(error)s).") % {"error": type(exc).__name__},
        )
        raise ImportFailed(run.error) from exc
    return run


def _mark_failed(run: ImportRun, message: str) -> None:
    ImportRun.objects.filter(pk=run.pk).update(state=ImportRun.State.FAILED, error=message, finished_at=timezone.now())
    run.refresh_from_db()


def import_run_discard(*, run: ImportRun) -> None:
    """Drop a previewed run that the user did not confirm (the file is kept for the record)."""
    if run.state == ImportRun.State.PREVIEWED:
        run.state = ImportRun.State.DISCARDED
        run.finished_at = timezone.now()
        run.save(update_fields=["state", "finished_at"])


def import_statistics(
    *,
    data: bytes,
    filename: str,
    source_code: str = "",
    user=None,
    ignore_unknown_regions: bool = False,
    column_mapping: dict | None = None,
    sheet: str | None = None,
    progress: Progress | None = None,
) -> ImportRun:
    """Preview and, if the file is fine, write it (command line, demo data); parses once."""
    run, table = _preview_run(
        data=data,
        filename=filename,
        source_code=source_code,
        user=user,
        ignore_unknown_regions=ignore_unknown_regions,
        column_mapping=column_mapping,
        sheet=sheet,
    )
    if run.state == ImportRun.State.FAILED:
        raise ImportFailed(run.error)
    return _execute_run(run, progress, table)

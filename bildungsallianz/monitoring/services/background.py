"""Big imports run as background tasks (django-tasks) so the request returns at once.

A file over ``MONITORING_BACKGROUND_BYTES`` is stored right away (after the
cheap checks: upload limit, and for .xlsx the archive and sheet bounds of
:func:`..parsers.limits.check_xlsx`) as a *queued* run; a task checks it and
stores the preview. Executing a run with more than
``MONITORING_BACKGROUND_VALUES`` values to write also runs as a task. The
back office shows the current step (``ImportRun.progress_step``) and reloads
itself while ``ImportRun.is_working``. Writing stays one transaction, so its
progress is shown as steps, not as a row count.

Tests and ``make run`` use django-tasks' immediate backend (the task runs
inside ``enqueue``); production configures a worker (docs/operations.md).
"""

from __future__ import annotations

import contextlib

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _
from django_tasks import task

from ..models import ImportRun
from ..parsers import ParseError, detect_binary_format
from ..parsers.limits import check_xlsx
from .import_plan import ImportFailed, parse_limits
from .imports import import_run_check, import_run_execute, refuse_oversized, run_mark_failed, run_new, store_file
from .imports import import_run_preview as _preview_now


def background_bytes() -> int:
    return int(getattr(settings, "MONITORING_BACKGROUND_BYTES", 5 * 1024 * 1024))


def background_values() -> int:
    return int(getattr(settings, "MONITORING_BACKGROUND_VALUES", 100_000))


def _step(run: ImportRun, text: str) -> None:
    run.progress_step = text
    run.progress_at = timezone.now()
    ImportRun.objects.filter(pk=run.pk).update(progress_step=text, progress_at=run.progress_at)


@task()
def import_run_check_task(run_id: int) -> None:
    run = ImportRun.objects.get(pk=run_id)
    _step(run, _("Die Datei wird gelesen und mit den gespeicherten Werten verglichen."))
    import_run_check(run=run)


@task()
def import_run_execute_task(run_id: int) -> None:
    run = ImportRun.objects.get(pk=run_id)
    _step(run, _("Die Werte werden geschrieben (alles oder nichts)."))
    with contextlib.suppress(ImportFailed):  # the run is marked failed with its German message
        import_run_execute(run=run)


def import_run_start(
    *,
    data: bytes,
    filename: str,
    source_code: str = "",
    user=None,
    ignore_unknown_regions: bool = False,
    column_mapping: dict | None = None,
    sheet: str | None = None,
    basis: str = "",
) -> ImportRun:
    """Check a small file now; store a big one as queued run and check it in the background."""
    kwargs = {
        "data": data,
        "filename": filename,
        "source_code": source_code,
        "user": user,
        "ignore_unknown_regions": ignore_unknown_regions,
        "basis": basis,
    }
    if len(data) <= background_bytes():
        return _preview_now(**kwargs, column_mapping=column_mapping, sheet=sheet)
    run = run_new(**kwargs)
    if refuse_oversized(run, data):
        return run
    try:
        if detect_binary_format(data, filename):
            check_xlsx(data, parse_limits())
    except ParseError as exc:
        run_mark_failed(run, str(exc))
        return run
    store_file(run, data)
    run.state = ImportRun.State.QUEUED
    run.preview = {k: v for k, v in (("column_mapping", column_mapping), ("sheet", sheet)) if v}
    run.progress_step = _("Wartet auf die Verarbeitung im Hintergrund.")
    run.progress_at = timezone.now()
    run.save()
    import_run_check_task.enqueue(run.pk)
    run.refresh_from_db()
    return run


def import_run_execute_or_schedule(*, run: ImportRun) -> ImportRun:
    """Execute now, or — for many values — mark the run as running and leave it to a task."""
    if run.count_new + run.count_changed <= background_values():
        return import_run_execute(run=run)
    if not run.can_execute:
        raise ImportFailed(_("Dieser Import kann nicht ausgeführt werden."))
    ImportRun.objects.filter(pk=run.pk).update(state=ImportRun.State.RUNNING)
    run.state = ImportRun.State.RUNNING
    _step(run, _("Wartet auf die Verarbeitung im Hintergrund."))
    import_run_execute_task.enqueue(run.pk)
    run.refresh_from_db()
    return run

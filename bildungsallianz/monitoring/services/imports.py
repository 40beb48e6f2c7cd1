"""Import runs: read and check the whole file, preview, then write all-or-nothing.

The life cycle of an :class:`ImportRun` (glossary: *preview* → *execute* or
*discard*): :func:`import_run_preview` stores the raw file with its SHA-256
and a bounded preview (nothing else is written); :func:`import_run_execute`
parses the stored file again, recomputes the plan against the database and
writes new and changed observations, their previous values and the affected
indicator values in one transaction. :func:`import_statistics` does both
(command line, demo data). The steps live in :mod:`.import_plan`,
:mod:`.import_preview` and :mod:`.import_write`.
"""

from __future__ import annotations

import hashlib

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from ..models import ImportRun
from ..parsers import ParsedTable
from .import_plan import ImportFailed, gc_paused, import_plan, unknown_regions_error
from .import_preview import import_preview_build
from .import_write import Progress, import_plan_write
from .indicators import indicators_recompute

__all__ = [
    "ImportFailed",
    "import_run_check",
    "import_run_discard",
    "import_run_execute",
    "import_run_preview",
    "import_statistics",
    "upload_max_bytes",
]


def upload_max_bytes() -> int:
    return int(getattr(settings, "MONITORING_UPLOAD_MAX_BYTES", 50 * 1024 * 1024))


def _size_text(n: int) -> str:
    return f"{n / (1024 * 1024):.1f}".replace(".", ",") + " MB"


def run_mark_failed(run: ImportRun, message: str) -> None:
    """Mark ``run`` failed with its German ``message`` (a new run is saved as the record of the failed check).

    For a stored run only state, error and end time are written and the rest
    is read back: after a rolled-back write the object in memory may still
    hold what the transaction had set (counts, "succeeded"), and none of that
    must be saved.
    """
    run.state, run.error, run.finished_at = ImportRun.State.FAILED, message, timezone.now()
    if run._state.adding:
        run.save()
        return
    ImportRun.objects.filter(pk=run.pk).update(state=run.state, error=run.error, finished_at=run.finished_at)
    run.refresh_from_db()


def import_run_preview(
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
        basis=basis,
    )[0]


def run_new(*, data, filename, source_code, user, ignore_unknown_regions, basis="") -> ImportRun:
    return ImportRun(
        basis=basis.strip()[:60],
        filename=(filename or "upload")[-255:],
        size=len(data),
        source_code=source_code,
        created_by=user if user is not None and user.is_authenticated else None,
        ignore_unknown_regions=ignore_unknown_regions,
    )


def refuse_oversized(run: ImportRun, data: bytes) -> bool:
    """Mark the run failed when the file is over the upload limit; ``True`` if it was."""
    limit = upload_max_bytes()
    if len(data) <= limit:
        return False
    message = _("Die Datei ist zu groß (%(size)s). Erlaubt sind höchstens %(limit)s.")
    run_mark_failed(run, message % {"size": _size_text(len(data)), "limit": _size_text(limit)})
    return True


def store_file(run: ImportRun, data: bytes) -> None:
    run.sha256 = hashlib.sha256(data).hexdigest()
    run.file.save(f"{run.sha256[:16]}-{slugify(run.filename) or 'upload'}"[:120], ContentFile(data), save=False)


@gc_paused()
def _preview_run(
    *, data, filename, source_code, user, ignore_unknown_regions, column_mapping, sheet, basis=""
) -> tuple[ImportRun, ParsedTable | None]:
    """:func:`import_run_preview`, also returning the parsed table (``None`` if it failed)."""
    run = run_new(
        data=data,
        filename=filename,
        source_code=source_code,
        user=user,
        ignore_unknown_regions=ignore_unknown_regions,
        basis=basis,
    )
    if refuse_oversized(run, data):
        return run, None
    table = _check(run, data, column_mapping=column_mapping, sheet=sheet, keep_file=True)
    return run, table


def _check(run: ImportRun, data: bytes, *, column_mapping, sheet, keep_file: bool) -> ParsedTable | None:
    """Plan the file against the database and store the preview; the file is stored only if it can be read."""
    run.sha256 = hashlib.sha256(data).hexdigest()
    try:
        plan = import_plan(
            data,
            filename=run.filename,
            source_code=run.source_code,
            column_mapping=column_mapping,
            sheet=sheet,
            basis=run.basis,
        )
    except ImportFailed as exc:
        run_mark_failed(run, " ".join(exc.messages))
        return None
    if keep_file:
        store_file(run, data)
    run.format = plan.table.format
    run.source_code = plan.source_code
    run.source = plan.source
    run.preview = import_preview_build(plan)
    if column_mapping:
        run.preview["column_mapping"] = column_mapping
    if sheet:
        run.preview["sheet"] = sheet
    run.count_new, run.count_changed, run.count_unchanged = len(plan.new), len(plan.changed), plan.unchanged
    run.error = unknown_regions_error(plan) if plan.unknown and not run.ignore_unknown_regions else ""
    run.state = ImportRun.State.PREVIEWED
    run.progress_step = ""
    run.save()
    return plan.table


@gc_paused()
def import_run_check(*, run: ImportRun) -> ImportRun:
    """Check a queued run (stored by :func:`.background.import_run_start`) and store its preview."""
    if run.state != ImportRun.State.QUEUED:
        raise ImportFailed(_("Dieser Import wurde bereits geprüft."))
    with run.file.open("rb") as fh:
        data = fh.read()
    _check(
        run,
        data,
        column_mapping=run.preview.get("column_mapping"),
        sheet=run.preview.get("sheet"),
        keep_file=False,
    )
    if run.state == ImportRun.State.FAILED and run.file:
        run.file.delete(save=False)  # a file that cannot be imported is not kept
        run.save(update_fields=["file"])
    return run


def import_run_execute(*, run: ImportRun, progress: Progress | None = None) -> ImportRun:
    """Write a previewed run (or one a background task runs) in one transaction; on any error nothing is written.

    Raises :class:`ImportFailed` (German message) and marks the run failed.
    """
    return _execute_run(run, progress)


@gc_paused()
def _execute_run(run: ImportRun, progress: Progress | None, table: ParsedTable | None = None) -> ImportRun:
    """:func:`import_run_execute`; ``table`` is the file parsed by the preview of the same call.

    The plan is always computed again inside the transaction, against the
    database as it is now; only parsing is skipped when ``table`` is given.
    """
    if run.state not in (ImportRun.State.PREVIEWED, ImportRun.State.RUNNING):
        raise ImportFailed(_("Dieser Import wurde bereits abgeschlossen oder verworfen."))
    try:
        with run.file.open("rb") as fh:
            data = fh.read()
        if hashlib.sha256(data).hexdigest() != run.sha256:
            raise ImportFailed(_("Die gespeicherte Datei wurde verändert (Prüfsumme stimmt nicht)."))
        with transaction.atomic():
            _write_run(run, data, table, progress)
    except ImportFailed as exc:
        run_mark_failed(run, " ".join(exc.messages))
        raise
    except Exception as exc:  # database errors: report in German, keep nothing
        run_mark_failed(
            run,
            _("Der Import wurde abgebrochen, es wurde nichts gespeichert (%(error)s).") % {"error": type(exc).__name__},
        )
        raise ImportFailed(run.error) from exc
    return run


def _write_run(run: ImportRun, data: bytes, table: ParsedTable | None, progress: Progress | None) -> None:
    plan = import_plan(
        data,
        filename=run.filename,
        source_code=run.source_code,
        column_mapping=run.preview.get("column_mapping"),
        sheet=run.preview.get("sheet"),
        table=table,
        basis=run.basis,
    )
    if plan.unknown and not run.ignore_unknown_regions:
        raise ImportFailed(unknown_regions_error(plan))
    import_plan_write(plan, run, progress)
    run.state = ImportRun.State.SUCCEEDED
    run.error = ""
    run.progress_step = ""
    run.count_new, run.count_changed, run.count_unchanged = len(plan.new), len(plan.changed), plan.unchanged
    run.finished_at = timezone.now()
    run.save()
    touched = {(o.variable, o.period) for o in plan.new} | {(c[0].variable, c[0].period) for c in plan.changed}
    if touched:
        indicators_recompute(
            variables={(run.source.code, code) for code, _ in touched},
            years={int(period[:4]) for _, period in touched},
        )


def import_run_discard(*, run: ImportRun) -> None:
    """Drop a previewed run that the user did not execute (the file is kept for the record)."""
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
    dry_run: bool = False,
    on_preview=None,
    basis: str = "",
) -> ImportRun:
    """Preview and, if the file is fine, write it (command line, demo data); parses once.

    ``on_preview(run)`` is called after the check (the command prints the
    preview); ``dry_run`` discards the run after the check. Raises
    :class:`ImportFailed` when the file cannot be imported.
    """
    run, table = _preview_run(
        data=data,
        filename=filename,
        source_code=source_code,
        user=user,
        ignore_unknown_regions=ignore_unknown_regions,
        column_mapping=column_mapping,
        sheet=sheet,
        basis=basis,
    )
    if run.state == ImportRun.State.FAILED:
        raise ImportFailed(run.error)
    if on_preview is not None:
        on_preview(run)
    if dry_run:
        import_run_discard(run=run)
        if run.error:
            raise ImportFailed(run.error)
        return run
    return _execute_run(run, progress, table)

"""Portfolio export (CSV/XLSX) and the bulk update of status, progress and milestones.

One row per project (status and progress) followed by one row per milestone
(same Kurzadresse, milestone columns filled). The import reads the same layout,
checks every row first and writes nothing unless every row is valid; errors
name the line and the column in German.
"""

from __future__ import annotations

import datetime
import io
import zipfile
from dataclasses import dataclass, field

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from bildungsallianz.core.tabular import decode_text, parse_date, parse_yes_no, read_csv, write_csv, write_xlsx

from .models import Milestone, ProgressUpdate, Project

COLUMNS = [
    ("slug", gettext_lazy("Kurzadresse")),
    ("title", gettext_lazy("Titel")),
    ("lead", gettext_lazy("Federführung")),
    ("status", gettext_lazy("Status")),
    ("progress", gettext_lazy("Fortschritt in %")),
    ("milestone", gettext_lazy("Meilenstein")),
    ("milestone_date", gettext_lazy("Datum")),
    ("milestone_done", gettext_lazy("erledigt")),
    ("last_activity", gettext_lazy("zuletzt aktualisiert")),
]
MAX_ROWS = 5000
MAX_XLSX_UNCOMPRESSED = 20 * 1024 * 1024


def _cell(value):
    """Dates German and ja/nein, as the import reads them back; text hygiene (control
    characters, formula prefixes) is core.tabular's when the table is written."""
    if isinstance(value, bool):
        return _("ja") if value else _("nein")
    if isinstance(value, datetime.datetime):
        return timezone.localtime(value).strftime("%d.%m.%Y")
    if isinstance(value, datetime.date):
        return value.strftime("%d.%m.%Y")
    return value


def export_rows(user=None):
    """Header and rows of the whole portfolio (registered as Component export "projekte", staff only)."""
    header = [str(label) for _name, label in COLUMNS]
    rows = []
    projects = Project.objects.select_related("lead_organisation").prefetch_related("milestones").order_by("title")
    for p in projects:
        milestones = list(p.milestones.all())
        progress = p.progress_override if p.progress_override is not None else ""
        rows.append(
            [
                _cell(v)
                for v in (
                    p.slug,
                    p.title,
                    p.lead_organisation.name,
                    p.get_status_display(),
                    progress,
                    "",
                    "",
                    "",
                    p.last_activity_at,
                )
            ]
        )
        for m in milestones:
            rows.append([_cell(v) for v in (p.slug, p.title, "", "", "", m.title, m.due_date, m.done, "")])
    return header, rows


def export_csv() -> bytes:
    return write_csv(*export_rows())


def export_xlsx() -> bytes:
    header, rows = export_rows()
    return write_xlsx(header, rows, sheet_title=_("Projekte"))


# --- import -------------------------------------------------------------------


@dataclass
class ImportResult:
    changed_projects: int = 0
    changed_milestones: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


class CellError(Exception):
    def __init__(self, column: str, message: str):
        super().__init__(message)
        self.column, self.message = column, message


def _read_rows(upload) -> list[list[str]]:
    name = (getattr(upload, "name", "") or "").lower()
    raw = upload.read()
    if name.endswith(".xlsx"):
        return _read_xlsx(raw)
    try:
        text = decode_text(raw)
    except ValueError as exc:
        raise ValueError(_("Die Datei ist keine lesbare CSV-Datei (Zeichensatz).")) from exc
    return read_csv(text)


def _read_xlsx(raw: bytes) -> list[list[str]]:
    try:
        archive = zipfile.ZipFile(io.BytesIO(raw))
        if sum(info.file_size for info in archive.infolist()) > MAX_XLSX_UNCOMPRESSED:
            raise ValueError(_("Die Excel-Datei ist zu groß."))
        from openpyxl import load_workbook

        sheet = load_workbook(io.BytesIO(raw), read_only=True, data_only=True).worksheets[0]
    except (zipfile.BadZipFile, KeyError, OSError) as exc:
        raise ValueError(_("Die Datei ist keine lesbare Excel-Datei.")) from exc
    if (sheet.max_row or 0) > MAX_ROWS + 1:
        raise ValueError(_("Die Datei hat mehr als %(n)s Zeilen.") % {"n": MAX_ROWS})
    rows = []
    for row in sheet.iter_rows(values_only=True):
        rows.append(["" if v is None else (v.strftime("%d.%m.%Y") if hasattr(v, "strftime") else str(v)) for v in row])
    return rows


def _status(value: str, column: str) -> str | None:
    if not value:
        return None
    by_label = {str(label).lower(): key for key, label in Project.State.choices}
    key = by_label.get(value.lower()) or (value.lower() if value.lower() in Project.State.values else None)
    if key is None:
        allowed = ", ".join(str(label) for _k, label in Project.State.choices)
        raise CellError(column, _("„%(v)s“ ist kein Status. Erlaubt: %(a)s.") % {"v": value, "a": allowed})
    return key


def _progress(value: str, column: str):
    if value == "":
        return None
    try:
        number = int(value.replace("%", "").strip().split(",")[0].split(".")[0])
    except ValueError as exc:
        raise CellError(column, _("Bitte eine ganze Zahl von 0 bis 100 angeben.")) from exc
    if not 0 <= number <= 100:
        raise CellError(column, _("Bitte eine ganze Zahl von 0 bis 100 angeben."))
    return number


def _date(value: str, column: str):
    try:
        return parse_date(value)
    except ValueError as exc:
        raise CellError(column, _("Bitte ein Datum wie 31.12.2026 angeben.")) from exc


def _bool(value: str, column: str) -> bool:
    try:
        return parse_yes_no(value)
    except ValueError as exc:
        raise CellError(column, _("Bitte „ja“ oder „nein“ angeben.")) from exc


def _parse(rows: list[list[str]]) -> tuple[list[dict], list[str]]:
    labels = {str(label).lower(): name for name, label in COLUMNS}
    header = [labels.get(h.strip().lower().lstrip("\ufeff"), "") for h in rows[0]]
    if "slug" not in header:
        return [], [_("Zeile 1: Die Spalte „Kurzadresse“ fehlt.")]
    display = {name: str(label) for name, label in COLUMNS}
    projects = {p.slug: p for p in Project.objects.all()}
    changes, errors = [], []
    for number, raw in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in raw):
            continue
        row = {name: (raw[i].strip() if i < len(raw) else "") for i, name in enumerate(header) if name}
        try:
            slug = row.get("slug", "").lstrip("'")
            if slug not in projects:
                raise CellError(display["slug"], _("Kein Projekt mit der Kurzadresse „%(s)s“.") % {"s": slug})
            change = {"line": number, "project": projects[slug]}
            change["status"] = _status(row.get("status", ""), display["status"])
            change["progress"] = _progress(row.get("progress", ""), display["progress"])
            if row.get("milestone"):
                change["milestone"] = row["milestone"][:200]
                change["milestone_date"] = (
                    _date(row["milestone_date"], display["milestone_date"]) if row.get("milestone_date") else None
                )
                change["milestone_done"] = _bool(row.get("milestone_done", ""), display["milestone_done"])
            changes.append(change)
        except CellError as exc:
            errors.append(
                _("Zeile %(line)s, Spalte „%(column)s“: %(message)s")
                % {"line": number, "column": exc.column, "message": exc.message}
            )
    return changes, errors


def import_portfolio(*, upload, by, now=None) -> ImportResult:
    """All or nothing: every row is checked before anything is written."""
    now = now or timezone.now()
    result = ImportResult()
    try:
        rows = _read_rows(upload)
    except ValueError as exc:
        result.errors.append(str(exc))
        return result
    if not rows:
        result.errors.append(_("Die Datei ist leer."))
        return result
    if len(rows) > MAX_ROWS + 1:
        result.errors.append(_("Die Datei hat mehr als %(n)s Zeilen.") % {"n": MAX_ROWS})
        return result
    changes, result.errors = _parse(rows)
    if result.errors:
        return result
    with transaction.atomic():
        for change in changes:
            _apply(change, by=by, now=now, result=result)
    return result


def _apply(change: dict, *, by, now, result: ImportResult) -> None:
    project = Project.objects.select_for_update().get(pk=change["project"].pk)
    fields = []
    if change["status"] and change["status"] != project.status:
        ProgressUpdate.objects.create(
            project=project,
            kind=ProgressUpdate.Kind.STATUS,
            author=by,
            created_at=now,
            text=_("Status geändert: %(old)s → %(new)s")
            % {"old": project.get_status_display(), "new": Project.State(change["status"]).label},
        )
        project.status = change["status"]
        fields.append("status")
    if change["progress"] is not None and change["progress"] != project.progress_override:
        project.progress_override = change["progress"]
        fields.append("progress_override")
    if "milestone" in change:
        milestone = Milestone.objects.filter(project=project, title=change["milestone"]).first()
        if milestone is None:
            due = change["milestone_date"] or timezone.localdate(now)
            Milestone.objects.create(
                project=project, title=change["milestone"], due_date=due, done=change["milestone_done"]
            )
            result.changed_milestones += 1
        elif milestone.done != change["milestone_done"] or (
            change["milestone_date"] and change["milestone_date"] != milestone.due_date
        ):
            milestone.done = change["milestone_done"]
            milestone.due_date = change["milestone_date"] or milestone.due_date
            milestone.save(update_fields=["done", "due_date"])
            result.changed_milestones += 1
        fields.append("last_activity_at")
    if fields:
        project.last_activity_at = now
        project.save(update_fields=sorted(set(fields) | {"last_activity_at"}))
        result.changed_projects += 1 if set(fields) - {"last_activity_at"} else 0

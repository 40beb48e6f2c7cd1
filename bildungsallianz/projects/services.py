"""Writes on projects. Validate everything first, write in one transaction."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from bildungsallianz.core.text import sanitise_html

from .models import IndicatorTarget, Milestone, ProgressUpdate, Project

if TYPE_CHECKING:
    from bildungsallianz.cooperation.models import Idea

CONTENT_FIELDS = [
    "title",
    "summary",
    "description",
    "lead_organisation",
    "status",
    "start_date",
    "end_date",
    "funding_source",
    "progress_override",
    "contact_name",
    "contact_email",
    "is_public",
]
M2M_FIELDS = ["fields_of_action", "target_groups", "partners"]


def unique_slug(title: str, *, exclude_pk=None) -> str:
    base = slugify(title)[:90].strip("-") or "projekt"
    slug, n = base, 2
    while Project.objects.filter(slug=slug).exclude(pk=exclude_pk).exists():
        slug, n = f"{base}-{n}", n + 1
    return slug


def _write(project: Project, data: dict, *, now) -> Project:
    for name in CONTENT_FIELDS:
        if name in data:
            setattr(project, name, data[name])
    project.description = sanitise_html(project.description)
    if not project.slug:
        project.slug = unique_slug(project.title)
    if project.last_activity_at is None:
        project.last_activity_at = now
    project.full_clean()
    project.save()
    for name in M2M_FIELDS:
        if name in data:
            getattr(project, name).set(data[name])
    return project


@transaction.atomic
def project_create(*, data: dict, by, origin_idea: Idea | None = None, now=None) -> Project:
    """A new project; from an accepted idea it remembers where it came from."""
    now = now or timezone.now()
    if origin_idea is not None and not origin_idea.can_become_project:
        raise ValidationError(_("Nur aus einer angenommenen Idee kann ein Projekt werden."))
    project = Project(origin_idea=origin_idea, last_activity_at=now)
    return _write(project, data, now=now)


@transaction.atomic
def project_update(*, project: Project, data: dict, by, now=None) -> Project:
    now = now or timezone.now()
    old_status = Project.objects.filter(pk=project.pk).values_list("status", flat=True).first()
    _write(project, data, now=now)
    if old_status and old_status != project.status:
        ProgressUpdate.objects.create(
            project=project,
            kind=ProgressUpdate.Kind.STATUS,
            text=_("Status geändert: %(old)s → %(new)s")
            % {"old": Project.State(old_status).label, "new": project.get_status_display()},
            author=by,
            created_at=now,
        )
        _touch(project, now)
    return project


def _touch(project: Project, now) -> None:
    project.last_activity_at = now
    Project.objects.filter(pk=project.pk).update(last_activity_at=now)


@transaction.atomic
def progress_update_post(*, project: Project, text: str, is_public: bool, by, organisation=None, now=None):
    now = now or timezone.now()
    update = ProgressUpdate(
        project=project,
        text=(text or "").strip(),
        is_public=is_public,
        author=by,
        organisation=organisation,
        created_at=now,
    )
    update.full_clean()
    update.save()
    _touch(project, now)
    return update


@transaction.atomic
def project_confirm_on_track(*, project: Project, by, now=None) -> ProgressUpdate:
    """The one-click "still on track": a short public update that resets the stale mark."""
    now = now or timezone.now()
    update = ProgressUpdate.objects.create(
        project=project,
        kind=ProgressUpdate.Kind.ON_TRACK,
        text=_("Das Projekt läuft weiter wie geplant."),
        is_public=True,
        author=by,
        created_at=now,
    )
    _touch(project, now)
    return update


@transaction.atomic
def milestone_add(*, project: Project, data: dict, by, now=None) -> Milestone:
    milestone = Milestone(project=project, title=(data.get("title") or "").strip(), due_date=data.get("due_date"))
    milestone.done = bool(data.get("done"))
    milestone.full_clean()
    milestone.save()
    _touch(project, now or timezone.now())
    return milestone


@transaction.atomic
def milestone_set_done(*, milestone: Milestone, done: bool, by, now=None) -> Milestone:
    milestone.done = done
    milestone.save(update_fields=["done"])
    _touch(milestone.project, now or timezone.now())
    return milestone


@transaction.atomic
def indicator_target_add(*, project: Project, data: dict, by) -> IndicatorTarget:
    target = IndicatorTarget(project=project, **data)
    if IndicatorTarget.objects.filter(project=project, indicator=target.indicator, region=target.region).exists():
        raise ValidationError(_("Für diesen Indikator und diese Region gibt es schon ein Ziel."))
    target.full_clean()
    target.save()
    return target


@transaction.atomic
def indicator_target_remove(*, target: IndicatorTarget, by) -> None:
    target.delete()

"""Projects of the alliance with milestones, public progress updates and indicator targets."""

from django.shortcuts import get_object_or_404
from ninja import Router, Schema

from bildungsallianz.projects.selectors import public_projects

from ..pagination import page
from .common import OrganisationRef, TaxonomyRef, org_ref

router = Router(tags=["Projekte"])


class MilestoneOut(Schema):
    title: str
    due_date: str
    done: bool


class UpdateOut(Schema):
    created_at: str
    text: str
    organisation: str | None


class TargetOut(Schema):
    indicator: str
    region: str
    baseline_value: float
    baseline_year: int
    target_value: float
    target_year: int


class ProjectOut(Schema):
    slug: str
    title: str
    summary: str
    description: str
    status: str
    status_label: str
    progress: int
    start_date: str | None
    end_date: str | None
    funding_source: str
    lead_organisation: OrganisationRef
    partners: list[OrganisationRef]
    fields_of_action: list[TaxonomyRef]
    target_groups: list[TaxonomyRef]
    milestones: list[MilestoneOut]
    updates: list[UpdateOut]
    indicator_targets: list[TargetOut]
    url: str


class ProjectPage(Schema):
    items: list[ProjectOut]
    next: str | None


def _public():
    return public_projects(with_updates_and_targets=True)


def _out(request, p) -> dict:
    milestones = list(p.milestones.all())
    return {
        "slug": p.slug,
        "title": p.title,
        "summary": p.summary,
        "description": p.description,
        "status": p.status,
        "status_label": str(p.get_status_display()),
        "progress": p.progress_from(milestones),
        "start_date": p.start_date.isoformat() if p.start_date else None,
        "end_date": p.end_date.isoformat() if p.end_date else None,
        "funding_source": p.funding_source,
        "lead_organisation": org_ref(request, p.lead_organisation),
        "partners": [org_ref(request, o) for o in p.partners.all() if o.is_public],
        "fields_of_action": [{"slug": f.slug, "title": f.title} for f in p.fields_of_action.all()],
        "target_groups": [{"slug": g.slug, "title": g.name} for g in p.target_groups.all()],
        "milestones": [{"title": m.title, "due_date": m.due_date.isoformat(), "done": m.done} for m in milestones],
        "updates": [
            {
                "created_at": u.created_at.isoformat(),
                "text": u.text,
                "organisation": u.organisation.name if u.organisation_id else None,
            }
            for u in p.updates.all()
        ],
        "indicator_targets": [
            {
                "indicator": t.indicator.code,
                "region": t.region.key,
                "baseline_value": float(t.baseline_value),
                "baseline_year": t.baseline_year,
                "target_value": float(t.target_value),
                "target_year": t.target_year,
            }
            for t in p.indicator_targets.all()
        ],
        "url": request.build_absolute_uri(p.get_absolute_url()),
    }


@router.get("", response=ProjectPage, summary="Öffentliche Projekte der Bildungsallianz")
def list_projects(
    request,
    cursor: str | None = None,
    limit: int | None = None,
    status: str | None = None,
    field_of_action: str | None = None,
):
    queryset = _public()
    if status:
        queryset = queryset.filter(status=status)
    if field_of_action:
        queryset = queryset.filter(fields_of_action__slug=field_of_action)
    items, next_url = page(request, queryset, cursor=cursor, limit=limit)
    return {"items": [_out(request, p) for p in items], "next": next_url}


@router.get("/{slug}", response=ProjectOut, summary="Ein öffentliches Projekt")
def get_project(request, slug: str):
    return _out(request, get_object_or_404(_public(), slug=slug))

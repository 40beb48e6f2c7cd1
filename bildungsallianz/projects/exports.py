"""Open data: the public project portfolio (the staff portfolio export lives in exchange.py)."""

from django.db.models import Max

from .models import Project
from .selectors import public_projects

COLUMNS = [
    "kurzadresse",
    "titel",
    "kurzbeschreibung",
    "status",
    "fortschritt_prozent",
    "federfuehrung",
    "partner",
    "handlungsfelder",
    "zielgruppen",
    "beginn",
    "ende",
    "finanzierung",
    "url",
]


def project_table(*, base_url: str = ""):
    projects = public_projects().order_by("title")
    rows = (
        [
            p.slug,
            p.title,
            p.summary,
            p.get_status_display(),
            p.progress_from(list(p.milestones.all())),
            p.lead_organisation.name,
            ", ".join(o.name for o in p.partners.all() if o.is_public),
            ", ".join(f.title for f in p.fields_of_action.all()),
            ", ".join(g.name for g in p.target_groups.all()),
            p.start_date,
            p.end_date,
            p.funding_source,
            base_url + p.get_absolute_url(),
        ]
        for p in projects
    )
    return COLUMNS, rows


def projects_modified():
    return Project.objects.public().aggregate(last=Max("last_activity_at"))["last"]

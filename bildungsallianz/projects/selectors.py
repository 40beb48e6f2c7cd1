"""Reads of the projects module; every function costs a constant number of queries."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Count, Prefetch, Q
from django.urls import reverse
from django.utils.translation import gettext as _

from bildungsallianz.charter.models import Commitment, FieldOfAction, TargetGroup

from .models import Milestone, ProgressUpdate, Project

PORTFOLIO_FILTERS = ("handlungsfeld", "zielgruppe", "status", "organisation")


def _for_cards(queryset):
    return queryset.select_related("lead_organisation").prefetch_related(
        "fields_of_action",
        "target_groups",
        Prefetch("milestones", queryset=Milestone.objects.order_by("due_date", "pk")),
    )


def portfolio(*, queryset, filters: dict):
    """The portfolio /projekte/, filtered by field of action, target group, status and organisation."""
    qs = queryset
    if filters.get("handlungsfeld"):
        qs = qs.filter(fields_of_action__slug=filters["handlungsfeld"])
    if filters.get("zielgruppe"):
        qs = qs.filter(target_groups__slug=filters["zielgruppe"])
    if filters.get("status"):
        qs = qs.filter(status=filters["status"])
    if filters.get("organisation"):
        slug = filters["organisation"]
        qs = qs.filter(Q(lead_organisation__slug=slug) | Q(partners__slug=slug))
    ids = qs.values("pk")
    return _for_cards(Project.objects.filter(pk__in=ids)).order_by("title", "pk")


@dataclass
class TargetRow:
    """One indicator target with the actual values the monitoring module holds."""

    target: object
    values: list = field(default_factory=list)  # IndicatorValue, oldest first
    chart: object = None

    @property
    def newer(self) -> list:
        return [v for v in self.values if v.year > self.target.baseline_year and v.value is not None]

    @property
    def latest(self):
        newer = self.newer
        return newer[-1] if newer else None

    @property
    def has_newer_value(self) -> bool:
        return bool(self.newer)

    def _fmt(self, value) -> str:
        from bildungsallianz.monitoring.formatting import format_number

        return format_number(value, self.target.indicator.decimals)

    @property
    def baseline_display(self) -> str:
        return self._fmt(self.target.baseline_value)

    @property
    def target_display(self) -> str:
        return self._fmt(self.target.target_value)

    @property
    def latest_display(self) -> str:
        return self._fmt(self.latest.value) if self.latest else ""

    @property
    def table(self) -> list[tuple[str, str]]:
        from bildungsallianz.monitoring.formatting import display_value, format_period

        d = self.target.indicator.decimals
        return [(format_period(v.period), display_value(v.value, v.status, d)) for v in self.values]


def _target_rows(project: Project, *, with_charts: bool = True) -> list[TargetRow]:
    from bildungsallianz.monitoring import selectors as monitoring

    targets = list(project.indicator_targets.select_related("indicator", "region"))
    series = monitoring.series_for([(t.indicator_id, t.region_id) for t in targets])
    rows = [TargetRow(t, series[(t.indicator_id, t.region_id)]) for t in targets]
    if with_charts and rows:
        from .charts import target_charts

        target_charts(rows)
    return rows


def project_page(*, project: Project, flags: dict, now) -> dict:
    updates = ProgressUpdate.objects.filter(project=project).select_related("organisation")
    if not flags.get("sees_internal"):
        updates = updates.filter(is_public=True)
    milestones = list(project.milestones.order_by("due_date", "pk"))
    origin = project.origin_idea
    return {
        "project": project,
        "partners": list(project.partners.order_by("name")),
        "fields_of_action": list(project.fields_of_action.all()),
        "target_groups": list(project.target_groups.all()),
        "milestones": milestones,
        "progress": project.progress_from(milestones),
        "updates": list(updates[:50]),
        "targets": _target_rows(project),
        "is_stale": project.is_stale(now),
        "origin_idea": origin,
        "origin_workshop": origin.workshop if origin else None,
    }


# --- hooks for lower apps (registered in apps.py) -----------------------------


def charter_thread(fields_of_action) -> dict[int, list[dict]]:
    """Per field of action: projects (with status), offers and indicators for the charter thread.

    The projects module owns this thread (issue: "goals → projects → offers → commitments
    → indicators"); it reads offers and indicators through their modules. Four queries.
    """
    from bildungsallianz.monitoring import selectors as monitoring
    from bildungsallianz.offers import selectors as offers

    result: dict[int, list[dict]] = defaultdict(list)
    by_field: dict[int, list[Project]] = defaultdict(list)
    through = Project.fields_of_action.through.objects.filter(project__is_public=True).select_related("project")
    for row in through.order_by("project__title", "project_id"):
        by_field[row.fieldofaction_id].append(row.project)
    offer_counts = offers.published_counts_by_field()
    indicators = monitoring.published_indicators_by_field()
    projects_url, offers_url = reverse("projects:list"), reverse("offers:list")
    for foa in fields_of_action:
        projects = by_field.get(foa.pk, [])
        n_offers = offer_counts.get(foa.pk, 0)
        result[foa.pk] += [
            {
                "key": "projects",
                "order": 20,
                "title": _("Projekte"),
                "items": [
                    {"label": p.title, "url": p.get_absolute_url(), "detail": p.get_status_display()}
                    for p in projects[:10]
                ],
                "more_url": f"{projects_url}?handlungsfeld={foa.slug}" if len(projects) > 10 else "",
                "empty": _("Noch kein Projekt in diesem Handlungsfeld."),
            },
            {
                "key": "offers",
                "order": 30,
                "title": _("Angebote"),
                "items": [
                    {
                        "label": _("%(n)s Angebote im Bildungsportal") % {"n": n_offers},
                        "url": f"{offers_url}?handlungsfeld={foa.slug}",
                        "detail": "",
                    }
                ]
                if n_offers
                else [],
                "empty": _("Noch kein Angebot in diesem Handlungsfeld."),
            },
            {
                "key": "indicators",
                "order": 50,
                "title": _("Indikatoren"),
                "items": [
                    {"label": i.name, "url": reverse("monitoring:detail", kwargs={"code": i.code}), "detail": ""}
                    for i in indicators.get(foa.pk, [])
                ],
                "empty": _("Noch kein Indikator zugeordnet."),
            },
        ]
    return result


def organisation_projects_section(organisation) -> dict | None:
    """Projects an organisation leads or joins, for its partner profile."""
    projects = list(
        Project.objects.public().of_organisation(organisation).select_related("lead_organisation").order_by("title")
    )
    if not projects:
        return None
    return {
        "key": "projects",
        "title": _("Projekte"),
        "items": [
            {
                "label": p.title,
                "url": p.get_absolute_url(),
                "detail": (_("federführend") if p.lead_organisation_id == organisation.pk else _("Partner"))
                + " · "
                + p.get_status_display(),
            }
            for p in projects
        ],
    }


def key_figures() -> dict[str, int]:
    return {"projects": Project.objects.public().count()}


def search_hints(query: str, *, user, limit: int = 5) -> list[dict]:
    words = [w for w in query.split() if len(w) >= 4][:6]
    if not words:
        return []
    q = Q()
    for word in words:
        q |= Q(title__icontains=word) | Q(summary__icontains=word)
    return [
        {"kind": _("Projekt"), "title": p.title, "url": p.get_absolute_url()}
        for p in Project.objects.public().filter(q).order_by("title")[:limit]
    ]


def digest_items(*, user, since, now) -> list[dict]:
    """Project news for one person's digest: updates of their organisations' projects, stale projects they lead."""
    from bildungsallianz.organisations.permissions import organisations_editable_by

    own = organisations_editable_by(user).values("pk") if user.is_authenticated else []
    mine = Project.objects.filter(Q(lead_organisation__in=own) | Q(partners__in=own)).distinct()
    items = [
        {
            "kind": "projects",
            "text": _("%(project)s: %(text)s") % {"project": u.project.title, "text": u.text[:140]},
            "url": u.project.get_absolute_url(),
        }
        for u in ProgressUpdate.objects.filter(project__in=mine, created_at__gte=since, created_at__lt=now)
        .exclude(author=user)
        .select_related("project")
        .order_by("created_at")
    ]
    led = Project.objects.filter(lead_organisation__in=own).stale(now).order_by("title")
    items += [
        {
            "kind": "projects",
            "text": _("%(project)s wurde lange nicht aktualisiert – ist es noch im Plan?") % {"project": p.title},
            "url": p.get_absolute_url(),
        }
        for p in led
    ]
    return items


# --- the landscape: fields of action × target groups -----------------------


def _pair_counts(through, owner_filter: Q, owner: str) -> dict[tuple[int, int], int]:
    """(field of action id, target group id) → number of distinct owners, one query."""
    rows = (
        through.objects.filter(owner_filter)
        .filter(**{f"{owner}__target_groups__isnull": False})
        .values("fieldofaction_id", f"{owner}__target_groups")
        .annotate(n=Count(f"{owner}_id", distinct=True))
    )
    return {(r["fieldofaction_id"], r[f"{owner}__target_groups"]): r["n"] for r in rows}


def landscape() -> dict:
    """The map of the education landscape with counts of offers, projects and commitments."""
    from bildungsallianz.offers import selectors as offer_selectors

    fields = list(FieldOfAction.objects.all())
    groups = list(TargetGroup.objects.all())
    projects = _pair_counts(Project.fields_of_action.through, Q(project__is_public=True), "project")
    offers = offer_selectors.published_counts_by_field_and_group()
    commitments = dict(
        Commitment.objects.values_list("field_of_action_id")
        .annotate(n=Count("pk"))
        .values_list("field_of_action_id", "n")
    )
    offers_url, projects_url = reverse("offers:list"), reverse("projects:list")
    rows = []
    for foa in fields:
        cells = []
        for tg in groups:
            n_offers, n_projects = offers.get((foa.pk, tg.pk), 0), projects.get((foa.pk, tg.pk), 0)
            query = f"?handlungsfeld={foa.slug}&zielgruppe={tg.slug}"
            cells.append(
                {
                    "target_group": tg,
                    "offers": n_offers,
                    "projects": n_projects,
                    "offers_url": offers_url + query,
                    "projects_url": projects_url + query,
                    "empty": not (n_offers or n_projects),
                }
            )
        rows.append({"field": foa, "commitments": commitments.get(foa.pk, 0), "cells": cells})
    return {"target_groups": groups, "rows": rows}


# --- the public portfolio as data (open-data table, read API) ----------------------------------


def public_projects(*, with_updates_and_targets: bool = False):
    """Public projects with lead, partners, taxonomy and milestones (by due date) prefetched;
    optionally also their public progress updates (newest first) and indicator targets."""
    queryset = (
        Project.objects.public()
        .select_related("lead_organisation")
        .prefetch_related(
            "partners",
            "fields_of_action",
            "target_groups",
            Prefetch("milestones", queryset=Milestone.objects.order_by("due_date", "pk")),
        )
    )
    if with_updates_and_targets:
        public_updates = ProgressUpdate.objects.filter(is_public=True).select_related("organisation")
        queryset = queryset.prefetch_related(
            Prefetch("updates", queryset=public_updates.order_by("-created_at")),
            "indicator_targets__indicator",
            "indicator_targets__region",
        )
    return queryset

"""Reads of the cooperation module; each costs a constant number of queries."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.db.models import Count, Prefetch, Q
from django.utils.translation import gettext as _

from bildungsallianz.core.registry import components

from .models import ActionItem, GroupMembership, Idea, Meeting, WorkingGroup, Workshop


@dataclass
class CalendarEntry:
    """A public date for the events calendar (registered as Component.extra["calendar"])."""

    title: str
    starts_at: datetime.datetime
    ends_at: datetime.datetime | None
    place: str
    url: str
    organiser: str
    kind: str = "arbeitsgruppe"


def public_meetings_between(start, end) -> list[CalendarEntry]:
    """Meetings of public working groups in [start, end): for the shared calendar of events."""
    meetings = (
        Meeting.objects.between(start, end)
        .filter(group__is_public=True)
        .select_related("group")
        .order_by("starts_at", "pk")
    )
    return [
        CalendarEntry(
            title=f"{m.group.name}: {m.title}",
            starts_at=m.starts_at,
            ends_at=m.ends_at,
            place=m.place or (_("online") if m.online_url else ""),
            url=m.group.get_absolute_url(),
            organiser=m.group.name,
        )
        for m in meetings
    ]


def group_list(*, groups) -> list[WorkingGroup]:
    return list(
        groups.prefetch_related("fields_of_action", "target_groups").annotate(
            member_count=Count("memberships", distinct=True)
        )
    )


def group_page(*, group: WorkingGroup, now, member_area: bool) -> dict:
    """Public page data (purpose, organisations, dates, published decisions) and, for members, more."""
    memberships = list(
        GroupMembership.objects.filter(group=group).select_related("user", "organisation").order_by("user__last_name")
    )
    organisations = sorted({m.organisation for m in memberships if m.organisation}, key=lambda o: o.name)
    meetings = list(Meeting.objects.filter(group=group).order_by("-starts_at"))
    data = {
        "group": group,
        "organisations": organisations,
        "upcoming": sorted([m for m in meetings if m.starts_at >= now], key=lambda m: m.starts_at),
        "past": [m for m in meetings if m.starts_at < now],
        "decisions": [(m, m.decision_items) for m in meetings if m.decisions_public and m.decisions],
        "fields_of_action": list(group.fields_of_action.all()),
        "target_groups": list(group.target_groups.all()),
    }
    if member_area:
        data["members"] = memberships
        data["tasks"] = list(
            ActionItem.objects.filter(group=group)
            .select_related("responsible_user", "responsible_organisation", "meeting")
            .order_by("status", "due_date", "pk")
        )
    return data


def meeting_page(*, meeting: Meeting) -> dict:
    return {
        "meeting": meeting,
        "attendees": list(meeting.attendees.order_by("last_name", "first_name")),
        "organisations": list(meeting.organisations.order_by("name")),
        "attachments": list(meeting.attachments.all()),
        "tasks": list(meeting.action_items.select_related("responsible_user", "responsible_organisation")),
    }


def my_tasks(*, user):
    return (
        ActionItem.objects.for_user(user)
        .select_related("group", "meeting", "responsible_user", "responsible_organisation")
        .order_by("status", "due_date", "pk")
    )


def mark_overdue(tasks, *, today) -> list[ActionItem]:
    """Set ``overdue`` on each task for the templates (the model decides what overdue means)."""
    tasks = list(tasks)
    for task in tasks:
        task.overdue = task.is_overdue(today)
    return tasks


def feed_meetings(*, user, since):
    """Meetings of the user's groups (for the private iCal feed)."""
    return (
        Meeting.objects.filter(group__memberships__user=user, starts_at__gte=since)
        .select_related("group")
        .order_by("starts_at")
    )


# --- workshops ----------------------------------------------------------------


def workshop_ideas(*, workshop: Workshop):
    """Ideas with dot and comment counts, most supported first (wall and workshop page)."""
    return (
        Idea.objects.filter(workshop=workshop)
        .exclude(status=Idea.State.MERGED)
        .select_related("table", "field_of_action", "organisation")
        .annotate(dot_count=Count("dots", distinct=True), comment_count=Count("comments", distinct=True))
        .order_by("-dot_count", "title", "pk")
    )


def wall(*, workshop: Workshop) -> list[tuple]:
    """(table or None, ideas sorted by dots) for the projector."""
    tables = list(workshop.tables.all())
    by_table: dict = {t.pk: [] for t in tables}
    loose = []
    for idea in workshop_ideas(workshop=workshop):
        by_table.get(idea.table_id, loose).append(idea)
    result = [(t, by_table[t.pk]) for t in tables]
    if loose:
        result.append((None, loose))
    return result


def idea_page(*, idea: Idea) -> dict:
    return {
        "idea": idea,
        "comments": list(idea.comments.order_by("created_at", "pk")),
        "dot_count": idea.dots.count(),
        "target_groups": list(idea.target_groups.all()),
        "merged": list(idea.merged_ideas.all()),
    }


def similar_ideas(text: str, *, limit: int = 5, exclude_pk=None) -> list[Idea]:
    words = [w for w in text.split() if len(w) >= 4][:6]
    if not words:
        return []
    q = Q()
    for word in words:
        q |= Q(title__icontains=word)
    return list(
        Idea.objects.filter(q).exclude(pk=exclude_pk).select_related("workshop").order_by("-created_at")[:limit]
    )


@dataclass
class Hint:
    kind: str  # German label: "Projekt", "Idee", "Angebot"
    title: str
    url: str


def _hint(hit) -> Hint:
    """A registered search may answer with dicts or objects (kind/title/url)."""
    if isinstance(hit, dict):
        return Hint(str(hit.get("kind", "")), str(hit.get("title", "")), str(hit.get("url", "")))
    return Hint(str(getattr(hit, "kind", "")), str(getattr(hit, "title", "")), str(getattr(hit, "url", "")))


def similar_items(text: str, *, user, limit: int = 5) -> list[Hint]:
    """Similar existing projects, ideas and offers, to avoid duplicate structures.

    Offers through the platform's German search (offers' public selector),
    projects through the search hooks of the registry, ideas here.
    """
    text = (text or "").strip()[:200]
    if len(text) < 4:
        return []
    hints: list[Hint] = []
    for component, search in components.refs("search"):
        if component.app_label == "cooperation":
            continue
        hints += [_hint(h) for h in search(text, user=user, limit=limit)]
    hints += [Hint(_("Idee"), i.title, i.get_absolute_url()) for i in similar_ideas(text, limit=limit)]
    if not any(c.app_label == "offers" and c.search for c in components.all()):
        from bildungsallianz.offers.selectors import offer_search

        page = offer_search(filters={"q": text}, page_size=limit).page
        hints += [Hint(_("Angebot"), o.title, o.get_absolute_url()) for o in page.object_list]
    return hints


def open_ideas_count() -> int:
    return Idea.objects.open_for_evaluation().filter(workshop__phase=Workshop.Phase.EVALUATING).count()


def ideas_for_evaluation(*, workshop: Workshop):
    return workshop_ideas(workshop=workshop).prefetch_related(Prefetch("projects"))


def idea_for_project(pk) -> Idea:
    """One idea with its workshop and field of action, for turning it into a project; 404 if
    there is none (also for an id that is not a number)."""
    from django.http import Http404

    from bildungsallianz.core.permissions import get_or_404

    if not str(pk).isdigit():
        raise Http404
    return get_or_404(Idea.objects.select_related("workshop", "field_of_action"), pk=int(pk))

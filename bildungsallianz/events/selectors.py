"""Reads of the events module: the filtered list, the month calendar (with other modules' dates), feeds."""

from __future__ import annotations

import calendar as month_calendar
import datetime
from dataclasses import dataclass

from django.utils import timezone

from bildungsallianz.core.registry import components, resolve
from bildungsallianz.offers.selectors import offer_calendar_entries

from .models import Event


def public_events():
    return (
        Event.objects.published()
        .originals()
        .select_related("organiser")
        .prefetch_related("target_groups", "fields_of_action")
    )


def event_list(*, filters: dict, now=None):
    now = now or timezone.now()
    qs = public_events().upcoming(now)
    if filters.get("art"):
        qs = qs.filter(event_type=filters["art"])
    if filters.get("zielgruppe"):
        qs = qs.filter(target_groups__slug=filters["zielgruppe"])
    if filters.get("handlungsfeld"):
        qs = qs.filter(fields_of_action__slug=filters["handlungsfeld"])
    if filters.get("veranstalter"):
        qs = qs.filter(organiser__slug=filters["veranstalter"])
    if filters.get("ab"):
        start = timezone.make_aware(datetime.datetime.combine(filters["ab"], datetime.time.min))
        qs = qs.filter(ends_at__gte=start) | qs.filter(repeat_until__gte=filters["ab"])
    return qs.distinct().order_by("starts_at")


@dataclass
class CalendarEntry:
    title: str
    start: datetime.datetime | datetime.date
    url: str
    organiser: str
    kind: str  # "veranstaltung", "angebot", "arbeitsgruppe", …

    @property
    def day(self) -> datetime.date:
        return timezone.localtime(self.start).date() if isinstance(self.start, datetime.datetime) else self.start

    @property
    def time(self) -> str:
        return f"{timezone.localtime(self.start):%H:%M}" if isinstance(self.start, datetime.datetime) else ""


def event_calendar_entries(start: datetime.date, end: datetime.date, events=None) -> list[dict]:
    """This module's occurrences in [start, end) — the shape every calendar source returns."""
    tz = timezone.get_current_timezone()
    begin = datetime.datetime.combine(start, datetime.time.min, tzinfo=tz)
    finish = datetime.datetime.combine(end, datetime.time.min, tzinfo=tz)
    events = public_events() if events is None else events
    entries = []
    for event in events.between(begin, finish):
        for occurrence_start, _end in event.occurrences(begin, finish):
            entries.append(
                {
                    "title": event.title,
                    "start": occurrence_start,
                    "end": _end,
                    "url": event.get_absolute_url(),
                    "organiser": event.organiser.name,
                    "kind": "veranstaltung",
                }
            )
    return entries


def _other_sources():
    """Calendar sources other modules register (``Component.extra["calendar"]``: callable(start, end))."""
    for component in components.all():
        ref = component.extra.get("calendar")
        if ref and component.app_label != "events":
            yield resolve(ref)


def calendar_entries(start: datetime.date, end: datetime.date, *, events=None, with_others=True) -> list[CalendarEntry]:
    raw = event_calendar_entries(start, end, events)
    if with_others:
        raw += offer_calendar_entries(start, end)
        for source in _other_sources():
            raw += source(start, end)
    entries = [
        CalendarEntry(
            title=e["title"], start=e["start"], url=e["url"], organiser=e.get("organiser", ""), kind=e.get("kind", "")
        )
        for e in raw
    ]
    return sorted(entries, key=lambda e: (e.day, e.time, e.title))


def month_grid(year: int, month: int, entries: list[CalendarEntry]) -> list[list[dict]]:
    """Weeks (Monday first) of days with their entries; days outside the month have ``day=None``."""
    by_day: dict[datetime.date, list[CalendarEntry]] = {}
    for entry in entries:
        by_day.setdefault(entry.day, []).append(entry)
    weeks = []
    for week in month_calendar.Calendar(firstweekday=0).monthdatescalendar(year, month):
        weeks.append(
            [
                {"day": d if d.month == month else None, "entries": by_day.get(d, []) if d.month == month else []}
                for d in week
            ]
        )
    return weeks


def feed_events(*, field_of_action=None, organiser=None, now=None):
    """Published events for an iCal feed: from 90 days ago on."""
    since = (now or timezone.now()) - datetime.timedelta(days=90)
    qs = public_events().upcoming(since)
    if field_of_action is not None:
        qs = qs.filter(fields_of_action=field_of_action)
    if organiser is not None:
        qs = qs.filter(organiser=organiser)
    return qs.order_by("starts_at")

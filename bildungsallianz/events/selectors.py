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


def _field(item, *names, default=""):
    """Read an entry field from a dict or an object (sources return either shape)."""
    for name in names:
        value = item.get(name) if isinstance(item, dict) else getattr(item, name, None)
        if value is not None:
            return value
    return default


def _entry(item, kind: str) -> CalendarEntry:
    return CalendarEntry(
        title=_field(item, "title"),
        start=_field(item, "start", "starts_at"),
        url=_field(item, "url"),
        organiser=_field(item, "organiser"),
        kind=_field(item, "kind", default=kind),
    )


def calendar_entries(start: datetime.date, end: datetime.date, *, events=None, with_others=True) -> list[CalendarEntry]:
    """Entries of [start, end): this module's events, dated offers, and every registered calendar source.

    Sources are called with aware datetimes (midnight of ``start`` and ``end``) and may return
    dicts or objects with ``title``, ``start``/``starts_at``, ``url``, ``organiser`` (``kind`` optional).
    """
    entries = [_entry(e, "veranstaltung") for e in event_calendar_entries(start, end, events)]
    if with_others:
        entries += [_entry(e, "angebot") for e in offer_calendar_entries(start, end)]
        tz = timezone.get_current_timezone()
        begin = datetime.datetime.combine(start, datetime.time.min, tzinfo=tz)
        finish = datetime.datetime.combine(end, datetime.time.min, tzinfo=tz)
        for source in _other_sources():
            entries += [_entry(e, "arbeitsgruppe") for e in source(begin, finish)]
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

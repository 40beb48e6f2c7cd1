"""iCal and schema.org renderings of events."""

from __future__ import annotations

import icalendar
from django.conf import settings
from django.utils import timezone

from bildungsallianz.core.jsonld import script_json

from .models import Recurrence

HOST = settings.SITE_URL.split("//")[-1]


def _vevent(event, url: str) -> icalendar.Event:
    item = icalendar.Event()
    item.add("uid", f"veranstaltung-{event.pk}@{HOST}")
    item.add("dtstamp", timezone.now())
    item.add("summary", event.title)
    item.add("description", f"{event.summary}\n\n{url}")
    item.add("url", url)
    item.add("dtstart", event.starts_at)
    item.add("dtend", event.ends_at)
    if event.recurrence and event.repeat_until:
        freq = "weekly" if event.recurrence == Recurrence.WEEKLY else "monthly"
        item.add("rrule", {"freq": freq, "until": event.repeat_until})
    item.add("location", event.venue or ("online" if event.is_online else ""))
    item.add("organizer", f"mailto:noreply@{HOST}", parameters={"cn": event.organiser.name})
    return item


def events_ical(events, *, name: str) -> bytes:
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//Bildungsallianz//Veranstaltungen//DE")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", name)
    for event in events:
        calendar.add_component(_vevent(event, settings.SITE_URL + event.get_absolute_url()))
    return calendar.to_ical()


def event_json_ld(event, url: str) -> str:
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": event.title,
        "description": event.summary,
        "startDate": event.starts_at.isoformat(),
        "endDate": event.ends_at.isoformat(),
        "url": url,
        "eventStatus": "https://schema.org/EventScheduled",
        "organizer": {"@type": "Organization", "name": event.organiser.name},
    }
    if event.is_online and not event.venue:
        data["eventAttendanceMode"] = "https://schema.org/OnlineEventAttendanceMode"
        data["location"] = {"@type": "VirtualLocation", "url": event.online_url}
    else:
        data["eventAttendanceMode"] = "https://schema.org/OfflineEventAttendanceMode"
        data["location"] = {"@type": "Place", "name": event.venue, "address": event.venue}
    return script_json(data)

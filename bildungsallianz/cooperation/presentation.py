"""iCal feed of a member's meetings."""

import datetime

import icalendar
from django.conf import settings
from django.utils import timezone


def meetings_ical(meetings, *, base_url: str) -> bytes:
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//Bildungsallianz//Arbeitsgruppen//DE")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", "Arbeitsgruppen")
    host = settings.SITE_URL.split("//")[-1]
    for meeting in meetings:
        event = icalendar.Event()
        event.add("uid", f"sitzung-{meeting.pk}@{host}")
        event.add("dtstamp", timezone.now())
        event.add("summary", f"{meeting.group.name}: {meeting.title}")
        event.add("dtstart", meeting.starts_at)
        event.add("dtend", meeting.ends_at or meeting.starts_at + datetime.timedelta(hours=2))
        url = base_url + meeting.get_absolute_url()
        event.add("url", url)
        description = "\n".join(meeting.agenda_items)
        event.add("description", f"{description}\n\n{url}".strip())
        if meeting.place or meeting.online_url:
            event.add("location", meeting.place or meeting.online_url)
        calendar.add_component(event)
    return calendar.to_ical()

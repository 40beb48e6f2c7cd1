"""schema.org markup of a fair edition: an EducationEvent from the first slot to the last."""

import datetime

from django.conf import settings
from django.utils import timezone

from bildungsallianz.core.jsonld import script_json


def edition_json_ld(edition, slots, url: str) -> str:
    data = {
        "@context": "https://schema.org",
        "@type": "EducationEvent",
        "name": edition.title,
        "url": url,
        "eventStatus": "https://schema.org/EventScheduled",
        "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
        "location": {"@type": "Place", "name": edition.venue, "address": edition.venue},
        "organizer": {"@type": "Organization", "name": settings.WAGTAIL_SITE_NAME},
        "isAccessibleForFree": True,
        "startDate": edition.date.isoformat(),
    }
    if slots:
        zone = timezone.get_default_timezone()
        start = datetime.datetime.combine(edition.date, slots[0].starts_at, tzinfo=zone)
        end = datetime.datetime.combine(edition.date, slots[-1].ends_at, tzinfo=zone)
        data["startDate"], data["endDate"] = start.isoformat(), end.isoformat()
    return script_json(data)

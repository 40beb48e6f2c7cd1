"""Open data of the event calendar: the published events as a table and their venues as GeoJSON.

Registrations (names, e-mail addresses) never leave the platform. A venue is free text
("Messe Pirmasens, Zeppelinstraße 11, 66953 Pirmasens"); its point is the centre of the
Gemeinde named by its postcode or town (``core.geo``, no third-party service), so the
GeoJSON says ``genauigkeit: gemeinde`` and leaves out venues it cannot place."""

from django.db.models import Max

from bildungsallianz.core import geo

from .selectors import public_events

COLUMNS = [
    "kurzadresse",
    "titel",
    "veranstalter",
    "art",
    "kurzbeschreibung",
    "beginn",
    "ende",
    "wiederholung",
    "wiederholung_bis",
    "ort",
    "online",
    "barrierefreiheit",
    "zielgruppen",
    "handlungsfelder",
    "anmeldung",
    "url",
    "veroeffentlicht_am",
]


def _published():
    return public_events().order_by("starts_at", "pk")


def event_table(*, base_url: str = ""):
    rows = (
        [
            e.slug,
            e.title,
            e.organiser.name,
            e.get_event_type_display(),
            e.summary,
            e.starts_at,
            e.ends_at,
            e.get_recurrence_display() if e.recurrence else "",
            e.repeat_until,
            e.venue,
            e.is_online,
            e.accessibility,
            ", ".join(g.name for g in e.target_groups.all()),
            ", ".join(f.title for f in e.fields_of_action.all()),
            e.get_registration_mode_display(),
            base_url + e.get_absolute_url(),
            e.published_at,
        ]
        for e in _published()
    )
    return COLUMNS, rows


def event_features(*, base_url: str = "") -> list[dict]:
    features = []
    for event in _published():
        point = geo.locate_address(event.venue) if event.venue else None
        if point is None:
            continue
        features.append(
            {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [point.longitude, point.latitude]},
                "properties": {
                    "titel": event.title,
                    "veranstalter": event.organiser.name,
                    "art": str(event.get_event_type_display()),
                    "beginn": event.starts_at.isoformat(),
                    "ort": event.venue,
                    "genauigkeit": point.precision,
                    "url": base_url + event.get_absolute_url(),
                },
            }
        )
    return features


def events_modified():
    return _published().aggregate(last=Max("published_at"))["last"]

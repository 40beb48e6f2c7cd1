"""Open data: the public partner list as a table and as GeoJSON points."""

from django.db.models import Max

from .models import Organisation

COLUMNS = ["kurzadresse", "name", "kurzname", "bereich", "strasse", "plz", "ort", "website", "url", "breite", "laenge"]


def _public():
    return Organisation.objects.public().order_by("name")


def organisation_table(*, base_url: str = ""):
    rows = (
        [
            o.slug,
            o.name,
            o.short_name,
            o.get_sector_display(),
            o.street,
            o.postcode,
            o.city,
            o.website,
            base_url + o.get_absolute_url(),
            o.latitude,
            o.longitude,
        ]
        for o in _public()
    )
    return COLUMNS, rows


def organisation_features(*, base_url: str = "") -> list[dict]:
    return [
        {
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [float(o.longitude), float(o.latitude)]},
            "properties": {
                "name": o.name,
                "bereich": str(o.get_sector_display()),
                "url": base_url + o.get_absolute_url(),
            },
        }
        for o in _public().exclude(latitude=None).exclude(longitude=None)
    ]


def organisations_modified():
    return Organisation.objects.public().aggregate(last=Max("updated_at"))["last"]

"""Open data of the Bildungsportal: the published offers as a table and their places as GeoJSON.

Contact persons are left out of the bulk download (they consented to be shown on the
offer's page, not to a list that leaves the platform)."""

from django.db.models import Max, Prefetch

from .models import Offer, OfferPlace

COLUMNS = [
    "kurzadresse",
    "titel",
    "anbieter",
    "art",
    "kurzbeschreibung",
    "zielgruppen",
    "handlungsfelder",
    "alter_von",
    "alter_bis",
    "klasse_von",
    "klasse_bis",
    "schulabschluss",
    "deutschkenntnisse",
    "sprachen",
    "kosten",
    "barrierefrei",
    "online",
    "beginn",
    "ende",
    "bewerbungsschluss",
    "plaetze",
    "website",
    "orte",
    "berufe_kldb",
    "url",
    "veroeffentlicht_am",
]


def _published():
    return (
        Offer.objects.published()
        .select_related("provider")
        .prefetch_related(
            "target_groups",
            "fields_of_action",
            "occupations",
            Prefetch("places", queryset=OfferPlace.objects.order_by("id")),
        )
        .order_by("pk")
    )


def offer_table(*, base_url: str = ""):
    rows = (
        [
            o.slug,
            o.title,
            o.provider.name,
            o.get_offer_type_display(),
            o.summary,
            ", ".join(g.name for g in o.target_groups.all()),
            ", ".join(f.title for f in o.fields_of_action.all()),
            o.min_age,
            o.max_age,
            o.min_class,
            o.max_class,
            o.get_required_certificate_display() if o.required_certificate is not None else "",
            o.get_german_level_display() if o.german_level is not None else "",
            ", ".join(o.language_labels),
            o.get_cost_display(),
            o.barrier_free,
            o.is_online,
            o.start_date,
            o.end_date,
            o.application_deadline,
            o.seats,
            o.website,
            " | ".join(str(p) for p in o.places.all()),
            ", ".join(oc.code for oc in o.occupations.all()),
            base_url + o.get_absolute_url(),
            o.published_at,
        ]
        for o in _published()
    )
    return COLUMNS, rows


def offer_features(*, base_url: str = "") -> list[dict]:
    features = []
    for offer in _published():
        for place in offer.places.all():
            if place.latitude is None or place.longitude is None:
                continue
            features.append(
                {
                    "type": "Feature",
                    "geometry": {"type": "Point", "coordinates": [float(place.longitude), float(place.latitude)]},
                    "properties": {
                        "titel": offer.title,
                        "anbieter": offer.provider.name,
                        "art": str(offer.get_offer_type_display()),
                        "ort": str(place),
                        "url": base_url + offer.get_absolute_url(),
                    },
                }
            )
    return features


def offers_modified():
    return Offer.objects.published().aggregate(last=Max("updated_at"))["last"]

"""Offers of the Bildungsportal: every facet of /angebote/ as a filter, the German search as ``q``."""

from django.http import Http404
from ninja import Field, Router

from bildungsallianz.core.translations.display import public_translations
from bildungsallianz.offers.choices import OfferType
from bildungsallianz.offers.forms import OfferSearchForm
from bildungsallianz.offers.models import Offer
from bildungsallianz.offers.selectors import nearest_place, offer_ids_by_slug, offer_rows, offer_search_ids

from ..pagination import decode_cursor, encode_cursor
from .common import Links, OrganisationRef, Out, TaxonomyRef, labels

router = Router(tags=["Angebote"])

PAGE_SIZE = 50


class PlaceOut(Out):
    name: str
    street: str
    postcode: str
    city: str
    latitude: float | None
    longitude: float | None


class OfferOut(Out):
    slug: str
    title: str
    summary: str
    plain_summary: str = Field(description="Zusammenfassung in einfacher Sprache (Deutsch), leer wenn keine")
    description_html: str
    translations: dict[str, dict[str, str]] = Field(
        description=(
            "Übersetzungen je Inhaltssprache (ISO 639-1), je Feld title, summary, plain_summary, "
            "description (HTML); fehlende Felder gibt es nur auf Deutsch"
        )
    )
    offer_type: str
    offer_type_label: str
    provider: OrganisationRef
    target_groups: list[TaxonomyRef]
    fields_of_action: list[TaxonomyRef]
    occupations: list[TaxonomyRef]
    min_age: int | None
    max_age: int | None
    min_class: int | None
    max_class: int | None
    required_certificate: int | None
    german_level: int | None
    languages: list[str] = Field(description="Sprachen, in denen das Angebot stattfindet (nicht: Übersetzungen)")
    cost: str
    barrier_free: bool
    is_online: bool
    start_date: str | None
    end_date: str | None
    application_deadline: str | None
    seats: int | None
    website: str
    places: list[PlaceOut]
    url: str
    published_at: str | None
    distance_km: float | None = Field(
        default=None, description="Nur bei einer Suche mit nahe: Entfernung des nächsten Orts in km (Luftlinie)"
    )


class OfferPage(Out):
    items: list[OfferOut]
    total: int
    next: str | None


def _iso(value) -> str | None:
    return value.isoformat() if value else None


def _coordinate(value) -> float | None:
    return float(value) if value is not None else None


def offer_out(links: Links, row: dict, offer_types: dict) -> dict:
    """One API offer from a row of :func:`~bildungsallianz.offers.selectors.offer_rows`."""
    return {
        "slug": row["slug"],
        "title": row["title"],
        "summary": row["summary"],
        "plain_summary": row["plain_summary"],
        "description_html": row["description"],
        "translations": public_translations(row["translations"], Offer.translatable_fields),
        "offer_type": row["offer_type"],
        "offer_type_label": offer_types.get(row["offer_type"], row["offer_type"]),
        "provider": {
            "slug": row["provider_slug"],
            "name": row["provider_name"],
            "url": links("charter:partner_detail", row["provider_slug"]),
        },
        "target_groups": [{"slug": slug, "title": title} for slug, title in row["target_groups"]],
        "fields_of_action": [{"slug": slug, "title": title} for slug, title in row["fields_of_action"]],
        "occupations": [{"slug": code, "title": title} for code, title in row["occupations"]],
        "min_age": row["min_age"],
        "max_age": row["max_age"],
        "min_class": row["min_class"],
        "max_class": row["max_class"],
        "required_certificate": row["required_certificate"],
        "german_level": row["german_level"],
        "languages": [code for code in row["languages"].split(",") if code],
        "cost": row["cost"],
        "barrier_free": row["barrier_free"],
        "is_online": row["is_online"],
        "start_date": _iso(row["start_date"]),
        "end_date": _iso(row["end_date"]),
        "application_deadline": _iso(row["application_deadline"]),
        "seats": row["seats"],
        "website": row["website"],
        "places": [
            {
                "name": place["name"] or "",
                "street": place["street"],
                "postcode": place["postcode"],
                "city": place["city"],
                "latitude": _coordinate(place["latitude"]),
                "longitude": _coordinate(place["longitude"]),
            }
            for place in row["places"]
        ],
        "url": links("offers:detail", row["slug"]),
        "published_at": _iso(row["published_at"]),
    }


def _search_form(request):
    return OfferSearchForm(request.GET)


@router.get(
    "",
    response=OfferPage,
    summary="Veröffentlichte Angebote suchen und filtern",
    description=(
        "Filters are the facets of /angebote/ with the same names and values: q (German search), art, "
        "zielgruppe, handlungsfeld, alter, klasse, abschluss, deutsch, sprache, kosten, barrierefrei, ort, "
        "von, bis, anbieter, sortierung (relevanz, datum, neu, entfernung); nahe (postcode or town in "
        "Germany) with umkreis (5, 10, 25, 50 km): offers with a place that near, nearest first unless q or "
        "sortierung say otherwise, each with distance_km."
    ),
)
def list_offers(request, cursor: str | None = None):
    form = _search_form(request)
    page_number = decode_cursor(cursor) if cursor else 1
    ids, total, has_next = offer_search_ids(filters=form.filters, page_number=page_number, page_size=PAGE_SIZE)
    next_url = None
    if has_next:
        params = request.GET.copy()
        params["cursor"] = encode_cursor(page_number + 1)
        next_url = request.build_absolute_uri(request.path) + "?" + params.urlencode()
    links, offer_types = Links(request), labels(OfferType.choices)
    items = []
    for row in offer_rows(ids):
        item = offer_out(links, row, offer_types)
        if form.filters.get("nahe"):
            km = nearest_place(form.filters["nahe"], row["places"])[0]
            item["distance_km"] = round(km, 1) if km is not None else None
        items.append(item)
    return {"items": items, "total": total, "next": next_url}


@router.get("/{slug}", response=OfferOut, summary="Ein veröffentlichtes Angebot")
def get_offer(request, slug: str):
    rows = offer_rows(offer_ids_by_slug([slug]))
    if not rows:
        raise Http404
    return offer_out(Links(request), rows[0], labels(OfferType.choices))

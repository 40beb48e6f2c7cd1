"""Offers of the Bildungsportal: every facet of /angebote/ as a filter, the German search as ``q``."""

from django.shortcuts import get_object_or_404
from ninja import Router, Schema

from bildungsallianz.offers.forms import OfferSearchForm
from bildungsallianz.offers.models import Offer
from bildungsallianz.offers.selectors import offer_detail_queryset, offer_search

from ..pagination import decode_cursor, encode_cursor
from .common import OrganisationRef, TaxonomyRef

router = Router(tags=["Angebote"])

PAGE_SIZE = 50


class PlaceOut(Schema):
    name: str
    street: str
    postcode: str
    city: str
    latitude: float | None
    longitude: float | None


class OfferOut(Schema):
    slug: str
    title: str
    summary: str
    description_html: str
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
    languages: list[str]
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


class OfferPage(Schema):
    items: list[OfferOut]
    total: int
    next: str | None


def _place(place) -> dict:
    return {
        "name": getattr(place, "name", "") or "",
        "street": place.street,
        "postcode": place.postcode,
        "city": place.city,
        "latitude": float(place.latitude) if place.latitude is not None else None,
        "longitude": float(place.longitude) if place.longitude is not None else None,
    }


def offer_out(request, offer) -> dict:
    provider = offer.provider
    return {
        "slug": offer.slug,
        "title": offer.title,
        "summary": offer.summary,
        "description_html": offer.description,
        "offer_type": offer.offer_type,
        "offer_type_label": str(offer.get_offer_type_display()),
        "provider": {
            "slug": provider.slug,
            "name": provider.name,
            "url": request.build_absolute_uri(provider.get_absolute_url()),
        },
        "target_groups": [{"slug": g.slug, "title": g.name} for g in offer.target_groups.all()],
        "fields_of_action": [{"slug": f.slug, "title": f.title} for f in offer.fields_of_action.all()],
        "occupations": [{"slug": o.code, "title": o.short_title or o.title} for o in offer.occupations.all()],
        "min_age": offer.min_age,
        "max_age": offer.max_age,
        "min_class": offer.min_class,
        "max_class": offer.max_class,
        "required_certificate": offer.required_certificate,
        "german_level": offer.german_level,
        "languages": offer.language_list,
        "cost": offer.cost,
        "barrier_free": offer.barrier_free,
        "is_online": offer.is_online,
        "start_date": offer.start_date.isoformat() if offer.start_date else None,
        "end_date": offer.end_date.isoformat() if offer.end_date else None,
        "application_deadline": offer.application_deadline.isoformat() if offer.application_deadline else None,
        "seats": offer.seats,
        "website": offer.website,
        "places": [_place(p) for p in offer.places.all()],
        "url": request.build_absolute_uri(offer.get_absolute_url()),
        "published_at": offer.published_at.isoformat() if offer.published_at else None,
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
        "von, bis, anbieter, sortierung (relevanz, datum, neu)."
    ),
)
def list_offers(request, cursor: str | None = None):
    form = _search_form(request)
    page_number = decode_cursor(cursor) if cursor else 1
    result = offer_search(filters=form.filters, page_number=page_number, page_size=PAGE_SIZE)
    ids = [offer.pk for offer in result.page.object_list]
    offers = {o.pk: o for o in offer_detail_queryset(Offer.objects.filter(pk__in=ids))}
    next_url = None
    if result.page.has_next():
        params = request.GET.copy()
        params["cursor"] = encode_cursor(result.page.next_page_number())
        next_url = request.build_absolute_uri(request.path) + "?" + params.urlencode()
    return {"items": [offer_out(request, offers[i]) for i in ids], "total": result.total, "next": next_url}


@router.get("/{slug}", response=OfferOut, summary="Ein veröffentlichtes Angebot")
def get_offer(request, slug: str):
    return offer_out(request, get_object_or_404(offer_detail_queryset(Offer.objects.published()), slug=slug))

"""Partners: public organisations with their fields of action."""

from ninja import Router

from bildungsallianz.organisations.models import Organisation, Sector

from ..pagination import page
from .common import Links, Out, TaxonomyRef, labels

router = Router(tags=["Partner"])


class OrganisationOut(Out):
    slug: str
    name: str
    short_name: str
    sector: str
    sector_label: str
    description: str
    street: str
    postcode: str
    city: str
    website: str
    email: str
    phone: str
    fields_of_action: list[TaxonomyRef]
    url: str
    updated_at: str


class OrganisationPage(Out):
    items: list[OrganisationOut]
    next: str | None


def _public():
    return Organisation.objects.public().prefetch_related("commitments__field_of_action")


def _out(links: Links, organisation, sectors: dict) -> dict:
    fields = {c.field_of_action.slug: c.field_of_action.title for c in organisation.commitments.all()}
    return {
        "slug": organisation.slug,
        "name": organisation.name,
        "short_name": organisation.short_name,
        "sector": organisation.sector,
        "sector_label": sectors.get(organisation.sector, organisation.sector),
        "description": organisation.description,
        "street": organisation.street,
        "postcode": organisation.postcode,
        "city": organisation.city,
        "website": organisation.website,
        "email": organisation.email,
        "phone": organisation.phone,
        "fields_of_action": [{"slug": s, "title": t} for s, t in sorted(fields.items())],
        "url": links("charter:partner_detail", organisation.slug),
        "updated_at": organisation.updated_at.isoformat(),
    }


@router.get("", response=OrganisationPage, summary="Partnerorganisationen (öffentlich)")
def list_organisations(request, cursor: str | None = None, limit: int | None = None, sector: str | None = None):
    queryset = _public()
    if sector:
        queryset = queryset.filter(sector=sector)
    items, next_url = page(request, queryset, cursor=cursor, limit=limit)
    links, sectors = Links(request), labels(Sector.choices)
    return {"items": [_out(links, o, sectors) for o in items], "next": next_url}


@router.get("/{slug}", response=OrganisationOut, summary="Eine Partnerorganisation")
def get_organisation(request, slug: str):
    from django.shortcuts import get_object_or_404

    return _out(Links(request), get_object_or_404(_public(), slug=slug), labels(Sector.choices))

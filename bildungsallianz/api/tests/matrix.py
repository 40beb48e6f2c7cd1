"""Permission-matrix rows of the API: it shows only what the public pages show, to everybody alike."""

from bildungsallianz.core.testing.matrix import FORBIDDEN, HIDDEN, LOGIN, OK, REDIRECT, Row


def world(ctx):
    from bildungsallianz.offers.tests.factories import OfferFactory
    from bildungsallianz.organisations.tests.factories import OrganisationFactory

    OrganisationFactory(name="API verborgen", slug="api-verborgen", is_public=False)
    from bildungsallianz.charter.tests.factories import CharterFactory

    CharterFactory(version="2025")
    draft = OfferFactory(provider=ctx.org_a, title="API Entwurf", slug="api-entwurf")
    import datetime

    from bildungsallianz.api.services import api_token_create

    token, _secret = api_token_create(
        organisation=ctx.org_a, name="Matrix", expires_on=datetime.date.today() + datetime.timedelta(days=30), by=None
    )
    from bildungsallianz.events.models import Event
    from bildungsallianz.offers.models import Offer

    return {
        "api_hidden_org": "api-verborgen",
        "api_draft_offer": draft.slug,
        "api_token_a": token.pk,
        "api_token_a_obj": token,
        "api_offers_a": Offer.objects.filter(provider=ctx.org_a),
        "api_events_a": Event.objects.filter(organiser=ctx.org_a),
    }


def _everyone(url, status=OK):
    return Row(url, anonymous=status, editor_a=status, editor_b=status, wg_member=status, staff=status)


ROWS = [
    _everyone("/api/docs", REDIRECT),
    _everyone("/api/v1/", HIDDEN),
    _everyone("/api/v1/docs"),
    _everyone("/api/v1/openapi.json"),
    _everyone("/api/v1/organisations"),
    _everyone("/api/v1/organisations/organisation-a"),
    # the API is public data only: even the organisation's own editors and staff get 404 for hidden rows
    _everyone("/api/v1/organisations/{api_hidden_org}", HIDDEN),
    _everyone("/api/v1/charter"),
    _everyone("/api/v1/charter/fields-of-action"),
    _everyone("/api/v1/charter/target-groups"),
    _everyone("/api/v1/charter/commitments"),
    _everyone("/api/v1/offers"),
    _everyone("/api/v1/offers/{api_draft_offer}", HIDDEN),
    _everyone("/api/v1/regions"),
    _everyone("/api/v1/sources"),
    _everyone("/api/v1/indicators"),
    _everyone("/api/v1/indicators/gibt-es-nicht", HIDDEN),
    _everyone("/api/v1/observations?source=gibt-es-nicht"),
]

ROWS += [
    Row(
        "/konto/api-schluessel/",
        anonymous=LOGIN,
        editor_a=OK,
        editor_b=OK,
        wg_member=FORBIDDEN,
        staff=OK,
    ),
    Row(
        "/konto/api-schluessel/{api_token_a}/widerrufen/",
        method="post",
        unchanged="api_token_a_obj",
        anonymous=LOGIN,
        editor_a=REDIRECT,
        editor_b=HIDDEN,
        wg_member=HIDDEN,
        staff=REDIRECT,
    ),
    _everyone("/api/dcat/katalog.ttl"),
    _everyone("/api/dcat/katalog.jsonld"),
    _everyone("/api/offene-daten/"),
    _everyone("/api/v1/downloads/offers.csv"),
    _everyone("/api/v1/downloads/gibt-es-nicht.csv", HIDDEN),
]

ROWS += [
    _everyone("/sitemap.xml"),
    _everyone("/robots.txt"),
    _everyone("/api/v1/projects"),
    _everyone("/api/v1/projects/gibt-es-nicht", HIDDEN),
    _everyone("/api/v1/events"),
    _everyone("/api/v1/events/gibt-es-nicht", HIDDEN),
    _everyone("/api/v1/fair/editions"),
    _everyone("/api/v1/fair/editions/gibt-es-nicht", HIDDEN),
    _everyone("/api/v1/fair/editions/gibt-es-nicht/exhibitors", HIDDEN),
    _everyone("/api/v1/reports"),
    _everyone("/api/v1/reports/gibt-es-nicht", HIDDEN),
    _everyone("/api/v1/reports/gibt-es-nicht/editions/1", HIDDEN),
]

UNAUTHENTICATED = 401  # the partner write API takes a token, never a session: everybody without one gets 401

ROWS += [
    _everyone("/api/v1/partner/offers", UNAUTHENTICATED),
    _everyone("/api/v1/partner/offers/K-1", UNAUTHENTICATED),
    Row(
        "/api/v1/partner/offers/sync",
        method="post",
        data={},
        unchanged="api_offers_a",
        anonymous=UNAUTHENTICATED,
        editor_a=UNAUTHENTICATED,
        editor_b=UNAUTHENTICATED,
        wg_member=UNAUTHENTICATED,
        staff=UNAUTHENTICATED,
    ),
    _everyone("/api/v1/partner/events", UNAUTHENTICATED),
    _everyone("/api/v1/partner/events/E-1", UNAUTHENTICATED),
    Row(
        "/api/v1/partner/events/sync",
        method="post",
        data={},
        unchanged="api_events_a",
        anonymous=UNAUTHENTICATED,
        editor_a=UNAUTHENTICATED,
        editor_b=UNAUTHENTICATED,
        wg_member=UNAUTHENTICATED,
        staff=UNAUTHENTICATED,
    ),
]

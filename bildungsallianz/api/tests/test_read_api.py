"""The public read API: only what the public pages show, cursor pages, ETag, CORS, problem details."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from bildungsallianz.charter.tests.factories import CharterFactory, SignatureFactory
from bildungsallianz.core.review.states import ReviewStatus
from bildungsallianz.offers.tests.factories import OfferFactory, OfferPlaceFactory, PublishedOfferFactory, publish
from bildungsallianz.organisations.tests.factories import OrganisationFactory

pytestmark = pytest.mark.django_db


def _all_pages(client, url):
    items, seen = [], 0
    while url:
        response = client.get(url)
        assert response.status_code == 200, response.content
        body = response.json()
        items += body["items"]
        url = body["next"]
        seen += 1
        assert seen < 100
    return items


def test_it_lists_only_public_partners_across_cursor_pages(client):
    for n in range(7):
        OrganisationFactory(name=f"Partner {n}", slug=f"partner-{n}")
    OrganisationFactory(name="Verborgen", slug="verborgen", is_public=False)
    items = _all_pages(client, "/api/v1/organisations?limit=3")
    slugs = [item["slug"] for item in items]
    assert sorted(slugs) == [f"partner-{n}" for n in range(7)]
    assert len(slugs) == len(set(slugs))
    assert client.get("/api/v1/organisations/verborgen").status_code == 404


def test_a_hidden_partner_answers_with_a_problem_document_in_german_and_english(client):
    OrganisationFactory(name="Verborgen", slug="verborgen", is_public=False)
    german = client.get("/api/v1/organisations/verborgen")
    assert german.status_code == 404
    assert german["Content-Type"] == "application/problem+json"
    assert german.json()["title"] == "Nicht gefunden"
    assert german.json()["status"] == 404
    english = client.get("/api/v1/organisations/verborgen", HTTP_ACCEPT_LANGUAGE="en-GB,en;q=0.9")
    assert english.json()["title"] == "Not found"
    assert english["Content-Language"] == "en"


def test_a_forged_cursor_is_a_bad_request_not_a_server_error(client):
    response = client.get("/api/v1/organisations?cursor=%%%not-ours")
    assert response.status_code == 400
    assert "cursor" in response.json()["detail"]


def test_an_invalid_parameter_names_the_parameter(client):
    response = client.get("/api/v1/organisations?limit=viele")
    assert response.status_code == 400
    body = response.json()
    assert body["title"] == "Ungültige Anfrage"
    assert body["errors"][0]["parameter"] == "limit"


def test_it_answers_304_when_the_client_has_the_current_version(client):
    OrganisationFactory(name="Partner", slug="partner")
    first = client.get("/api/v1/organisations")
    etag = first["ETag"]
    assert etag.startswith('"')
    again = client.get("/api/v1/organisations", HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304
    assert again.content == b""
    OrganisationFactory(name="Neuer Partner", slug="neu")
    changed = client.get("/api/v1/organisations", HTTP_IF_NONE_MATCH=etag)
    assert changed.status_code == 200
    assert changed["ETag"] != etag


def test_public_reads_are_open_to_other_origins(client):
    response = client.get("/api/v1/organisations", HTTP_ORIGIN="https://example.net")
    assert response["Access-Control-Allow-Origin"] == "*"


def test_the_partner_list_costs_the_same_queries_for_more_partners(client):
    def count():
        with CaptureQueriesContext(connection) as ctx:
            assert client.get("/api/v1/organisations?limit=100").status_code == 200
        return len(ctx.captured_queries)

    OrganisationFactory(name="Erster", slug="erster")
    few = count()
    for n in range(30):
        OrganisationFactory(name=f"P {n}", slug=f"p-{n}")
    assert count() == few


@pytest.mark.parametrize(
    "status", [ReviewStatus.DRAFT, ReviewStatus.SUBMITTED, ReviewStatus.RETURNED, ReviewStatus.EXPIRED]
)
def test_it_never_shows_offers_that_are_not_published(client, status):
    OfferFactory(title="Unsichtbar", slug="unsichtbar", status=status)
    PublishedOfferFactory(title="Sichtbar", slug="sichtbar")
    slugs = [item["slug"] for item in client.get("/api/v1/offers").json()["items"]]
    assert slugs == ["sichtbar"]
    assert client.get("/api/v1/offers/unsichtbar").status_code == 404


def test_offers_are_searched_in_german_and_filtered_by_the_portal_facets(client):
    pflege = publish(OfferFactory(title="Praktikum in der Pflege", slug="pflege", offer_type="praktikum"))
    OfferPlaceFactory(offer=pflege)
    publish(OfferFactory(title="Bewerbungstraining", slug="bewerbung", offer_type="bewerbungstraining"))
    found = client.get("/api/v1/offers", {"q": "Pflegepraktika"}).json()
    assert [item["slug"] for item in found["items"]] == ["pflege"]
    assert found["items"][0]["places"][0]["city"] == "Pirmasens"
    filtered = client.get("/api/v1/offers", {"art": "bewerbungstraining"}).json()
    assert [item["slug"] for item in filtered["items"]] == ["bewerbung"]
    assert filtered["total"] == 1


@pytest.mark.parametrize("params", [{}, {"q": "Pflege"}, {"q": "Pflege", "sortierung": "datum"}])
def test_the_api_lists_the_same_offers_in_the_same_order_as_the_portal(client, params):
    from bildungsallianz.offers.forms import OfferSearchForm
    from bildungsallianz.offers.selectors import offer_search

    for n in range(7):
        offer = publish(OfferFactory(title=f"Pflege Angebot {n}", slug=f"pflege-{n}"))
        OfferPlaceFactory(offer=offer)
    publish(OfferFactory(title="Bewerbungstraining", slug="bewerbung"))
    portal = offer_search(filters=OfferSearchForm(params).filters, page_number=1, page_size=50)
    api = client.get("/api/v1/offers", params).json()
    assert [item["slug"] for item in api["items"]] == [offer.slug for offer in portal.page.object_list]
    assert api["total"] == portal.total


def test_the_offer_list_costs_the_same_queries_for_more_offers(client):
    def count():
        with CaptureQueriesContext(connection) as ctx:
            assert client.get("/api/v1/offers", {"n": count.calls}).status_code == 200
        count.calls += 1
        return len(ctx.captured_queries)

    count.calls = 0
    offer = publish(OfferFactory(title="Erstes", slug="erstes"))
    OfferPlaceFactory(offer=offer)
    few = count()
    for n in range(20):
        offer = publish(OfferFactory(title=f"Angebot {n}", slug=f"angebot-{n}"))
        OfferPlaceFactory(offer=offer)
    assert count() == few


def test_the_charter_shows_confirmed_signatories_only(client, org_a, org_b):
    charter = CharterFactory(version="2025", is_current=True)
    SignatureFactory(charter=charter, organisation=org_a, confirmed=True, signatory_name="Dr. A")
    SignatureFactory(charter=charter, organisation=org_b, confirmed=False, signatory_name="B wartet")
    body = client.get("/api/v1/charter").json()
    assert [s["organisation"]["slug"] for s in body["signatures"]] == ["organisation-a"]
    assert body["version"] == "2025"

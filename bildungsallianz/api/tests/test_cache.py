"""The public read API is served from the content cache until its data changes (issue 13 speed)."""

import pytest

from bildungsallianz.offers.tests.factories import PublishedOfferFactory
from bildungsallianz.organisations.tests.factories import OrganisationFactory

pytestmark = pytest.mark.django_db(transaction=True)


def test_the_second_identical_question_is_a_cache_hit_with_the_same_answer(client):
    OrganisationFactory(name="Stadtwerke", slug="stadtwerke")
    first = client.get("/api/v1/organisations")
    second = client.get("/api/v1/organisations")
    assert first["X-Page-Cache"] == "miss"
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    assert second["ETag"] == first["ETag"]
    assert second["Access-Control-Allow-Origin"] == "*"


def test_a_change_to_the_data_is_visible_at_once(client):
    OrganisationFactory(name="Stadtwerke", slug="stadtwerke")
    before = client.get("/api/v1/organisations").json()
    OrganisationFactory(name="Volkshochschule", slug="vhs")
    after = client.get("/api/v1/organisations")
    assert after["X-Page-Cache"] == "miss"
    assert {i["slug"] for i in before["items"]} == {"stadtwerke"}
    assert {i["slug"] for i in after.json()["items"]} == {"stadtwerke", "vhs"}


def test_an_offer_edited_after_a_cached_answer_shows_its_new_title(client):
    offer = PublishedOfferFactory(title="Pflegepraktikum")
    assert client.get(f"/api/v1/offers/{offer.slug}").json()["title"] == "Pflegepraktikum"
    offer.title = "Praktikum in der Pflege"
    offer.save()
    assert client.get(f"/api/v1/offers/{offer.slug}").json()["title"] == "Praktikum in der Pflege"


def test_german_and_english_answers_are_kept_apart(client):
    german = client.get("/api/v1/organisations/gibt-es-nicht")
    english = client.get("/api/v1/organisations/gibt-es-nicht", HTTP_ACCEPT_LANGUAGE="en")
    german_again = client.get("/api/v1/organisations/gibt-es-nicht")
    french_then_english = client.get("/api/v1/organisations/gibt-es-nicht", HTTP_ACCEPT_LANGUAGE="fr, en;q=0.8")
    assert german.json()["title"] == "Nicht gefunden"
    assert english.json()["title"] == "Not found"
    assert german_again.json()["title"] == "Nicht gefunden"
    assert french_then_english.json()["title"] in ("Not found", "Introuvable")


def test_a_cached_answer_is_revalidated_with_a_304(client):
    OrganisationFactory(name="Stadtwerke", slug="stadtwerke")
    first = client.get("/api/v1/organisations")
    revalidated = client.get("/api/v1/organisations", HTTP_IF_NONE_MATCH=first["ETag"])
    assert revalidated.status_code == 304
    assert revalidated.content == b""
    assert revalidated["ETag"] == first["ETag"]


def test_requests_with_credentials_are_never_answered_from_the_cache(client):
    OrganisationFactory(name="Stadtwerke", slug="stadtwerke")
    client.get("/api/v1/organisations")
    with_token = client.get("/api/v1/organisations", HTTP_AUTHORIZATION="Bearer irgendwas")
    assert with_token.get("X-Page-Cache") is None


def test_the_partner_write_api_is_never_cached(client):
    first = client.get("/api/v1/partner/offers")
    assert first.status_code == 401
    assert first.get("X-Page-Cache") is None

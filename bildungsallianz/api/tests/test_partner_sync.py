"""A partner's system syncs its offers with a token: idempotent, reviewed, never across organisations."""

import pytest
from django.contrib.contenttypes.models import ContentType
from wagtail.models import ModelLogEntry

from bildungsallianz.charter.tests.factories import TargetGroupFactory
from bildungsallianz.core.review.states import ReviewStatus
from bildungsallianz.offers.models import Offer
from bildungsallianz.offers.services import offer_publish

pytestmark = pytest.mark.django_db


def _offer(external_id, title="Deutschkurs B1 am Abend", **extra):
    return {
        "external_id": external_id,
        "title": title,
        "summary": "Deutsch lernen für den Beruf.",
        "offer_type": "sprachfoerderung",
        "target_groups": ["jugendliche"],
        "places": [{"street": "Schachenstraße 70", "postcode": "66954", "city": "Pirmasens"}],
        **extra,
    }


def _sync(client, secret, items, **params):
    query = "?dry_run=true" if params.get("dry_run") else ""
    return client.post(
        f"/api/v1/partner/offers/sync{query}",
        items,
        content_type="application/json",
        HTTP_AUTHORIZATION=f"Bearer {secret}",
    )


@pytest.fixture(autouse=True)
def _taxonomy(db):
    TargetGroupFactory(slug="jugendliche", name="Jugendliche")


def test_a_nightly_sync_creates_offers_that_wait_for_review_and_resending_changes_nothing(client, token_a, org_a):
    items = [_offer("K-1"), _offer("K-2", title="Bewerbungstraining", offer_type="bewerbungstraining")]
    first = _sync(client, token_a, items)
    assert first.status_code == 200, first.content
    assert [r["result"] for r in first.json()] == ["created", "created"]
    assert set(Offer.objects.filter(provider=org_a).values_list("status", flat=True)) == {ReviewStatus.SUBMITTED}
    assert Offer.objects.published().count() == 0
    again = _sync(client, token_a, items)
    assert [r["result"] for r in again.json()] == ["unchanged", "unchanged"]
    assert Offer.objects.filter(provider=org_a).count() == 2


def test_a_change_to_a_published_offer_waits_in_its_change_copy(client, token_a, org_a):
    _sync(client, token_a, [_offer("K-1")])
    offer = Offer.objects.get(provider=org_a)
    offer_publish(offer=offer, by=None)
    changed = _sync(client, token_a, [_offer("K-1", title="Deutschkurs B2 am Abend")]).json()
    assert changed[0]["result"] == "updated"
    offer.refresh_from_db()
    assert offer.title == "Deutschkurs B1 am Abend"  # live offer unchanged until review
    copy = offer.pending_change_copy
    assert copy.title == "Deutschkurs B2 am Abend" and copy.status == ReviewStatus.SUBMITTED
    assert _sync(client, token_a, [_offer("K-1", title="Deutschkurs B2 am Abend")]).json()[0]["result"] == "unchanged"
    assert Offer.objects.filter(provider=org_a).count() == 2


def test_a_dry_run_says_what_would_change_and_writes_nothing(client, token_a):
    response = _sync(client, token_a, [_offer("K-1")], dry_run=True)
    assert response.json() == [{"external_id": "K-1", "result": "created", "slug": None, "status": None, "url": None}]
    assert Offer.objects.count() == 0
    assert not ModelLogEntry.objects.filter(content_type=ContentType.objects.get_for_model(Offer)).exists()


def test_one_bad_offer_saves_nothing_and_names_item_and_field_in_german(client, token_a):
    items = [_offer("K-1"), _offer("K-2", offer_type="zaubern", target_groups=["gibt-es-nicht"])]
    response = _sync(client, token_a, items)
    assert response.status_code == 422
    body = response.json()
    assert body["title"] == "Nicht gespeichert"
    parameters = {e["parameter"] for e in body["errors"]}
    assert {"2.offer_type", "2.target_groups"} <= parameters
    assert Offer.objects.count() == 0


def test_every_write_is_in_the_audit_log(client, token_a):
    _sync(client, token_a, [_offer("K-1")])
    entry = ModelLogEntry.objects.get(action="wagtail.create", content_type=ContentType.objects.get_for_model(Offer))
    assert entry.data["api_token"] == "Kursdatenbank"


def test_a_token_of_another_organisation_never_reaches_its_offers(client, token_a, token_b, org_a, org_b):
    _sync(client, token_a, [_offer("K-1")])
    other = client.get("/api/v1/partner/offers/K-1", HTTP_AUTHORIZATION=f"Bearer {token_b}")
    assert other.status_code == 404
    mine = client.get("/api/v1/partner/offers/K-1", HTTP_AUTHORIZATION=f"Bearer {token_a}")
    assert mine.status_code == 200
    # the same external id from B makes B's own offer; A's stays as it was
    _sync(client, token_b, [_offer("K-1", title="Etwas ganz anderes")])
    assert Offer.objects.get(provider=org_a).title == "Deutschkurs B1 am Abend"
    assert Offer.objects.get(provider=org_b).title == "Etwas ganz anderes"


def test_without_a_valid_token_the_write_api_answers_401_with_a_problem_document(client):
    response = client.post("/api/v1/partner/offers/sync", [], content_type="application/json")
    assert response.status_code == 401
    assert response["WWW-Authenticate"] == "Bearer"
    assert response.json()["title"] == "Anmeldung nötig"
    wrong = client.get("/api/v1/partner/offers", HTTP_AUTHORIZATION="Bearer ba_falsch")
    assert wrong.status_code == 401

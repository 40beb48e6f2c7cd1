"""Translations in the read API and the partner write API (same review life cycle as the web form)."""

import datetime

import pytest

from bildungsallianz.api.services import api_token_create
from bildungsallianz.charter.tests.factories import TargetGroupFactory
from bildungsallianz.events.tests.factories import EventFactory
from bildungsallianz.offers.models import Offer
from bildungsallianz.offers.services import offer_publish
from bildungsallianz.offers.tests.factories import PublishedOfferFactory

pytestmark = pytest.mark.django_db

ARABIC = {"title": "دورة لغة ألمانية", "summary": "نتعلم الألمانية للعمل."}


@pytest.fixture
def token_a(org_a, editor_a):
    TargetGroupFactory(slug="jugendliche", name="Jugendliche")
    _token, secret = api_token_create(
        organisation=org_a, name="Kurse", expires_on=datetime.date.today() + datetime.timedelta(days=30), by=editor_a
    )
    return secret


def _item(**extra):
    return {
        "external_id": "K-1",
        "title": "Deutschkurs B1",
        "summary": "Deutsch lernen für den Beruf.",
        "offer_type": "sprachfoerderung",
        "places": [{"street": "Schachenstraße 70", "postcode": "66954", "city": "Pirmasens"}],
        **extra,
    }


def _sync(client, secret, items):
    return client.post(
        "/api/v1/partner/offers/sync", items, content_type="application/json", HTTP_AUTHORIZATION=f"Bearer {secret}"
    )


def test_the_read_api_shows_translations_of_configured_languages_and_the_plain_summary(client, org_a, settings):
    settings.CONTENT_TRANSLATION_LANGUAGES = ["ar", "uk"]
    PublishedOfferFactory(
        provider=org_a,
        slug="kurs",
        plain_summary="Sie lernen Deutsch.",
        translations={"ar": ARABIC, "tr": {"title": "Almanca kursu"}},
    )
    body = client.get("/api/v1/offers/kurs").json()
    assert body["translations"] == {"ar": ARABIC}  # Turkish is not switched on here
    assert body["plain_summary"] == "Sie lernen Deutsch."


def test_the_read_api_shows_event_translations(client, org_a):
    EventFactory(organiser=org_a, slug="infoabend", translations={"uk": {"title": "Інформаційний вечір"}})
    assert client.get("/api/v1/events/infoabend").json()["translations"] == {"uk": {"title": "Інформаційний вечір"}}


def test_a_partner_system_sends_translations_and_resending_changes_nothing(client, token_a, org_a):
    first = _sync(client, token_a, [_item(translations={"ar": ARABIC}, plain_summary="Sie lernen Deutsch.")])
    assert first.status_code == 200, first.content
    offer = Offer.objects.get(provider=org_a)
    assert offer.translations == {"ar": ARABIC} and offer.plain_summary == "Sie lernen Deutsch."
    again = _sync(client, token_a, [_item(translations={"ar": ARABIC}, plain_summary="Sie lernen Deutsch.")])
    assert again.json()[0]["result"] == "unchanged"


def test_a_changed_translation_of_a_published_offer_waits_for_review(client, token_a, org_a):
    _sync(client, token_a, [_item(translations={"ar": ARABIC})])
    offer = offer_publish(offer=Offer.objects.get(provider=org_a), by=None)
    changed = _sync(client, token_a, [_item(translations={"ar": ARABIC, "uk": {"title": "Курс німецької"}})])
    assert changed.json()[0]["result"] == "updated"
    offer.refresh_from_db()
    assert offer.translations == {"ar": ARABIC}
    assert offer.pending_change_copy.translations["uk"] == {"title": "Курс німецької"}


def test_without_the_translations_field_the_translations_stay(client, token_a, org_a):
    _sync(client, token_a, [_item(translations={"ar": ARABIC})])
    assert _sync(client, token_a, [_item()]).json()[0]["result"] == "unchanged"
    assert Offer.objects.get(provider=org_a).translations == {"ar": ARABIC}


def test_bad_translations_save_nothing_and_are_named_in_german(client, token_a):
    bad = {"xx": {"title": "?"}, "ar": {"title": "ع" * 161}}
    response = _sync(client, token_a, [_item(translations=bad)])
    assert response.status_code == 422
    messages = [e["message"] for e in response.json()["errors"] if e["parameter"] == "1.translations"]
    assert any("keine Inhaltssprache" in m for m in messages)
    assert Offer.objects.count() == 0


def test_a_too_long_translation_is_refused(client, token_a):
    response = _sync(client, token_a, [_item(translations={"ar": {"title": "ع" * 161}})])
    assert response.status_code == 422
    assert "höchstens 160 Zeichen" in response.json()["errors"][0]["message"]
    assert Offer.objects.count() == 0

"""Translations of offers: editing per language, the review life cycle, permissions, bad input."""

import pytest
from django.urls import reverse

from bildungsallianz.core.review.diff import field_diff
from bildungsallianz.offers import services
from bildungsallianz.offers.models import Offer

from .factories import OfferFactory, publish

pytestmark = pytest.mark.django_db


def _url(offer, language=None):
    kwargs = {"slug": offer.slug, **({"language": language} if language else {})}
    return reverse("offers:translation", kwargs=kwargs)


def test_an_editor_adds_an_arabic_translation_to_a_draft(client, editor_a, org_a):
    offer = OfferFactory(provider=org_a, title="Bewerbungstraining")
    client.force_login(editor_a)
    page = client.get(_url(offer, "ar"))
    assert page.status_code == 200
    assert 'lang="ar"' in page.content.decode() and 'dir="rtl"' in page.content.decode()
    response = client.post(_url(offer, "ar"), {"title": "تدريب على التقديم", "summary": "للشباب"})
    assert response.status_code == 302
    offer.refresh_from_db()
    assert offer.translations == {"ar": {"title": "تدريب على التقديم", "summary": "للشباب"}}


def test_the_overview_lists_every_configured_content_language(client, editor_a, org_a, settings):
    settings.CONTENT_TRANSLATION_LANGUAGES = ["en", "ar"]
    offer = OfferFactory(provider=org_a, translations={"ar": {"title": "تدريب"}})
    client.force_login(editor_a)
    html = client.get(_url(offer)).content.decode()
    assert "Arabisch bearbeiten" in html and "Englisch hinzufügen" in html and "Türkisch" not in html


def test_a_translation_of_a_published_offer_waits_in_the_change_copy_until_review(client, editor_a, staff, org_a):
    live = publish(OfferFactory(provider=org_a, title="Praktikum"))
    client.force_login(editor_a)
    client.post(_url(live, "uk"), {"title": "Практика", "summary": "Тиждень у компанії."})
    live.refresh_from_db()
    assert live.translations == {}
    copy = live.change_copy
    assert copy.translations["uk"]["title"] == "Практика"
    diff = {row["label"]: row for row in field_diff(copy)}
    assert diff["Übersetzungen"]["changed"] and "Ukrainisch – Titel: Практика" in diff["Übersetzungen"]["new"]
    services.offer_submit(offer=copy, by=editor_a)
    live = services.offer_publish(offer=copy, by=staff)
    assert live.translations["uk"]["summary"] == "Тиждень у компанії."
    assert Offer.objects.count() == 1


def test_editor_b_cannot_see_or_translate_the_draft_of_a(client, editor_b, org_a):
    offer = OfferFactory(provider=org_a)
    client.force_login(editor_b)
    assert client.get(_url(offer, "ar")).status_code == 404
    assert client.post(_url(offer, "ar"), {"title": "عنوان"}).status_code == 404
    offer.refresh_from_db()
    assert offer.translations == {}


def test_editor_b_gets_403_on_a_published_offer_of_a_and_nothing_changes(client, editor_b, org_a):
    live = publish(OfferFactory(provider=org_a))
    client.force_login(editor_b)
    assert client.post(_url(live, "ar"), {"title": "عنوان"}).status_code == 403
    live.refresh_from_db()
    assert live.translations == {} and not Offer.objects.filter(change_of=live).exists()


def test_a_language_that_is_not_switched_on_is_not_found(client, editor_a, org_a, settings):
    settings.CONTENT_TRANSLATION_LANGUAGES = ["en"]
    offer = OfferFactory(provider=org_a)
    client.force_login(editor_a)
    assert client.get(_url(offer, "ar")).status_code == 404
    assert client.get(_url(offer, "de")).status_code == 404


def test_too_long_input_gets_a_german_message_and_saves_nothing(client, editor_a, org_a):
    live = publish(OfferFactory(provider=org_a))
    client.force_login(editor_a)
    response = client.post(_url(live, "tr"), {"title": "ç" * 161, "summary": "Kısa."})
    assert response.status_code == 200
    assert "Bitte höchstens 160 Zeichen (jetzt 161)." in response.content.decode()
    live.refresh_from_db()
    assert live.translations == {} and not Offer.objects.filter(change_of=live).exists()


def test_a_translated_description_is_sanitised_like_the_german_one(editor_a, org_a):
    offer = OfferFactory(provider=org_a)
    services.offer_translation_save(
        offer=offer, language="en", values={"description": "<p>Hi</p><script>alert(1)</script>"}, by=editor_a
    )
    assert offer.translations["en"]["description"] == "<p>Hi</p>"


def test_while_the_change_copy_is_in_review_translations_wait(client, editor_a, org_a):
    live = publish(OfferFactory(provider=org_a))
    copy = services.offer_update(offer=live, data={"title": "Neu"}, by=editor_a)
    services.offer_submit(offer=copy, by=editor_a)
    client.force_login(editor_a)
    response = client.post(_url(live, "ar"), {"title": "عنوان"})
    assert response.status_code == 302
    copy.refresh_from_db()
    assert copy.translations == {}


def test_the_plain_language_summary_is_part_of_the_offer_form(client, editor_a, org_a):
    offer = OfferFactory(provider=org_a)
    client.force_login(editor_a)
    html = client.get(reverse("offers:edit", kwargs={"slug": offer.slug})).content.decode()
    assert 'name="plain_summary"' in html and "einfacher Sprache" in html

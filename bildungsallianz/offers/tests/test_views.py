import json
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from bildungsallianz.core.review.states import ReviewStatus
from bildungsallianz.offers.models import Offer

from .factories import OfferPlaceFactory, PublishedOfferFactory, tomorrow

pytestmark = pytest.mark.django_db


def _form(**extra):
    data = {
        "title": "Praktikum im Labor",
        "offer_type": "praktikum",
        "summary": "Eine Woche im Labor.",
        "description": "<p>Sie machen Versuche.</p>",
        "required_certificate": "0",
        "german_level": "0",
        "languages": ["de", "ar"],
        "cost": "kostenlos",
        "date_kind": "laufend",
        "orte-TOTAL_FORMS": "1",
        "orte-INITIAL_FORMS": "0",
        "orte-MIN_NUM_FORMS": "0",
        "orte-MAX_NUM_FORMS": "5",
        "orte-0-name": "Labor",
        "orte-0-street": "Marie-Curie-Straße 19",
        "orte-0-postcode": "66953",
        "orte-0-city": "Pirmasens",
        "orte-0-latitude": "49.21",
        "orte-0-longitude": "7.59",
    }
    data.update(extra)
    return data


def test_an_editor_creates_a_draft_through_the_form(editor_a, org_a, as_user):
    response = as_user(editor_a).post(reverse("offers:create"), _form(provider=org_a.pk))
    assert response.status_code == 302
    offer = Offer.objects.get()
    assert offer.status == ReviewStatus.DRAFT and offer.provider == org_a
    assert offer.language_list == ["de", "ar"]
    assert offer.places.get().city == "Pirmasens"


def test_invalid_dates_give_german_messages_and_save_nothing(editor_a, org_a, as_user):
    response = as_user(editor_a).post(
        reverse("offers:create"),
        _form(
            provider=org_a.pk,
            date_kind="einmalig",
            start_date="2026-06-02",
            end_date="2026-06-01",
            min_age="18",
            max_age="12",
        ),
    )
    assert response.status_code == 200
    content = response.content.decode()
    assert "Bitte korrigieren Sie Ihre Angaben" in content
    assert "Das Ende darf nicht vor dem Beginn liegen." in content
    assert "Das Höchstalter muss größer oder gleich dem Mindestalter sein." in content
    assert not Offer.objects.exists()


def test_script_in_the_description_is_refused(editor_a, org_a, as_user):
    response = as_user(editor_a).post(
        reverse("offers:create"), _form(provider=org_a.pk, description='<p onclick="x()">Hi</p><script>1</script>')
    )
    assert "nicht erlaubte Inhalte" in response.content.decode()
    assert not Offer.objects.exists()


def test_an_oversized_image_is_refused(editor_a, org_a, as_user):
    import io

    from PIL import Image

    buffer = io.BytesIO()
    Image.effect_noise((1400, 1400), 100).convert("RGB").save(buffer, format="PNG")
    assert buffer.tell() > 2 * 1024 * 1024
    upload = SimpleUploadedFile("gross.png", buffer.getvalue(), content_type="image/png")
    response = as_user(editor_a).post(
        reverse("offers:create"), _form(provider=org_a.pk, image=upload, image_alt="Rauschen")
    )
    assert "Das Bild ist zu groß" in response.content.decode()
    assert not Offer.objects.exists()


def test_an_incomplete_place_is_refused(editor_a, org_a, as_user):
    response = as_user(editor_a).post(reverse("offers:create"), _form(provider=org_a.pk, **{"orte-0-city": ""}))
    assert "Bitte geben Sie den Ort an." in response.content.decode()
    assert not Offer.objects.exists()


def test_an_edit_of_a_published_offer_keeps_the_public_page_unchanged(editor_a, org_a, as_user):
    PublishedOfferFactory(provider=org_a, slug="live", title="Öffentlicher Titel")
    client = as_user(editor_a)
    response = client.post(reverse("offers:edit", args=["live"]), _form(title="Geänderter Titel"))
    assert response.status_code == 302
    page = client.get(reverse("offers:detail", args=["live"])).content.decode()
    assert "Öffentlicher Titel" in page and "Geänderter Titel" not in page
    manage = client.get(reverse("offers:manage")).content.decode()
    assert "Änderung: Entwurf" in manage


def test_the_detail_page_shows_everything_and_json_ld(client, org_a):
    offer = PublishedOfferFactory(
        provider=org_a,
        slug="pflege",
        title="Ausbildung Pflege",
        offer_type="ausbildungsplatz",
        description="<p>Gut <strong>bezahlt</strong></p>",
        date_kind="einmalig",
        start_date=tomorrow(30),
        application_deadline=tomorrow(10),
        contact_email="pflege@example.org",
        min_age=16,
    )
    OfferPlaceFactory(offer=offer)
    content = client.get(reverse("offers:detail", args=["pflege"])).content.decode()
    assert org_a.get_absolute_url() in content
    assert "<strong>bezahlt</strong>" in content
    assert "Hauptstraße 1, 66953 Pirmasens" in content
    assert "kalender.ics" in content and "Zuletzt bestätigt am" in content
    match = re.search(r'<script type="application/ld\+json" nonce="[^"]*">(.*?)</script>', content, re.S)
    data = json.loads(match.group(1))
    assert data["@type"] == "JobPosting" and data["hiringOrganization"]["name"] == "Organisation A"


def test_the_calendar_file_is_an_icalendar_event(client):
    offer = PublishedOfferFactory(slug="kurs", title="Kurs", date_kind="einmalig", start_date=tomorrow(3))
    response = client.get(reverse("offers:calendar", args=[offer.slug]))
    assert response["Content-Type"].startswith("text/calendar")
    body = response.content.decode()
    assert "BEGIN:VEVENT" in body and "SUMMARY:Kurs" in body


def test_ongoing_offers_have_no_calendar_file(client):
    offer = PublishedOfferFactory(date_kind="laufend")
    assert client.get(reverse("offers:calendar", args=[offer.slug])).status_code == 404


def test_the_shared_watch_list_renders_without_javascript(client):
    a = PublishedOfferFactory(slug="a", title="Erstes")
    PublishedOfferFactory(slug="b", title="Zweites", status=ReviewStatus.DRAFT)
    content = client.get(reverse("offers:watchlist") + "?ids=a,b,unbekannt").content.decode()
    assert a.title in content and "Zweites" not in content
    assert "?ids=a" in content


def test_the_provider_profile_lists_its_published_offers(client, org_a):
    PublishedOfferFactory(provider=org_a, title="Sichtbares Angebot")
    PublishedOfferFactory(provider=org_a, title="Entwurf", status=ReviewStatus.DRAFT)
    content = client.get(org_a.get_absolute_url()).content.decode()
    assert "Sichtbares Angebot" in content and "Entwurf" not in content


@pytest.fixture
def restore_language():
    from django.utils import translation

    yield
    translation.deactivate()  # LocaleMiddleware leaves the last request's language active


def test_the_portal_speaks_english_too(client, restore_language):
    PublishedOfferFactory(title="Kurs", date_kind="einmalig", start_date=tomorrow(3), slug="kurs")
    content = client.get("/en/angebote/").content.decode()
    assert "Find offers" in content and "1 offer found" in content
    assert "Add to calendar" in client.get("/en/angebote/kurs/").content.decode()

"""Leichte Sprache, Gebärdensprache and the accessibility statement with its feedback form."""

import datetime

import pytest
from django.core import mail
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from wagtail.documents.models import Document
from wagtail.models import Page

from bildungsallianz.core.privacy import person_erase, person_find, purge_expired
from bildungsallianz.pages import demo
from bildungsallianz.pages.models import (
    AccessibilityFeedback,
    AccessibilityStatementPage,
    HomePage,
    LeichteSprachePage,
    SignLanguagePage,
)

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh_rate_limit():
    cache.clear()


def _video(name="erklaerung.mp4"):
    document = Document(title="DGS")
    document.file.save(name, ContentFile(b"\x00\x00\x00\x18ftypmp42"), save=False)
    document.save()
    return document


# --- Leichte Sprache ---------------------------------------------------------------------------


def test_the_demo_has_the_leichte_sprache_overview_with_four_chapters_once(site_pages):
    top = LeichteSprachePage.objects.get(slug="leichte-sprache")
    chapters = LeichteSprachePage.objects.child_of(top)
    assert sorted(chapters.values_list("slug", flat=True)) == ["angebot-finden", "kontakt", "mitmachen", "was-ist-das"]
    before = Page.objects.count()
    demo.seed()
    assert Page.objects.count() == before


def test_every_page_links_leichte_sprache_in_the_header_with_the_pictogram(client, site_pages):
    for url in ("/", "/mitmachen/", "/angebote/", "/en/"):
        header = client.get(url).content.decode().split("<header", 1)[1].split("</header>", 1)[0]
        assert '/leichte-sprache/" lang="de"' in header
        assert "kern-icon--easy-language" in header and "Leichte Sprache</a>" in header


def test_the_overview_lists_its_chapters_and_a_chapter_links_back(client, site_pages):
    html = client.get("/leichte-sprache/").content.decode()
    assert 'href="/leichte-sprache/angebot-finden/"' in html
    assert "Das Wort: Bildungs-Allianz" in html
    chapter = client.get("/leichte-sprache/angebot-finden/").content.decode()
    assert 'href="/leichte-sprache/"' in chapter and "Zurück zu: Leichte Sprache" in chapter
    assert "/static/img/leichte-sprache/lupe.svg" in chapter
    assert "Ein Beispiel:" in chapter


def test_a_draft_leichte_sprache_page_is_neither_linked_nor_shown(client, site_pages):
    LeichteSprachePage.objects.get(slug="leichte-sprache").unpublish()
    assert 'href="/leichte-sprache/"' not in client.get("/").content.decode()
    assert client.get("/leichte-sprache/").status_code == 404


def test_a_sign_language_video_is_shown_with_its_transcript_and_served_by_the_app(client, site_pages):
    page = LeichteSprachePage.objects.get(slug="kontakt")
    page.sign_language_video = _video()
    page.sign_language_transcript = "Hallo. Hier erklären wir das Bildungs-Büro."
    page.full_clean()
    page.save_revision().publish()
    html = client.get("/leichte-sprache/kontakt/").content.decode()
    assert "<video" in html and 'type="video/mp4"' in html
    assert "Hier erklären wir das Bildungs-Büro." in html
    src = html.split('<source src="', 1)[1].split('"', 1)[0]
    assert src.startswith("/dokumente/")
    response = client.get(src)
    assert response.status_code == 200
    assert response["Content-Type"] == "video/mp4"


def test_a_video_without_transcript_or_in_another_format_is_refused_with_a_german_message(site_pages):
    page = LeichteSprachePage.objects.get(slug="kontakt")
    page.sign_language_video = _video()
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert "Bitte schreiben Sie auf, was im Video gesagt wird" in str(error.value)
    page.sign_language_video = _video("erklaerung.txt")
    page.sign_language_transcript = "Text"
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert "MP4 oder WebM" in str(error.value)


def test_the_gebaerdensprache_page_needs_a_video_and_is_linked_in_the_header(client, site_pages):
    home = HomePage.objects.get()
    page = SignLanguagePage(title="Gebärdensprache", slug="gebaerdensprache")
    with pytest.raises(ValidationError):
        page.full_clean()
    page.sign_language_video = _video()
    page.sign_language_transcript = "Willkommen bei der Bildungsallianz."
    home.add_child(instance=page)
    header = client.get("/").content.decode().split("</header>", 1)[0]
    assert 'href="/gebaerdensprache/" lang="de"' in header and "kern-icon--sign-language" in header
    assert "Willkommen bei der Bildungsallianz." in client.get("/gebaerdensprache/").content.decode()


# --- Accessibility statement -------------------------------------------------------------------


def test_the_statement_follows_the_eu_model(client, site_pages):
    html = client.get("/barrierefreiheit/").content.decode()
    for heading in (
        "Stand der Vereinbarkeit mit den Anforderungen",
        "Nicht barrierefreie Inhalte",
        "Erstellung dieser Erklärung",
        "Zuletzt überprüft am",
        "Feedback und Kontakt",
        "Durchsetzungsverfahren",
    ):
        assert heading in html
    assert "teilweise vereinbar" in html
    assert "durchsetzungsstelle@mastd.rlp.de" in html
    assert '<time datetime="2026-11-30">' in html
    footer = client.get("/angebote/").content.decode().split("<footer", 1)[1]
    assert 'href="/barrierefreiheit/">Erklärung zur Barrierefreiheit</a>' in footer


def _post(client, **data):
    payload = {"message": "Das Kontrastverhältnis der Filter ist zu gering.", "reply_email": "", "consent": "on"}
    payload.update(data)
    return client.post("/barrierefreiheit/", payload)


def test_feedback_is_stored_for_staff_and_mailed_to_the_bildungsbuero(
    client, site_pages, settings, django_capture_on_commit_callbacks
):
    settings.ACCESSIBILITY_FEEDBACK_EMAIL = "barrieren@example.org"
    with django_capture_on_commit_callbacks(execute=True):
        response = _post(client, reply_email="Leserin@Example.org")
    assert response.status_code == 302 and response["Location"] == "/barrierefreiheit/"
    feedback = AccessibilityFeedback.objects.get()
    assert feedback.message == "Das Kontrastverhältnis der Filter ist zu gering."
    assert feedback.reply_email == "Leserin@Example.org" and feedback.consent_at is not None
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["barrieren@example.org"]
    assert "Kontrastverhältnis" in mail.outbox[0].body and "Leserin@Example.org" in mail.outbox[0].body
    assert "Vielen Dank" in client.get("/barrierefreiheit/").content.decode()


def test_feedback_goes_to_the_address_set_on_the_page_when_there_is_one(
    client, site_pages, django_capture_on_commit_callbacks
):
    page = AccessibilityStatementPage.objects.get()
    page.feedback_email = "redaktion@example.org"
    page.save_revision().publish()
    with django_capture_on_commit_callbacks(execute=True):
        _post(client)
    assert mail.outbox[0].to == ["redaktion@example.org"]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"message": ""}, "Bitte beschreiben Sie die Barriere."),
        ({"message": "   "}, "Bitte beschreiben Sie die Barriere."),
        ({"message": "x" * 4001}, "höchstens 4000 Zeichen"),
        ({"reply_email": "keine-adresse"}, "gültige E-Mail-Adresse"),
        ({"consent": ""}, "Ohne Ihre Einwilligung"),
    ],
)
def test_bad_feedback_is_refused_with_a_german_message_and_nothing_is_saved(client, site_pages, data, message):
    response = _post(client, **data)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert "Bitte korrigieren Sie Ihre Angaben" in response.content.decode()
    assert AccessibilityFeedback.objects.count() == 0 and mail.outbox == []


def test_the_honeypot_pretends_success_and_saves_nothing(client, site_pages):
    response = _post(client, homepage="http://spam.example")
    assert response.status_code == 302
    assert AccessibilityFeedback.objects.count() == 0 and mail.outbox == []


def test_feedback_is_rate_limited_per_client(client, site_pages, settings):
    settings.ACCESSIBILITY_FEEDBACK_RATE = 2
    assert _post(client).status_code == 302
    assert _post(client).status_code == 302
    response = _post(client)
    assert response.status_code == 429
    assert "schon mehrere Nachrichten" in response.content.decode()
    assert AccessibilityFeedback.objects.count() == 2


def test_feedback_is_found_erased_and_purged_under_the_privacy_registry(site_pages):
    now = datetime.datetime(2027, 1, 1, tzinfo=datetime.UTC)
    old = AccessibilityFeedback.objects.create(message="alt", consent_at=now, reply_email="a@example.org")
    AccessibilityFeedback.objects.filter(pk=old.pk).update(created_at=now - datetime.timedelta(days=366))
    AccessibilityFeedback.objects.create(message="neu", consent_at=now, reply_email="b@example.org")
    found = dict((source.key, records) for source, records in person_find("B@example.org"))
    assert [r["message"] for r in found["pages.accessibilityfeedback"]] == ["neu"]
    assert purge_expired(now=now)["Rückmeldungen zur Barrierefreiheit"] == 1
    assert person_erase(email="b@example.org", by=None)["pages.accessibilityfeedback"] == 1
    assert AccessibilityFeedback.objects.count() == 0


def test_staff_read_feedback_in_the_back_office_and_cannot_add_any(client, site_pages, staff):
    AccessibilityFeedback.objects.create(
        message="Der Kalender ist nicht per Tastatur bedienbar.", consent_at=datetime.datetime.now(datetime.UTC)
    )
    client.force_login(staff)
    html = client.get("/cms/rueckmeldungen-barrierefreiheit/").content.decode()
    assert "Der Kalender ist nicht per Tastatur" in html
    assert client.get("/cms/rueckmeldungen-barrierefreiheit/new/").status_code in (302, 403)

"""The offer page and list in the visitor's content language: RTL, lang marks, German fallback."""

import re

import pytest
from django.urls import reverse

from .factories import PublishedOfferFactory

pytestmark = pytest.mark.django_db

ARABIC = {"title": "تدريب على التقديم", "summary": "نتدرب معاً على كتابة السيرة الذاتية.", "plain_summary": "نكتب معاً."}


@pytest.fixture
def offer(org_a):
    return PublishedOfferFactory(
        provider=org_a,
        slug="bewerbung",
        title="Bewerbungstraining",
        summary="Wir üben Lebenslauf und Anschreiben.",
        plain_summary="Wir schreiben zusammen eine Bewerbung.",
        description="<p>Jeden Dienstag im Jugendzentrum.</p>",
        languages=",de,ar,",
        translations={"ar": ARABIC, "en": {"title": "Application training"}},
    )


def _page(client, offer, query=""):
    return client.get(reverse("offers:detail", kwargs={"slug": offer.slug}) + query).content.decode()


def test_the_arabic_view_is_right_to_left_and_marks_each_block_with_its_language(client, offer):
    html = _page(client, offer, "?inhalt=ar")
    assert re.search(r'<article[^>]*dir="rtl"', html)
    assert re.search(r'<h1[^>]*lang="ar" dir="rtl"[^>]*>تدريب على التقديم</h1>', html)
    assert 'lang="ar" dir="rtl">نكتب معاً.' in html
    # the description is not translated: shown in German, marked as German, left-to-right
    assert re.search(r'lang="de" dir="ltr">\s*<p>Jeden Dienstag', html)


def test_the_fallback_to_german_is_said_plainly_in_the_ui_and_the_content_language(client, offer):
    html = _page(client, offer, "?inhalt=ar")
    assert "Nicht alles ist auf Arabisch übersetzt. Auf Deutsch sehen Sie: Beschreibung." in html
    assert "بعض الأجزاء لم تُترجم بعد وتظهر باللغة الألمانية." in html


def test_the_german_page_offers_the_content_languages_and_shows_no_notice(client, offer):
    html = _page(client, offer)
    assert "Sprache des Inhalts" in html and 'href="?inhalt=ar"' in html and 'lang="ar"' in html
    assert "Nicht alles ist" not in html and '<article class="kern-stack-lg offer-detail" dir="ltr">' in html
    assert '<h1 class="kern-heading-x-large" >Bewerbungstraining</h1>' in html or ">Bewerbungstraining</h1>" in html


def test_the_english_ui_shows_the_english_title_and_says_what_stays_german(client, offer):
    html = client.get("/en" + reverse("offers:detail", kwargs={"slug": offer.slug})).content.decode()
    assert ">Application training</h1>" in html
    assert "Wir üben Lebenslauf und Anschreiben." in html
    assert 'lang="de" dir="ltr">Wir üben' in html


def test_delivery_language_and_description_languages_are_two_labelled_facts(client, offer):
    html = _page(client, offer)
    assert "Das Angebot findet statt auf" in html and "Deutsch, Arabisch" in html
    assert "Beschreibung verfügbar auf" in html
    assert re.search(r'<span lang="ar" dir="rtl">العربية</span>', html)


def test_the_plain_language_summary_comes_first(client, offer):
    html = _page(client, offer)
    assert html.index("Wir schreiben zusammen eine Bewerbung.") < html.index("Auf einen Blick")
    assert "Kurz und einfach" in html


def test_an_offer_without_translations_has_no_language_choice(client, org_a):
    plain = PublishedOfferFactory(provider=org_a, slug="ohne")
    html = _page(client, plain, "?inhalt=ar")
    assert "Sprache des Inhalts:" not in html
    assert "Nicht alles ist auf Arabisch übersetzt" in html


def test_the_list_shows_titles_in_the_content_language_and_a_short_plain_summary(client, offer):
    html = client.get(reverse("offers:list") + "?inhalt=ar").content.decode()
    assert 'lang="ar" dir="rtl">تدريب على التقديم</a>' in html
    assert "Kurz und einfach:" in html and "نكتب معاً." in html

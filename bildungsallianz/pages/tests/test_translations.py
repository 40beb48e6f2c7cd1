"""Youth-facing CMS pages (StandardPage) carry content translations like offers and events."""

import re

import pytest

from bildungsallianz.core.translations.widgets import TranslationsWidget
from bildungsallianz.pages.models import HomePage, StandardPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def youth_page(site_pages):
    home = HomePage.objects.get()
    page = StandardPage(
        title="Dein Weg nach der Schule",
        slug="dein-weg",
        intro="Ausbildung, Schule oder Studium: Hier findest du Hilfe.",
        body="<p>Frag bei der Berufsberatung nach.</p>",
        translations={"ar": {"title": "طريقك بعد المدرسة", "body": "اسأل في الإرشاد المهني.\n\nالاستشارة مجانية."}},
    )
    home.add_child(instance=page)
    return page


def test_a_page_shows_its_arabic_translation_right_to_left_and_falls_back_plainly(client, youth_page):
    html = client.get(youth_page.url + "?inhalt=ar").content.decode()
    assert re.search(r'<article[^>]*dir="rtl"', html)
    assert re.search(r'<h1[^>]*lang="ar" dir="rtl"[^>]*>طريقك بعد المدرسة</h1>', html)
    assert "<p>اسأل في الإرشاد المهني.</p>" in html
    assert 'lang="de" dir="ltr">Ausbildung, Schule oder Studium' in html
    assert "Nicht alles ist auf Arabisch übersetzt. Auf Deutsch sehen Sie: Einleitung." in html


def test_the_german_page_offers_the_translation_and_renders_rich_text(client, youth_page):
    html = client.get(youth_page.url).content.decode()
    assert "<p>Frag bei der Berufsberatung nach.</p>" in html and 'href="?inhalt=ar"' in html


def test_the_editor_widget_reads_one_input_per_language_and_field_and_keeps_switched_off_languages(settings):
    settings.CONTENT_TRANSLATION_LANGUAGES = ["ar", "uk"]
    widget = TranslationsWidget([("title", "Titel", False), ("body", "Text", True)])
    data = {
        "translations__ar__title": " عنوان ",
        "translations__ar__body": "",
        "translations__uk__title": "",
        "translations__kept": '{"tr": {"title": "Başlık"}, "ar": {"title": "alt"}}',
    }
    assert widget.value_from_datadict(data, {}, "translations") == {"tr": {"title": "Başlık"}, "ar": {"title": "عنوان"}}
    html = widget.render("translations", {"ar": {"title": "عنوان"}})
    assert 'name="translations__ar__title"' in html and 'lang="ar"' in html and 'dir="rtl"' in html
    assert 'name="translations__uk__body"' in html


def test_a_too_long_page_translation_is_refused_in_german(youth_page):
    from django.core.exceptions import ValidationError

    youth_page.translations = {"uk": {"intro": "я" * 301}}
    with pytest.raises(ValidationError, match="Einleitung \\(Ukrainisch\\) darf höchstens 300 Zeichen"):
        youth_page.full_clean()

"""Content translations (core.translations): languages, writer, validation, display with fallback."""

import pytest
from django.core.exceptions import ValidationError
from django.test import RequestFactory

from bildungsallianz.core.translations.display import content_language, language_choices, translated
from bildungsallianz.core.translations.languages import content_language_codes, get_language
from bildungsallianz.core.translations.services import translation_replace_all, translation_set
from bildungsallianz.offers.tests.factories import OfferFactory

pytestmark = pytest.mark.django_db


def test_the_configured_set_keeps_known_codes_in_order_and_drops_unknown_ones(settings):
    settings.CONTENT_TRANSLATION_LANGUAGES = ["ar", "xx", "de", "uk", "ar"]
    assert content_language_codes() == ["ar", "uk"]
    assert get_language("tr") is None
    assert get_language("de").code == "de"


def test_translation_set_cleans_text_drops_empty_fields_and_removes_an_empty_language():
    offer = OfferFactory(title="Bewerbungstraining")
    translation_set(offer, "ar", {"title": "  تدريب على التقديم\x0b ", "summary": ""})
    assert offer.translations == {"ar": {"title": "تدريب على التقديم"}}
    translation_set(offer, "ar", {"title": ""})
    assert offer.translations == {}


def test_translation_set_refuses_languages_that_are_not_switched_on_with_a_german_message(settings):
    settings.CONTENT_TRANSLATION_LANGUAGES = ["en"]
    offer = OfferFactory()
    with pytest.raises(ValidationError) as exc:
        translation_set(offer, "ar", {"title": "عنوان"})
    assert "keine Inhaltssprache" in exc.value.messages[0]
    with pytest.raises(ValidationError, match="nicht übersetzt werden"):
        translation_set(offer, "en", {"provider": "x"})
    assert offer.translations == {}


def test_full_clean_names_too_long_translations_in_german():
    offer = OfferFactory()
    translation_set(offer, "uk", {"title": "Я" * 161})
    with pytest.raises(ValidationError) as exc:
        offer.full_clean()
    assert "Titel (Ukrainisch) darf höchstens 160 Zeichen lang sein (jetzt 161)" in str(exc.value)


def test_full_clean_refuses_malformed_values_from_outside():
    offer = OfferFactory()
    offer.translations = {"ar": "nur ein Text", "xx": {}}
    with pytest.raises(ValidationError) as exc:
        offer.full_clean()
    text = " ".join(exc.value.message_dict["translations"])
    assert "ungültiges Format" in text and "„xx“ ist keine bekannte Inhaltssprache" in text


def test_replace_all_takes_the_whole_set_and_refuses_a_list():
    offer = OfferFactory(translations={"en": {"title": "Old"}})
    translation_replace_all(offer, {"fr": {"title": "Atelier"}})
    assert offer.translations == {"fr": {"title": "Atelier"}}
    with pytest.raises(ValidationError):
        translation_replace_all(offer, ["fr"])


def test_translated_shows_the_translation_and_names_the_fields_that_fall_back_to_german():
    offer = OfferFactory(title="Praktikum", summary="Eine Woche im Betrieb.", translations={"ar": {"title": "تدريب"}})
    shown = translated(offer, "ar")
    assert (str(shown.title), shown.title.lang, shown.title.dir) == ("تدريب", "ar", "rtl")
    assert (str(shown.summary), shown.summary.lang, shown.summary.dir) == ("Eine Woche im Betrieb.", "de", "ltr")
    assert shown.is_translated and shown.fallback_labels == ["Kurzbeschreibung"]
    assert [lang.code for lang in shown.available] == ["ar"]


def test_translated_into_german_or_an_unknown_language_gives_the_german_text_without_a_notice():
    offer = OfferFactory(title="Praktikum", translations={"ar": {"title": "تدريب"}})
    for lang in ("de", "xx", None):
        shown = translated(offer, lang)
        assert str(shown.title) == "Praktikum" and not shown.has_fallback and not shown.is_translated


def test_the_content_language_comes_from_the_parameter_then_the_ui_language():
    factory = RequestFactory()
    request = factory.get("/", {"inhalt": "ar"})
    request.LANGUAGE_CODE = "en"
    assert content_language(request) == "ar"
    request = factory.get("/", {"inhalt": "klingonisch"})
    request.LANGUAGE_CODE = "en"
    assert content_language(request) == "en"
    request = factory.get("/")
    request.LANGUAGE_CODE = "de"
    assert content_language(request) == "de"


def test_language_choices_offer_german_and_the_languages_the_row_is_translated_into():
    offer = OfferFactory(translations={"uk": {"title": "Практика"}, "ar": {"title": "تدريب"}})
    choices = language_choices(offer, "uk")
    assert [(c["code"], c["active"]) for c in choices] == [("de", False), ("ar", False), ("uk", True)]

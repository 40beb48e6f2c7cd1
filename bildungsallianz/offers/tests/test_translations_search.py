"""Search finds offers by the words of their translations, without touching German matching."""

import pytest

from bildungsallianz.offers import services
from bildungsallianz.offers.selectors import offer_search

from .factories import OfferFactory, publish

pytestmark = pytest.mark.django_db


def _found(query):
    return [o.title for o in offer_search(filters={"q": query}).page]


@pytest.fixture
def offers():
    translated = publish(
        OfferFactory(
            title="Bewerbungstraining",
            summary="Lebenslauf und Anschreiben.",
            translations={
                "ar": {"title": "تدريب على التقديم", "summary": "نكتب السيرة الذاتية معاً."},
                "uk": {"title": "Тренінг із подання заявок"},
                "en": {"title": "Application workshop", "summary": "Writing a CV together."},
            },
        )
    )
    publish(OfferFactory(title="Kochkurs", summary="Kochen für Anfänger."))
    return translated


def test_an_arabic_word_of_a_translation_finds_the_offer(offers):
    assert _found("تدريب") == ["Bewerbungstraining"]
    assert _found("السيرة") == ["Bewerbungstraining"]  # a word of the translated summary


def test_arabic_spelling_variants_find_the_same_offer(offers):
    assert _found("السيره") == ["Bewerbungstraining"]  # ta marbuta written as ha


def test_a_ukrainian_word_and_an_english_word_find_the_offer(offers):
    assert _found("тренінг") == ["Bewerbungstraining"]
    assert _found("workshop") == ["Bewerbungstraining"]


def test_a_translation_word_finds_nothing_else_and_german_search_is_unchanged(offers):
    assert _found("Kochen") == ["Kochkurs"]
    assert _found("Lebenslauf") == ["Bewerbungstraining"]
    assert _found("مطبخ") == []


def test_a_published_translation_change_is_searchable_after_review(offers, editor_a, staff):
    copy = services.offer_translation_save(offer=offers, language="tr", values={"title": "Başvuru eğitimi"}, by=None)
    assert _found("başvuru") == []  # still in review
    services.offer_submit(offer=copy, by=None)
    services.offer_publish(offer=copy, by=staff)
    assert _found("basvuru") == ["Bewerbungstraining"]

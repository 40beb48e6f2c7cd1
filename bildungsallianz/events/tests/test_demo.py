import pytest

from bildungsallianz.charter import demo as charter_demo
from bildungsallianz.core.translations.models import translation_errors
from bildungsallianz.events import demo
from bildungsallianz.events.models import Event

pytestmark = pytest.mark.django_db


def test_the_demo_events_are_published_and_seeding_twice_changes_nothing():
    charter_demo.seed()
    demo.seed()
    count = Event.objects.published().count()
    assert count == 5
    demo.seed()
    assert Event.objects.count() == count


def test_one_demo_event_is_translated_into_arabic_ukrainian_english_and_french():
    charter_demo.seed()
    demo.seed()
    demo.seed()
    event = Event.objects.get(slug="infoabend-duale-ausbildung")
    assert set(event.translations) == {"ar", "uk", "en", "fr"}
    assert translation_errors(event) == []

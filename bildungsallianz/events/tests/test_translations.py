"""Translations of events: the same mechanism as offers (core.translations), through the review life cycle."""

import re

import pytest
from django.urls import reverse

from bildungsallianz.core.review.states import ReviewStatus
from bildungsallianz.events import services
from bildungsallianz.events.models import Event

from .factories import EventFactory

pytestmark = pytest.mark.django_db


def test_a_translation_of_a_published_event_waits_for_review(client, editor_a, staff, org_a):
    event = EventFactory(organiser=org_a, slug="infoabend")
    client.force_login(editor_a)
    url = reverse("events:translation", kwargs={"slug": event.slug, "language": "uk"})
    assert client.post(url, {"title": "Інформаційний вечір"}).status_code == 302
    event.refresh_from_db()
    assert event.translations == {}
    copy = event.change_copy
    assert copy.translations == {"uk": {"title": "Інформаційний вечір"}}
    services.event_submit(event=copy, by=editor_a)
    live = services.event_publish(event=copy, by=staff)
    assert live.translations == {"uk": {"title": "Інформаційний вечір"}}


def test_editor_b_cannot_translate_an_event_of_a(client, editor_b, org_a):
    draft = EventFactory(organiser=org_a, status=ReviewStatus.DRAFT)
    client.force_login(editor_b)
    url = reverse("events:translation", kwargs={"slug": draft.slug, "language": "ar"})
    assert client.post(url, {"title": "أمسية"}).status_code == 404
    draft.refresh_from_db()
    assert draft.translations == {} and Event.objects.count() == 1


def test_the_event_page_in_arabic_is_right_to_left_and_falls_back_to_german_plainly(client, org_a):
    event = EventFactory(
        organiser=org_a,
        slug="infoabend",
        description="Mit Betrieben aus der Region.",
        translations={"ar": {"title": "أمسية معلومات"}},
    )
    html = client.get(reverse("events:detail", kwargs={"slug": event.slug}) + "?inhalt=ar").content.decode()
    assert re.search(r'<div class="kern-stack-lg" dir="rtl">', html)
    assert re.search(r'<h1[^>]*lang="ar" dir="rtl"[^>]*>أمسية معلومات</h1>', html)
    assert 'lang="de" dir="ltr">Mit Betrieben' in html
    assert "Nicht alles ist auf Arabisch übersetzt." in html

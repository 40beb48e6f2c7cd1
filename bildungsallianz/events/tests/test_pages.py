"""Public pages: list, month calendar with other modules' dates, iCal feeds, JSON-LD, review life cycle."""

import datetime
import json
import re

import icalendar
import pytest
from django.core.exceptions import ValidationError

from bildungsallianz.charter.tests.factories import FieldOfActionFactory
from bildungsallianz.core.registry import Component, components
from bildungsallianz.core.review.states import ReviewStatus
from bildungsallianz.events import services
from bildungsallianz.events.models import Event

from .factories import START, EventFactory

pytestmark = pytest.mark.django_db


def test_the_feed_parses_back_and_links_every_entry_to_its_event_page(client):
    field = FieldOfActionFactory()
    event = EventFactory(recurrence="weekly", repeat_until=datetime.date(2030, 4, 30))
    event.fields_of_action.add(field)
    EventFactory(status=ReviewStatus.DRAFT, title="Entwurf")
    for url in (
        "/veranstaltungen/kalender.ics",
        f"/veranstaltungen/handlungsfeld/{field.slug}/kalender.ics",
        f"/veranstaltungen/veranstalter/{event.organiser.slug}/kalender.ics",
        f"/veranstaltungen/{event.slug}/kalender.ics",
    ):
        response = client.get(url)
        assert response["Content-Type"].startswith("text/calendar")
        calendar = icalendar.Calendar.from_ical(response.content)
        entries = [c for c in calendar.walk("VEVENT")]
        assert [str(e["summary"]) for e in entries] == [event.title], url
        assert str(entries[0]["url"]).endswith(event.get_absolute_url())
        assert entries[0]["rrule"]["FREQ"] == ["WEEKLY"]


def test_the_event_page_carries_schema_org_event_markup(client):
    event = EventFactory(title="Ausbildungsbörse </script>")
    text = client.get(event.get_absolute_url()).text
    data = json.loads(re.search(r'<script type="application/ld\+json"[^>]*>(.*?)</script>', text, re.S).group(1))
    assert data["@type"] == "Event" and data["name"] == event.title
    assert data["location"]["@type"] == "Place"


def test_the_list_shows_published_upcoming_events_with_constant_queries(client, django_assert_max_num_queries):
    EventFactory(title="Veröffentlicht")
    EventFactory(title="Entwurf", status=ReviewStatus.DRAFT)
    with django_assert_max_num_queries(20):
        first = client.get("/veranstaltungen/")
    for n in range(10):
        EventFactory(title=f"Noch eine {n}")
    with django_assert_max_num_queries(20):
        client.get("/veranstaltungen/")
    assert "Veröffentlicht" in first.text and "Entwurf" not in first.text


def test_the_month_calendar_shows_public_working_group_meetings_from_the_cooperation_module(client):
    from bildungsallianz.cooperation.tests.factories import MeetingFactory, WorkingGroupFactory

    group = WorkingGroupFactory(slug="ag-oeffentlich", is_public=True)
    MeetingFactory(
        group=group, title="Jahresplanung offen", starts_at=datetime.datetime(2030, 3, 21, 16, tzinfo=datetime.UTC)
    )
    text = client.get("/veranstaltungen/?ansicht=kalender&monat=2030-03").text
    assert "Jahresplanung offen" in text


def test_the_month_calendar_shows_events_and_registered_calendar_sources(client):
    EventFactory(title="Elternabend Berufswahl")
    components.register(
        Component(
            app_label="test_ag",
            extra={
                "calendar": lambda start, end: [
                    {
                        "title": "Öffentliche AG-Sitzung",
                        "start": datetime.datetime(2030, 3, 20, 17, tzinfo=datetime.UTC),
                        "url": "/ag/1/",
                        "organiser": "AG Übergang",
                        "kind": "arbeitsgruppe",
                    }
                ]
            },
        )
    )
    try:
        text = client.get("/veranstaltungen/?ansicht=kalender&monat=2030-03").text
    finally:
        components.unregister("test_ag")
    assert "Elternabend Berufswahl" in text and "Öffentliche AG-Sitzung" in text


def test_filters_narrow_the_list(client):
    EventFactory(title="Ausbildungsmesse Süd", event_type="messe")
    EventFactory(title="Abendvortrag Nord", event_type="vortrag")
    text = client.get("/veranstaltungen/?art=messe").text
    assert "Ausbildungsmesse Süd" in text and "Abendvortrag Nord" not in text


def test_a_partner_event_runs_through_the_shared_review_life_cycle(editor_a, org_a, staff):
    data = {
        "title": "Tag der offenen Tür",
        "event_type": "tag_der_offenen_tuer",
        "summary": "Werkstätten ansehen",
        "starts_at": START,
        "ends_at": START + datetime.timedelta(hours=3),
        "venue": "Werkhalle",
        "registration_mode": "keine",
        "retention_days": 30,
    }
    event = services.event_create(organiser=org_a, data=data, by=editor_a)
    assert event.status == ReviewStatus.DRAFT
    services.event_submit(event=event, by=editor_a)
    services.event_publish(event=event, by=staff)
    changed = services.event_update(event=event, data={**data, "title": "Tag der offenen Werkstatt"}, by=editor_a)
    assert changed.is_change_copy
    event.refresh_from_db()
    assert event.title == "Tag der offenen Tür", "the live event stays until the change is reviewed"
    services.event_submit(event=changed, by=editor_a)
    live = services.event_publish(event=changed, by=staff)
    assert live.pk == event.pk and live.title == "Tag der offenen Werkstatt"
    assert not Event.objects.filter(change_of=live).exists()


def test_bad_event_input_gives_german_messages_and_saves_nothing(editor_a, org_a):
    data = {
        "title": "Kaputt",
        "summary": "x",
        "starts_at": START,
        "ends_at": START - datetime.timedelta(hours=1),
        "registration_mode": "hier",
    }
    with pytest.raises(ValidationError) as caught:
        services.event_create(organiser=org_a, data=data, by=editor_a)
    messages = " ".join(caught.value.messages)
    assert "Das Ende liegt vor dem Beginn" in messages and "Zahl der Plätze" in messages
    assert not Event.objects.exists()


def test_registration_through_the_page_lands_on_the_cancel_page(client):
    event = EventFactory(registration_mode="hier", capacity=1, starts_at=START, ends_at=START)
    response = client.post(
        f"/veranstaltungen/{event.slug}/anmelden/",
        {"name": "Pat", "email": "pat@example.org", "consent": "on"},
    )
    assert response.status_code == 302
    assert "Sie sind angemeldet" in client.get(response["Location"]).text

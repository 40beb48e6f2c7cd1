"""A partner's system syncs its events with the same mechanism as offers: reviewed, idempotent, per organisation."""

import datetime

import pytest
import time_machine
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from wagtail.models import ModelLogEntry

from bildungsallianz.api.models import ExternalEventId
from bildungsallianz.charter.tests.factories import TargetGroupFactory
from bildungsallianz.core.review.states import ReviewStatus
from bildungsallianz.events.models import Event
from bildungsallianz.events.services import event_publish

pytestmark = pytest.mark.django_db

NOW = datetime.datetime(2026, 11, 30, 9, 0, tzinfo=datetime.UTC)


@pytest.fixture(autouse=True)
def _frozen_and_taxonomy(db):
    TargetGroupFactory(slug="eltern", name="Eltern")
    with time_machine.travel(NOW, tick=False):
        yield


def _event(external_id, title="Elternabend Berufsorientierung", **extra):
    return {
        "external_id": external_id,
        "title": title,
        "summary": "Wie finde ich mit meinem Kind den passenden Beruf?",
        "event_type": "elternabend",
        "starts_at": "2027-01-20T18:00:00+01:00",
        "ends_at": "2027-01-20T20:00:00+01:00",
        "venue": "Rathaus Pirmasens, Exerzierplatz 1",
        "target_groups": ["eltern"],
        **extra,
    }


def _sync(client, secret, items, dry_run=False):
    return client.post(
        "/api/v1/partner/events/sync" + ("?dry_run=true" if dry_run else ""),
        items,
        content_type="application/json",
        HTTP_AUTHORIZATION=f"Bearer {secret}",
    )


def test_a_sync_creates_events_that_wait_for_review_and_resending_changes_nothing(client, token_a, org_a):
    first = _sync(client, token_a, [_event("E-1"), _event("E-2", title="Tag der offenen Tür")])
    assert first.status_code == 200, first.content
    assert [r["result"] for r in first.json()] == ["created", "created"]
    events = Event.objects.filter(organiser=org_a)
    assert set(events.values_list("status", flat=True)) == {ReviewStatus.SUBMITTED}
    assert Event.objects.published().count() == 0
    assert events.get(title="Elternabend Berufsorientierung").starts_at == timezone.make_aware(
        datetime.datetime(2027, 1, 20, 18, 0)
    )
    again = _sync(client, token_a, [_event("E-1"), _event("E-2", title="Tag der offenen Tür")])
    assert [r["result"] for r in again.json()] == ["unchanged", "unchanged"]
    assert Event.objects.filter(organiser=org_a).count() == 2


def test_a_change_to_a_published_event_waits_in_its_change_copy(client, token_a, org_a):
    _sync(client, token_a, [_event("E-1")])
    event = Event.objects.get(organiser=org_a)
    event_publish(event=event, by=None)
    changed = _sync(client, token_a, [_event("E-1", venue="Volkshochschule Pirmasens")]).json()
    assert changed[0]["result"] == "updated"
    event.refresh_from_db()
    assert event.venue == "Rathaus Pirmasens, Exerzierplatz 1"
    assert event.pending_change_copy.venue == "Volkshochschule Pirmasens"
    assert event.pending_change_copy.status == ReviewStatus.SUBMITTED


def test_a_bad_event_saves_nothing_and_names_item_and_field_in_german(client, token_a):
    items = [_event("E-1"), _event("E-2", ends_at="2027-01-20T17:00:00+01:00", target_groups=["unbekannt"])]
    response = _sync(client, token_a, items)
    assert response.status_code == 422
    body = response.json()
    assert body["detail"] == "Mindestens eine Veranstaltung ist ungültig; nichts wurde gespeichert."
    assert "2.target_groups" in {e["parameter"] for e in body["errors"]}
    assert Event.objects.count() == 0
    assert ExternalEventId.objects.count() == 0


def test_a_dry_run_writes_nothing(client, token_a):
    response = _sync(client, token_a, [_event("E-1")], dry_run=True)
    assert response.json()[0]["result"] == "created"
    assert Event.objects.count() == 0
    assert not ModelLogEntry.objects.filter(content_type=ContentType.objects.get_for_model(Event)).exists()


def test_one_event_by_put_and_never_across_organisations(client, token_a, token_b, org_a):
    payload = {k: v for k, v in _event("x").items() if k != "external_id"}
    put = client.put(
        "/api/v1/partner/events/E-9", payload, content_type="application/json", HTTP_AUTHORIZATION=f"Bearer {token_a}"
    )
    assert put.status_code == 200 and put.json()["result"] == "created"
    mine = client.get("/api/v1/partner/events/E-9", HTTP_AUTHORIZATION=f"Bearer {token_a}")
    assert mine.status_code == 200 and mine.json()["status"] == ReviewStatus.SUBMITTED
    assert client.get("/api/v1/partner/events/E-9", HTTP_AUTHORIZATION=f"Bearer {token_b}").status_code == 404
    listed = client.get("/api/v1/partner/events", HTTP_AUTHORIZATION=f"Bearer {token_b}").json()
    assert listed == []
    entry = ModelLogEntry.objects.get(action="wagtail.create", content_type=ContentType.objects.get_for_model(Event))
    assert entry.data["api_token"] == "Kursdatenbank"


def test_an_event_sync_carries_its_translations_and_a_bad_language_saves_nothing(client, token_a, org_a):
    arabic = {"ar": {"title": "أمسية للآباء حول اختيار المهنة"}}
    assert _sync(client, token_a, [_event("E-1", translations=arabic)]).status_code == 200
    event = Event.objects.get(organiser=org_a)
    assert event.translations["ar"]["title"] == "أمسية للآباء حول اختيار المهنة"
    again = _sync(client, token_a, [_event("E-1", translations=arabic)]).json()
    assert again[0]["result"] == "unchanged"
    bad = _sync(client, token_a, [_event("E-2", translations={"xx": {"title": "?"}})])
    assert bad.status_code == 422
    assert "1.translations" in {e["parameter"] for e in bad.json()["errors"]}
    assert Event.objects.count() == 1

"""Organisers and the Bildungsbüro are told by e-mail when an event is submitted, published or returned."""

import datetime

import pytest
from django.core import mail

from bildungsallianz.events import services

from .factories import START

pytestmark = pytest.mark.django_db

DATA = {
    "title": "Tag der offenen Tür",
    "event_type": "tag_der_offenen_tuer",
    "summary": "Werkstätten ansehen",
    "starts_at": START,
    "ends_at": START + datetime.timedelta(hours=3),
    "venue": "Werkhalle",
    "registration_mode": "keine",
    "retention_days": 30,
}


def test_submitting_tells_the_bildungsbuero_and_publishing_tells_the_organiser(
    editor_a, org_a, staff, django_capture_on_commit_callbacks
):
    event = services.event_create(organiser=org_a, data=DATA, by=editor_a)
    with django_capture_on_commit_callbacks(execute=True):
        services.event_submit(event=event, by=editor_a)
    assert [m.to for m in mail.outbox] == [[staff.email]]
    assert "Tag der offenen Tür" in mail.outbox[0].subject and "/veranstaltungen/pruefen/" in mail.outbox[0].body
    with django_capture_on_commit_callbacks(execute=True):
        live = services.event_publish(event=event, by=staff)
    assert mail.outbox[1].to == [editor_a.email] and "Veröffentlicht" in mail.outbox[1].subject
    assert live.get_absolute_url() in mail.outbox[1].body


def test_returning_sends_the_note_to_the_organiser(editor_a, org_a, staff, django_capture_on_commit_callbacks):
    event = services.event_create(organiser=org_a, data=DATA, by=editor_a)
    services.event_submit(event=event, by=editor_a)
    with django_capture_on_commit_callbacks(execute=True):
        services.event_return(event=event, by=staff, comment="Bitte den Ort genauer angeben.")
    assert mail.outbox[-1].to == [editor_a.email]
    assert "Bitte überarbeiten" in mail.outbox[-1].subject and "Ort genauer" in mail.outbox[-1].body


def test_a_refused_return_without_note_sends_nothing(editor_a, org_a, staff, django_capture_on_commit_callbacks):
    from django.core.exceptions import ValidationError

    event = services.event_create(organiser=org_a, data=DATA, by=editor_a)
    services.event_submit(event=event, by=editor_a)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True), pytest.raises(ValidationError):
        services.event_return(event=event, by=staff, comment="  ")
    assert mail.outbox == []

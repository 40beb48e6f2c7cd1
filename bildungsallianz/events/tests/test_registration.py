"""Registration: seats, waiting list that moves up by itself, no double seat under concurrency, deletion."""

import datetime
import threading
import time

import pytest
import time_machine
from django.core import mail
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.db import OperationalError, close_old_connections

from bildungsallianz.events import services
from bildungsallianz.events.models import Registration, RegistrationStatus

from .factories import START, EventFactory, RegistrationFactory

NOW = START - datetime.timedelta(days=5)


def _event(capacity=2, **extra):
    return EventFactory(registration_mode="hier", capacity=capacity, **extra)


@pytest.mark.django_db
def test_registration_beyond_capacity_goes_to_the_waiting_list_and_moves_up_on_cancellation(
    django_capture_on_commit_callbacks,
):
    event = _event(capacity=2)
    with django_capture_on_commit_callbacks(execute=True):
        first = services.registration_create(event=event, name="A", email="a@example.org", now=NOW)
        services.registration_create(event=event, name="B", email="b@example.org", now=NOW)
        waiting = services.registration_create(event=event, name="C", email="c@example.org", now=NOW)
    assert waiting.status == RegistrationStatus.WAITING
    assert "Warteliste" in mail.outbox[-1].subject
    with django_capture_on_commit_callbacks(execute=True):
        promoted = services.registration_cancel(registration=first, now=NOW)
    assert promoted == waiting
    waiting.refresh_from_db()
    assert waiting.is_confirmed
    assert mail.outbox[-1].to == ["c@example.org"] and "Platz frei" in mail.outbox[-1].subject
    assert Registration.objects.filter(event=event).confirmed().count() == 2


@pytest.mark.django_db
def test_cancelling_a_waiting_place_promotes_nobody():
    event = _event(capacity=1)
    services.registration_create(event=event, name="A", email="a@example.org", now=NOW)
    second = services.registration_create(event=event, name="B", email="b@example.org", now=NOW)
    assert services.registration_cancel(registration=second, now=NOW) is None


@pytest.mark.django_db
def test_the_same_address_cannot_register_twice_and_bad_input_saves_nothing():
    event = _event()
    services.registration_create(event=event, name="A", email="a@example.org", now=NOW)
    with pytest.raises(ValidationError, match="schon jemand angemeldet"):
        services.registration_create(event=event, name="A", email="A@example.org", now=NOW)
    with pytest.raises(ValidationError):
        services.registration_create(event=event, name="", email="kaputt", now=NOW)
    assert Registration.objects.count() == 1


@pytest.mark.django_db
def test_no_registration_after_the_start_or_without_own_registration():
    with pytest.raises(ValidationError, match="keine Anmeldung möglich"):
        services.registration_create(event=_event(), name="A", email="a@example.org", now=START)
    with pytest.raises(ValidationError, match="keine Anmeldung möglich"):
        services.registration_create(event=EventFactory(), name="A", email="a@example.org", now=NOW)


@pytest.mark.django_db(transaction=True)
def test_two_last_seat_registrations_at_once_never_both_get_the_seat():
    event = _event(capacity=1)
    barrier = threading.Barrier(2)
    results, errors = [], []

    def register(n):
        try:
            barrier.wait(timeout=5)
            # SQLite's in-memory test database (shared cache) answers "table is locked" at once where the
            # file database waits (busy timeout): retry like that wait would. PostgreSQL blocks on the row lock.
            for _attempt in range(200):
                try:
                    registration = services.registration_create(
                        event=event, name=f"P{n}", email=f"p{n}@example.org", now=NOW
                    )
                except OperationalError as exc:
                    if "locked" not in str(exc):
                        raise
                    time.sleep(0.02)
                else:
                    results.append(registration.status)
                    break
        except Exception as exc:  # noqa: BLE001 – reported below
            errors.append(exc)
        finally:
            close_old_connections()

    threads = [threading.Thread(target=register, args=(n,)) for n in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors, errors
    assert sorted(results) == [RegistrationStatus.CONFIRMED, RegistrationStatus.WAITING]
    assert Registration.objects.filter(event=event).confirmed().count() == 1


@pytest.mark.django_db
def test_personal_data_is_deleted_after_the_retention_period_and_the_purge_is_idempotent():
    registration = RegistrationFactory(event__retention_days=30)
    keep = RegistrationFactory(
        event__starts_at=START + datetime.timedelta(days=60),
        event__ends_at=START + datetime.timedelta(days=60, hours=2),
    )
    with time_machine.travel(START + datetime.timedelta(days=29)):
        call_command("purge_event_registrations")
        assert Registration.objects.filter(pk=registration.pk).exists()
    with time_machine.travel(START + datetime.timedelta(days=31)):
        call_command("purge_event_registrations")
        assert not Registration.objects.filter(pk=registration.pk).exists()
        assert services.registrations_purge() == 0
    assert Registration.objects.filter(pk=keep.pk).exists()


@pytest.mark.django_db
def test_a_forged_cancel_link_finds_nothing(client):
    registration = RegistrationFactory()
    assert client.get(f"/veranstaltungen/anmeldung/{services.registration_token(registration)}x/").status_code == 404


@pytest.mark.django_db
def test_a_person_moved_up_from_the_waiting_list_is_told_in_the_language_they_registered_in(
    django_capture_on_commit_callbacks,
):
    from django.utils import translation

    event = _event(capacity=1)
    with translation.override("de"):
        first = services.registration_create(event=event, name="A", email="a@example.org", now=NOW)
    with translation.override("fr"), django_capture_on_commit_callbacks(execute=True):
        waiting = services.registration_create(event=event, name="B", email="b@example.org", now=NOW)
    assert waiting.language == "fr"
    with translation.override("de"), django_capture_on_commit_callbacks(execute=True):  # A cancels on a German page
        services.registration_cancel(registration=first, now=NOW)
    promoted_mail = mail.outbox[-1]
    assert promoted_mail.to == ["b@example.org"]
    assert promoted_mail.subject.startswith("Place libérée")
    assert "/fr/veranstaltungen/" in promoted_mail.body  # the link to manage the registration opens in French

"""Fair services: class registration, schedule runs with pins, publication notices, check-in."""

import datetime

import pytest
import time_machine
from django.core import mail
from django.core.exceptions import ValidationError

from bildungsallianz.fair import services
from bildungsallianz.fair.models import ClassRegistration

from .factories import ClassRegistrationFactory, EditionFactory, ExhibitorFactory, SchoolFactory

pytestmark = pytest.mark.django_db

NOW = datetime.datetime(2030, 6, 1, 10, tzinfo=datetime.UTC)


def _data(edition, **extra):
    return {
        "school": SchoolFactory(name="IGS Pirmasens"),
        "class_name": "9a",
        "level": 9,
        "pupils": 25,
        "teachers": 2,
        "contact_name": "Frau Müller",
        "contact_email": "mueller@igs.example",
        "travel_minutes": 10,
        "keep_together": False,
        "accessibility_needs": "",
        "preferred_slots": [edition.slots.get(position=1)],
        "impossible_slots": [],
        **extra,
    }


def test_a_teacher_registers_a_class_and_gets_a_mail_with_a_link_to_change_it(django_capture_on_commit_callbacks):
    edition = EditionFactory()
    with django_capture_on_commit_callbacks(execute=True):
        registration = services.class_register(edition=edition, data=_data(edition), now=NOW)
    assert registration.people == 27
    assert len(mail.outbox) == 1
    assert services.class_manage_url(registration) in mail.outbox[0].body
    assert services.class_from_token(services.class_token(registration)) == registration


def test_a_french_teacher_gets_the_confirmation_in_french(django_capture_on_commit_callbacks):
    edition = EditionFactory()
    with django_capture_on_commit_callbacks(execute=True):
        services.class_register(edition=edition, data=_data(edition), language="fr", now=NOW)
    assert "Inscription confirmée" in mail.outbox[0].subject


def test_a_forged_token_finds_nothing():
    registration = ClassRegistrationFactory()
    assert services.class_from_token(services.class_token(registration) + "x") is None


def test_a_slot_both_wished_and_impossible_is_refused_and_nothing_is_saved():
    edition = EditionFactory()
    slot = edition.slots.first()
    with pytest.raises(ValidationError, match="zugleich gewünscht und unmöglich"):
        services.class_register(
            edition=edition, data=_data(edition, preferred_slots=[slot], impossible_slots=[slot]), now=NOW
        )
    assert ClassRegistration.objects.count() == 0


def test_registration_outside_the_window_is_refused():
    edition = EditionFactory(schools_close=datetime.date(2030, 5, 1))
    with pytest.raises(ValidationError, match="nicht geöffnet"):
        services.class_register(edition=edition, data=_data(edition), now=NOW)


def test_a_new_school_is_created_from_name_and_city():
    edition = EditionFactory()
    data = _data(edition, school=None, new_school_name="Collège Fulrad", new_school_city="Sarreguemines")
    data["new_school_country"] = "FR"
    registration = services.class_register(edition=edition, data=data, now=NOW)
    assert registration.school.language == "fr"


def _classes(edition, count, **extra):
    return [ClassRegistrationFactory(edition=edition, **extra) for _ in range(count)]


def test_the_schedule_respects_capacity_and_pins_stay_on_re_runs(staff):
    edition = EditionFactory(hall_capacity=60)
    _classes(edition, 5)  # 26 people each: at most two per slot
    slots = list(edition.slots.order_by("position"))
    services.schedule_run(edition=edition, by=staff)
    roomy = next(s for s in slots if ClassRegistration.objects.in_slot(s).count() == 1)
    moved = ClassRegistration.objects.exclude(slot=roomy).first()
    services.class_pin(registration=moved, slot=roomy, by=staff)
    services.schedule_run(edition=edition, by=staff)
    moved.refresh_from_db()
    assert moved.slot == roomy and moved.pinned
    for slot in slots:
        assert sum(r.people for r in ClassRegistration.objects.in_slot(slot)) <= 60


def test_pinning_into_a_full_slot_is_refused_in_german(staff):
    edition = EditionFactory(hall_capacity=30)
    first, second = _classes(edition, 2)
    slot = edition.slots.first()
    services.class_pin(registration=first, slot=slot, by=staff)
    with pytest.raises(ValidationError, match="kein Platz mehr"):
        services.class_pin(registration=second, slot=slot, by=staff)
    second.refresh_from_db()
    assert second.slot is None and not second.pinned


def test_publishing_notifies_everyone_once_and_later_only_those_whose_slot_changed(
    staff, django_capture_on_commit_callbacks
):
    edition = EditionFactory(hall_capacity=200)
    classes = _classes(edition, 4)
    services.schedule_run(edition=edition, by=staff)
    with django_capture_on_commit_callbacks(execute=True):
        assert services.schedule_publish(edition=edition, by=staff) == 4
    assert len(mail.outbox) == 4
    mail.outbox.clear()
    other = edition.slots.exclude(pk=ClassRegistration.objects.get(pk=classes[1].pk).slot_id).first()
    services.class_pin(registration=ClassRegistration.objects.get(pk=classes[1].pk), slot=other, by=staff)
    with django_capture_on_commit_callbacks(execute=True):
        assert services.schedule_publish(edition=edition, by=staff) == 1
    assert mail.outbox[0].to == [classes[1].contact_email]
    assert other.label in mail.outbox[0].subject


def test_publishing_with_a_class_without_slot_is_refused(staff):
    edition = EditionFactory()
    _classes(edition, 1)
    with pytest.raises(ValidationError, match="Noch nicht jede Klasse"):
        services.schedule_publish(edition=edition, by=staff)
    edition.refresh_from_db()
    assert edition.schedule_published_at is None


def test_a_long_travel_class_never_gets_the_first_slot(staff):
    edition = EditionFactory(hall_capacity=500)
    far = ClassRegistrationFactory(edition=edition, travel_minutes=70)
    far.preferred_slots.set([edition.slots.get(position=0)])
    services.schedule_run(edition=edition, by=staff)
    far.refresh_from_db()
    assert far.slot.position != 0
    assert "langer Anreise" in far.explanation


def test_a_cancelled_class_frees_its_place_and_cannot_be_changed_on_the_fair_day():
    registration = ClassRegistrationFactory()
    services.class_cancel(registration=registration, now=NOW)
    assert registration.is_cancelled
    late = ClassRegistrationFactory()
    with time_machine.travel(datetime.datetime(2030, 9, 18, 9, tzinfo=datetime.UTC)), pytest.raises(ValidationError):
        services.class_cancel(registration=late)


def test_a_stand_number_is_given_once_per_edition(staff):
    edition = EditionFactory()
    first, second = ExhibitorFactory(edition=edition), ExhibitorFactory(edition=edition)
    services.exhibitor_confirm(exhibitor=first, stand_number="A1", by=staff)
    with pytest.raises(ValidationError, match="schon vergeben"):
        services.exhibitor_confirm(exhibitor=second, stand_number="A1", by=staff)
    second.refresh_from_db()
    assert not second.is_confirmed

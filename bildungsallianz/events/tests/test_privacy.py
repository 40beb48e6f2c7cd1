import datetime

import pytest

from bildungsallianz.core.privacy import person_erase, person_find, purge_expired
from bildungsallianz.events.models import Registration
from bildungsallianz.fair.models import ClassRegistration
from bildungsallianz.fair.tests.factories import ClassRegistrationFactory, EditionFactory

from .factories import START, RegistrationFactory

pytestmark = pytest.mark.django_db


def test_erasing_an_address_frees_its_seat_for_the_waiting_list_and_anonymises_teacher_contacts(staff):
    seat = RegistrationFactory(email="pat@example.org", event__capacity=1)
    waiting = RegistrationFactory(event=seat.event, status="warteliste")
    ClassRegistrationFactory(contact_email="Pat@example.org")
    found = {source.key: records for source, records in person_find("pat@example.org")}
    assert len(found["events.registration"]) == 1 and len(found["fair.contact"]) == 1
    counts = person_erase(email="pat@example.org", by=staff)
    assert counts["events.registration"] == 1 and counts["fair.contact"] == 1
    assert list(Registration.objects.all()) == [waiting]
    waiting.refresh_from_db()
    assert waiting.is_confirmed
    assert ClassRegistration.objects.get().contact_email.endswith(".invalid")


def test_the_retention_purge_covers_both_modules_and_is_idempotent():
    RegistrationFactory()
    old = ClassRegistrationFactory(edition=EditionFactory(slug="bib-alt", date=datetime.date(2030, 9, 1)))
    later = START + datetime.timedelta(days=400)
    purge_expired(now=later)
    assert not Registration.objects.exists()
    old.refresh_from_db()
    assert old.contact_email.endswith(".invalid")
    assert set(purge_expired(now=later).values()) <= {0}

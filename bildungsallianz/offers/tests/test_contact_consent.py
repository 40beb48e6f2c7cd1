"""Offer contact persons carry a consent record (issue 8, privacy)."""

import datetime

import pytest
import time_machine
from django.urls import reverse

from bildungsallianz.offers.models import Offer

from .test_views import _form

pytestmark = pytest.mark.django_db

CONTACT = {"contact_name": "Mia Muster", "contact_email": "mia@example.org", "contact_phone": "06331 1"}


def test_a_contact_person_without_consent_is_a_german_form_error(editor_a, org_a, as_user):
    response = as_user(editor_a).post(reverse("offers:create"), _form(provider=org_a.pk, **CONTACT))
    assert response.status_code == 200
    assert "Bitte bestätigen Sie die Einwilligung der Ansprechperson" in response.content.decode()
    assert not Offer.objects.exists()


def test_the_consent_is_recorded_with_its_time_and_kept_while_the_person_stays(editor_a, org_a, as_user):
    client = as_user(editor_a)
    first = datetime.datetime(2026, 3, 2, 9, 0, tzinfo=datetime.UTC)
    with time_machine.travel(first, tick=False):
        client.post(reverse("offers:create"), _form(provider=org_a.pk, contact_consent="on", **CONTACT))
    offer = Offer.objects.get()
    assert offer.contact_consent_at == first
    with time_machine.travel(first + datetime.timedelta(days=5), tick=False):
        client.post(reverse("offers:edit", args=[offer.slug]), _form(title="Neu", contact_consent="on", **CONTACT))
        offer.refresh_from_db()
        assert offer.contact_consent_at == first
        client.post(
            reverse("offers:edit", args=[offer.slug]),
            _form(contact_consent="on", **{**CONTACT, "contact_name": "Max Neu"}),
        )
    offer.refresh_from_db()
    assert offer.contact_consent_at == first + datetime.timedelta(days=5)


def test_an_offer_without_a_contact_person_needs_no_consent(editor_a, org_a, as_user):
    response = as_user(editor_a).post(reverse("offers:create"), _form(provider=org_a.pk))
    assert response.status_code == 302
    assert Offer.objects.get().contact_consent_at is None

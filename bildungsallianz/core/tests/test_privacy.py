"""DSGVO: staff find, export and erase a person across modules; retention by a daily command (issue 8)."""

import datetime
import json

import pytest
import time_machine
from django.core.management import call_command
from django.utils import timezone

from bildungsallianz.accounts.models import Invitation, User
from bildungsallianz.charter.models import JoinRequest
from bildungsallianz.charter.tests.factories import CharterFactory, SignatureFactory
from bildungsallianz.cooperation.models import GroupMembership
from bildungsallianz.cooperation.tests.factories import GroupMembershipFactory
from bildungsallianz.core.models import PrivacyAction
from bildungsallianz.core.privacy import purge_expired
from bildungsallianz.events.models import Registration
from bildungsallianz.events.tests.factories import RegistrationFactory
from bildungsallianz.fair.models import ClassRegistration, Exhibitor
from bildungsallianz.fair.tests.factories import ClassRegistrationFactory, ExhibitorFactory
from bildungsallianz.offers.tests.factories import OfferFactory
from bildungsallianz.organisations.models import Contact

pytestmark = pytest.mark.django_db

EMAIL = "editor-a@example.org"
NOW = datetime.datetime(2026, 6, 1, 3, 30, tzinfo=datetime.UTC)


def _join_request(email=EMAIL, **kwargs):
    defaults = {
        "organisation_name": "Antrag GmbH",
        "sector": "unternehmen",
        "description": "x",
        "street": "A 1",
        "postcode": "66953",
        "city": "Pirmasens",
        "contact_name": "Anna A",
        "contact_email": email,
        "proposed_commitment": "x",
        "consent_at": timezone.now(),
    }
    return JoinRequest.objects.create(**{**defaults, **kwargs})


@pytest.fixture
def person(editor_a, org_a):
    Contact.objects.create(organisation=org_a, name="Anna A", email=EMAIL.upper())
    _join_request()
    Invitation.objects.create(
        email=EMAIL, organisation=org_a, token_hash="h" * 64, expires_at=timezone.now() + datetime.timedelta(days=3)
    )
    OfferFactory(provider=org_a, contact_name="Anna A", contact_email=EMAIL, contact_phone="06331 1")
    SignatureFactory(charter=CharterFactory(), organisation=org_a, signatory_name="Anna A")
    RegistrationFactory(email=EMAIL)
    ClassRegistrationFactory(contact_email=EMAIL)
    ExhibitorFactory(contact_email=EMAIL)
    from bildungsallianz.pages.models import AccessibilityFeedback

    AccessibilityFeedback.objects.create(message="Kontrast", reply_email=EMAIL, consent_at=timezone.now())
    GroupMembershipFactory(user=editor_a, organisation=org_a)
    return editor_a


def test_staff_find_a_person_in_every_module(client, staff, person):
    client.force_login(staff)
    response = client.get("/cms/datenschutz/", {"email": EMAIL})
    assert response.status_code == 200
    counts = {source.key: len(records) for source, records in response.context["found"]}
    assert counts == {
        "accounts.invitation": 1,
        "accounts.user": 1,
        "charter.joinrequest": 1,
        "charter.signature": 1,
        "cooperation.participation": 1,
        "events.registration": 1,
        "fair.contact": 2,
        "offers.contact": 1,
        "organisations.contact": 1,
        "pages.accessibilityfeedback": 1,
    }


def test_the_export_is_json_with_every_record_and_is_logged(client, staff, person):
    client.force_login(staff)
    response = client.get("/cms/datenschutz/export/", {"email": EMAIL})
    assert response["Content-Type"] == "application/json"
    data = json.loads(response.content)
    assert data["records"]["accounts.user"]["items"][0]["email"] == EMAIL
    assert data["records"]["offers.contact"]["items"][0]["contact_phone"] == "06331 1"
    log = PrivacyAction.objects.get()
    assert log.action == "export" and log.by == staff
    assert EMAIL not in json.dumps(log.counts) + log.subject_hash


def test_erasure_removes_the_person_everywhere_in_one_audited_action(client, staff, person, org_a):
    client.force_login(staff)
    refused = client.post("/cms/datenschutz/loeschen/", {"email": EMAIL})  # without confirmation
    assert refused.status_code == 302
    assert User.objects.filter(email=EMAIL).exists()
    client.post("/cms/datenschutz/loeschen/", {"email": EMAIL, "confirm": "on"})
    person.refresh_from_db()
    assert not person.is_active and person.email != EMAIL and not person.has_usable_password()
    assert not person.memberships.exists()
    assert not GroupMembership.objects.filter(
        user=person
    ).exists()  # found through the account before it was anonymised
    assert not Contact.objects.filter(email__iexact=EMAIL).exists()
    assert not Invitation.objects.filter(email=EMAIL).exists()
    join_request = JoinRequest.objects.get()
    assert join_request.contact_email != EMAIL and join_request.contact_name == ""
    assert org_a.offers.get().contact_email == ""
    assert org_a.signatures.get().signatory_name == ""
    assert not Registration.objects.filter(email=EMAIL).exists()
    assert not ClassRegistration.objects.filter(contact_email=EMAIL).exists()
    assert not Exhibitor.objects.filter(contact_email=EMAIL).exists()
    log = PrivacyAction.objects.get(action="erase")
    assert log.counts["accounts.user"] == 1 and log.by == staff
    again = client.get("/cms/datenschutz/", {"email": EMAIL})
    assert again.context["total"] == 0


@pytest.mark.parametrize("who", ["editor_a", "editor_b", "wg_member"])
def test_only_staff_reach_the_privacy_pages(client, request, person, who):
    client.force_login(request.getfixturevalue(who))
    assert client.get("/cms/datenschutz/", {"email": EMAIL}).status_code in (302, 404)
    assert client.get("/cms/datenschutz/export/", {"email": EMAIL}).status_code in (302, 404)
    client.post("/cms/datenschutz/loeschen/", {"email": EMAIL, "confirm": "on"})
    assert User.objects.filter(email=EMAIL, is_active=True).exists()
    assert not PrivacyAction.objects.exists()


def test_an_invalid_address_is_a_german_form_error(client, staff):
    client.force_login(staff)
    response = client.get("/cms/datenschutz/", {"email": "kein-at"})
    assert "Bitte geben Sie eine gültige E-Mail-Adresse an." in response.content.decode()


# --- retention -------------------------------------------------------------------------------


def test_declined_requests_are_deleted_after_the_retention_period(db):
    old = _join_request("alt@example.org", state="declined", decided_at=NOW - datetime.timedelta(days=181))
    recent = _join_request("neu@example.org", state="declined", decided_at=NOW - datetime.timedelta(days=179))
    accepted = _join_request("ja@example.org", state="accepted", decided_at=NOW - datetime.timedelta(days=900))
    purge_expired(now=NOW)
    assert set(JoinRequest.objects.values_list("pk", flat=True)) == {recent.pk, accepted.pk}
    assert old.pk not in JoinRequest.objects.values_list("pk", flat=True)


def test_used_and_expired_invitations_are_deleted_after_the_retention_period(org_a):
    def invitation(n, **kwargs):
        return Invitation.objects.create(
            email=f"i{n}@example.org", organisation=org_a, token_hash=str(n) * 64, **kwargs
        )

    used_long_ago = invitation(1, expires_at=NOW, accepted_at=NOW - datetime.timedelta(days=91))
    expired_long_ago = invitation(2, expires_at=NOW - datetime.timedelta(days=91))
    still_open = invitation(3, expires_at=NOW + datetime.timedelta(days=1))
    used_recently = invitation(4, expires_at=NOW, accepted_at=NOW - datetime.timedelta(days=10))
    purge_expired(now=NOW)
    left = set(Invitation.objects.values_list("pk", flat=True))
    assert left == {still_open.pk, used_recently.pk}
    assert used_long_ago.pk not in left and expired_long_ago.pk not in left


def test_contact_fields_of_long_expired_offers_are_emptied(org_a):
    old = OfferFactory(
        provider=org_a, status="expired", expired_at=NOW - datetime.timedelta(days=366), contact_email="a@example.org"
    )
    recent = OfferFactory(
        provider=org_a, status="expired", expired_at=NOW - datetime.timedelta(days=30), contact_email="b@example.org"
    )
    purge_expired(now=NOW)
    old.refresh_from_db()
    recent.refresh_from_db()
    assert old.contact_email == "" and recent.contact_email == "b@example.org"


def test_the_daily_command_is_idempotent(org_a, capsys):
    _join_request("alt@example.org", state="declined", decided_at=NOW - datetime.timedelta(days=200))
    with time_machine.travel(NOW, tick=False):
        call_command("purge_personal_data")
        first = capsys.readouterr().out
        call_command("purge_personal_data")
        second = capsys.readouterr().out
    assert "Beitrittsanträge: 1" in first
    assert "Beitrittsanträge: 0" in second

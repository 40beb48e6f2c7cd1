import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.utils import timezone

from bildungsallianz.accounts.models import Invitation
from bildungsallianz.charter import services
from bildungsallianz.charter.models import Commitment, JoinRequest, Signature
from bildungsallianz.organisations.models import Contact, Organisation
from bildungsallianz.organisations.tests.factories import OrganisationFactory

from .factories import CharterFactory, FieldOfActionFactory


@pytest.fixture
def join_request(db):
    CharterFactory()
    field = FieldOfActionFactory(slug="bildung-wirtschaft")
    request = JoinRequest.objects.create(
        organisation_name="Schuhfabrik Beispiel GmbH",
        sector="unternehmen",
        description="Wir stellen Schuhe her.",
        street="Lemberger Straße 1",
        postcode="66955",
        city="Pirmasens",
        contact_name="Paul Probe",
        contact_email="paul@example.org",
        proposed_commitment="Zwei Ausbildungsplätze pro Jahr.",
        consent_at=timezone.now(),
    )
    request.fields_of_action.set([field])
    return request


def test_accepting_creates_organisation_signature_commitment_and_invitation(
    join_request, staff, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        organisation = services.join_request_accept(join_request=join_request, by=staff)
    join_request.refresh_from_db()
    assert join_request.state == JoinRequest.State.ACCEPTED
    assert join_request.organisation == organisation
    assert join_request.decided_by == staff
    assert organisation.slug == "schuhfabrik-beispiel-gmbh"
    assert organisation.is_public
    signature = Signature.objects.get(organisation=organisation)
    assert signature.confirmed is False
    assert Commitment.objects.get(organisation=organisation).text == "Zwei Ausbildungsplätze pro Jahr."
    contact = Contact.objects.get(organisation=organisation)
    assert contact.consent_public is False  # not public without consent
    invitation = Invitation.objects.get(organisation=organisation)
    assert invitation.email == "paul@example.org"
    assert len(invitation.token_hash) == 64
    subjects = [m.subject for m in mail.outbox]
    assert any("Einladung" in s for s in subjects)
    assert any("Willkommen" in s for s in subjects)
    invitation_mail = next(m for m in mail.outbox if "Einladung" in m.subject)
    assert "/konto/einladung/" in invitation_mail.body


def test_a_decided_request_cannot_be_decided_again(join_request, staff):
    services.join_request_accept(join_request=join_request, by=staff)
    with pytest.raises(ValidationError, match="bereits entschieden"):
        services.join_request_decline(join_request=join_request, reason="doch nicht", by=staff)


def test_declining_needs_a_reason_and_informs_the_requester(join_request, staff, django_capture_on_commit_callbacks):
    with pytest.raises(ValidationError):
        services.join_request_decline(join_request=join_request, reason="  ", by=staff)
    assert JoinRequest.objects.get().state == JoinRequest.State.RECEIVED
    with django_capture_on_commit_callbacks(execute=True):
        services.join_request_decline(join_request=join_request, reason="Kein Bezug zur Region.", by=staff)
    join_request.refresh_from_db()
    assert join_request.state == JoinRequest.State.DECLINED
    assert "Kein Bezug zur Region." in mail.outbox[-1].body


def test_accepting_a_duplicate_name_fails_and_saves_nothing(join_request, staff):
    OrganisationFactory(name="Schuhfabrik Beispiel GmbH", slug="schuhfabrik")
    with pytest.raises(ValidationError, match="gibt es bereits"):
        services.join_request_accept(join_request=join_request, by=staff)
    assert Organisation.objects.count() == 1
    assert Signature.objects.count() == 0
    assert Invitation.objects.count() == 0
    assert JoinRequest.objects.get().state == JoinRequest.State.RECEIVED
    assert mail.outbox == []


def test_start_review_moves_the_request_on(join_request, staff):
    services.join_request_start_review(join_request=join_request, by=staff)
    assert JoinRequest.objects.get().state == JoinRequest.State.IN_REVIEW


def test_confirming_a_signature_records_the_signatory(join_request, staff):
    organisation = services.join_request_accept(join_request=join_request, by=staff)
    signature = organisation.signatures.get()
    services.signature_confirm(
        signature=signature, signatory_name="Paul Probe", signatory_function="Geschäftsführer", by=staff
    )
    signature.refresh_from_db()
    assert signature.confirmed
    assert signature.signatory_function == "Geschäftsführer"


def test_accepting_publishes_contact_channels_only_with_consent(join_request, staff):
    join_request.organisation_email = "mia.muster@example.org"
    join_request.phone = "06331 123"
    join_request.website = "https://schuhe.example.org"
    join_request.save()
    organisation = services.join_request_accept(join_request=join_request, by=staff)
    assert (organisation.email, organisation.phone, organisation.website) == ("", "", "")


def test_accepting_with_consent_publishes_the_contact_channels(join_request, staff):
    join_request.organisation_email = "info@schuhe.example.org"
    join_request.phone = "06331 123"
    join_request.consent_publish_contact = True
    join_request.save()
    organisation = services.join_request_accept(join_request=join_request, by=staff)
    assert (organisation.email, organisation.phone) == ("info@schuhe.example.org", "06331 123")


def test_decisions_are_dated_by_the_given_clock(join_request, staff):
    import datetime

    import time_machine

    late_evening = datetime.datetime(2026, 3, 31, 23, 30, tzinfo=datetime.UTC)  # already 1 April in Berlin
    with time_machine.travel(late_evening, tick=False):
        organisation = services.join_request_accept(join_request=join_request, by=staff, now=timezone.now())
    join_request.refresh_from_db()
    assert join_request.decided_at == late_evening
    assert organisation.signatures.get().signed_on == datetime.date(2026, 4, 1)


def test_a_signature_confirmed_without_date_is_dated_today(join_request, staff):
    import datetime

    organisation = services.join_request_accept(join_request=join_request, by=staff)
    signature = organisation.signatures.get()
    signature.signed_on = None
    signature.save()
    now = datetime.datetime(2026, 6, 1, 9, 0, tzinfo=datetime.UTC)
    services.signature_confirm(
        signature=signature, signatory_name="Paul Probe", signatory_function="", by=staff, now=now
    )
    signature.refresh_from_db()
    assert signature.signed_on == datetime.date(2026, 6, 1)


def test_an_applicant_who_wrote_in_french_gets_the_decision_and_invitation_in_french_though_staff_work_in_german(
    staff, django_capture_on_commit_callbacks
):
    from django.utils import translation

    CharterFactory()
    data = {
        "organisation_name": "Lycée Exemple", "sector": "schule", "description": "Un lycée.",
        "street": "Rue de France 1", "postcode": "66953", "city": "Pirmasens", "contact_name": "Marie Martin",
        "contact_email": "marie@example.org", "proposed_commitment": "Des stages.",
    }  # fmt: skip
    with translation.override("fr"), django_capture_on_commit_callbacks(execute=True):
        french = services.join_request_submit(data=data, fields_of_action=[])
    assert french.language == "fr"
    with translation.override("de"), django_capture_on_commit_callbacks(execute=True):
        services.join_request_accept(join_request=french, by=staff)
    to_applicant = [m for m in mail.outbox if m.to == ["marie@example.org"]]
    assert [m.subject.split(" – ")[0].split(":")[0] for m in to_applicant] == [
        "Votre demande d'adhésion a bien été reçue",
        "Invitation à la Bildungsallianz",
        "Bienvenue dans la Bildungsallianz",
    ]
    assert "/fr/" in to_applicant[1].body  # the invitation link opens the French page
    staff_mail = next(m for m in mail.outbox if m.to != ["marie@example.org"])
    assert "Beitritt" in staff_mail.subject  # the Bildungsbüro reads German


def test_a_declined_applicant_reads_the_decision_in_the_language_of_the_form(
    join_request, staff, django_capture_on_commit_callbacks
):
    join_request.language = "fr"
    join_request.save()
    with django_capture_on_commit_callbacks(execute=True):
        services.join_request_decline(join_request=join_request, reason="Kein Bezug zur Region.", by=staff)
    assert mail.outbox[-1].subject.startswith("Votre demande d'adhésion")

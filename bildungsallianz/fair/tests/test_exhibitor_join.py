"""A new organisation asks to join and to exhibit in one form; the join request review decides both."""

import pytest

from bildungsallianz.charter import services as charter_services
from bildungsallianz.charter.models import JoinRequest
from bildungsallianz.charter.tests.factories import CharterFactory, FieldOfActionFactory
from bildungsallianz.core.review.states import ReviewStatus
from bildungsallianz.fair.models import Exhibitor, ExhibitorApplication

from .factories import EditionFactory

pytestmark = pytest.mark.django_db


def _post(field, **extra):
    return {
        "organisation_name": "Schuhfabrik Beispiel GmbH",
        "sector": "unternehmen",
        "description": "Wir stellen Schuhe her.",
        "street": "Lemberger Straße 1",
        "postcode": "66955",
        "city": "Pirmasens",
        "contact_name": "Paul Probe",
        "contact_email": "paul@example.org",
        "fields_of_action": [field.pk],
        "proposed_commitment": "Zwei Ausbildungsplätze pro Jahr.",
        "consent": "on",
        "stand-internship_places": "2",
        "stand-apprenticeship_places": "1",
        "stand-dual_study_places": "0",
        "stand-stand_size": "mittel",
        "stand-needs_power": "on",
        "stand-staff_count": "3",
        **extra,
    }


def test_one_form_makes_a_join_request_and_acceptance_makes_the_exhibitor_entry(
    client, staff, django_capture_on_commit_callbacks
):
    CharterFactory()
    field = FieldOfActionFactory()
    edition = EditionFactory()
    assert "Ihr Stand" in client.get(f"/bib/{edition.slug}/aussteller-neu/").text
    response = client.post(f"/bib/{edition.slug}/aussteller-neu/", _post(field))
    assert response.status_code == 302 and response["Location"].endswith("/mitmachen/danke/")
    application = ExhibitorApplication.objects.get()
    assert application.stand["stand_size"] == "mittel" and "contact_email" not in application.stand
    assert not Exhibitor.objects.exists()
    join_request = JoinRequest.objects.get()
    organisation = charter_services.join_request_accept(join_request=join_request, by=staff)
    exhibitor = Exhibitor.objects.get()
    assert (exhibitor.organisation, exhibitor.edition, exhibitor.status) == (
        organisation,
        edition,
        ReviewStatus.SUBMITTED,
    )
    assert exhibitor.contact_email == "paul@example.org" and exhibitor.staff_count == 3


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ({"stand-staff_count": "0"}, "größer oder gleich 1"),
        ({"postcode": "123"}, "Postleitzahl"),
        ({"consent": ""}, "Ohne Ihre Einwilligung"),
    ],
)
def test_bad_input_in_either_part_saves_neither(client, extra, message):
    CharterFactory()
    field = FieldOfActionFactory()
    edition = EditionFactory()
    response = client.post(f"/bib/{edition.slug}/aussteller-neu/", _post(field, **extra))
    assert response.status_code == 200 and message in response.text
    assert not JoinRequest.objects.exists() and not ExhibitorApplication.objects.exists()


def test_a_declined_join_request_makes_no_exhibitor(client, staff):
    CharterFactory()
    edition = EditionFactory()
    client.post(f"/bib/{edition.slug}/aussteller-neu/", _post(FieldOfActionFactory()))
    charter_services.join_request_decline(join_request=JoinRequest.objects.get(), reason="Kein Bezug", by=staff)
    assert not Exhibitor.objects.exists()

"""Exhibitor entries on the shared review life cycle: register = submit, confirm = publish, changes as copies."""

import datetime

import pytest
from django.core import mail
from django.core.exceptions import ValidationError

from bildungsallianz.core.review.states import ReviewStatus
from bildungsallianz.fair import services
from bildungsallianz.fair.models import Exhibitor

from .factories import EditionFactory

pytestmark = pytest.mark.django_db

TODAY = datetime.date(2030, 5, 1)
DATA = {
    "internship_places": 2,
    "apprenticeship_places": 3,
    "dual_study_places": 0,
    "stand_size": "klein",
    "needs_power": True,
    "needs_table": True,
    "staff_count": 2,
    "contact_name": "Frau Ausbilderin",
    "contact_email": "ausbildung@firma.example",
}


def test_registering_submits_and_confirming_publishes_with_a_stand_number(org_a, editor_a, staff):
    edition = EditionFactory()
    exhibitor = services.exhibitor_register(edition=edition, organisation=org_a, data=DATA, by=editor_a, today=TODAY)
    assert exhibitor.status == ReviewStatus.SUBMITTED and not Exhibitor.objects.confirmed().exists()
    live = services.exhibitor_confirm(exhibitor=exhibitor, stand_number="A1", by=staff)
    assert live.is_confirmed and live.confirmed_at and live.stand_number == "A1"
    assert list(Exhibitor.objects.confirmed()) == [live]


def test_a_change_to_a_confirmed_entry_waits_as_a_copy_and_the_public_keeps_the_old_values(org_a, editor_a, staff):
    edition = EditionFactory()
    first = services.exhibitor_register(edition=edition, organisation=org_a, data=DATA, by=editor_a, today=TODAY)
    services.exhibitor_confirm(exhibitor=first, stand_number="A1", by=staff)
    copy = services.exhibitor_register(
        edition=edition, organisation=org_a, data={**DATA, "apprenticeship_places": 9}, by=editor_a, today=TODAY
    )
    assert copy.is_change_copy and copy.status == ReviewStatus.SUBMITTED
    assert Exhibitor.objects.confirmed().get().apprenticeship_places == 3
    with pytest.raises(ValidationError, match="gerade geprüft"):
        services.exhibitor_register(edition=edition, organisation=org_a, data=DATA, by=editor_a, today=TODAY)
    live = services.exhibitor_confirm(exhibitor=Exhibitor.objects.get(pk=first.pk), stand_number="A1", by=staff)
    assert live.pk == first.pk and live.apprenticeship_places == 9 and live.stand_number == "A1"
    assert Exhibitor.objects.count() == 1


def test_returning_sends_the_note_and_the_exhibitor_can_submit_again(
    org_a, editor_a, staff, django_capture_on_commit_callbacks
):
    edition = EditionFactory()
    exhibitor = services.exhibitor_register(edition=edition, organisation=org_a, data=DATA, by=editor_a, today=TODAY)
    with django_capture_on_commit_callbacks(execute=True):
        services.exhibitor_return(exhibitor=exhibitor, comment="Bitte Standgröße prüfen.", by=staff)
    assert Exhibitor.objects.get().status == ReviewStatus.RETURNED
    assert mail.outbox[-1].to == ["ausbildung@firma.example"] and "Standgröße" in mail.outbox[-1].body
    again = services.exhibitor_register(edition=edition, organisation=org_a, data=DATA, by=editor_a, today=TODAY)
    assert again.pk == exhibitor.pk and again.status == ReviewStatus.SUBMITTED


def test_a_return_without_note_is_refused_and_changes_nothing(org_a, editor_a, staff, client):
    edition = EditionFactory()
    exhibitor = services.exhibitor_register(edition=edition, organisation=org_a, data=DATA, by=editor_a, today=TODAY)
    client.force_login(staff)
    response = client.post(
        f"/bib/{edition.slug}/verwaltung/aussteller/zurueckgeben/", {"exhibitor": exhibitor.pk, "comment": ""}
    )
    assert response.status_code == 302
    assert Exhibitor.objects.get().status == ReviewStatus.SUBMITTED
    page = client.get(response["Location"])
    assert "Bitte schreiben Sie, was geändert werden soll." in page.text


def test_the_staff_page_shows_the_entry_with_its_state(org_a, editor_a, staff, client):
    edition = EditionFactory()
    services.exhibitor_register(edition=edition, organisation=org_a, data=DATA, by=editor_a, today=TODAY)
    client.force_login(staff)
    text = client.get(f"/bib/{edition.slug}/verwaltung/aussteller/").text
    assert "Organisation A" in text and "Zur Prüfung eingereicht" in text and "zurückgeben" in text

"""Public pages of the fair: registration in German and French, bad input, the teacher's link."""

import pytest
from django.core import mail

from bildungsallianz.fair import services
from bildungsallianz.fair.models import ClassRegistration

from .factories import ClassRegistrationFactory, EditionFactory, ExhibitorFactory, SchoolFactory

pytestmark = pytest.mark.django_db


def _post(edition, school, **extra):
    slots = list(edition.slots.order_by("position"))
    return {
        "school": school.pk,
        "class_name": "8c",
        "level": "8",
        "pupils": "22",
        "teachers": "2",
        "travel_minutes": "50",
        "contact_name": "Mme Martin",
        "contact_email": "martin@college.example",
        "preferred_slots": [slots[1].pk],
        "consent": "on",
        **extra,
    }


def test_a_french_teacher_registers_in_french_and_lands_on_the_manage_page(client):
    edition = EditionFactory()
    school = SchoolFactory(name="Collège Jean-Jacques Kieffer", city="Bitche", country="FR")
    form_page = client.get(f"/fr/bib/{edition.slug}/klasse-anmelden/")
    assert '<html lang="fr"' in form_page.text and "Nombre d&#x27;élèves" in form_page.text
    response = client.post(f"/fr/bib/{edition.slug}/klasse-anmelden/", _post(edition, school))
    assert response.status_code == 302
    registration = ClassRegistration.objects.get()
    assert registration.language == "fr"
    assert response["Location"].startswith("/fr/bib/")
    page = client.get(response["Location"])
    assert "Votre inscription" in page.text


def test_old_links_with_sprache_fr_lead_to_the_french_url_keeping_the_query(client):
    edition = EditionFactory()
    response = client.get(f"/bib/{edition.slug}/aussteller/?sprache=fr&q=Pflege")
    assert response.status_code == 302
    assert response["Location"] == f"/fr/bib/{edition.slug}/aussteller/?q=Pflege"


def test_bad_input_gives_german_messages_and_saves_nothing(client):
    edition = EditionFactory()
    school = SchoolFactory()
    slot = edition.slots.first()
    data = _post(edition, school, pupils="0", contact_email="keine-adresse", preferred_slots=[slot.pk])
    data["impossible_slots"] = [slot.pk]
    del data["consent"]
    response = client.post(f"/bib/{edition.slug}/klasse-anmelden/", data)
    assert response.status_code == 200
    text = response.text
    assert "gültige E-Mail-Adresse" in text
    assert "zugleich gewünscht und unmöglich" in text
    assert ClassRegistration.objects.count() == 0


def test_bad_input_in_french_gives_french_messages_and_links_stay_french(client):
    edition = EditionFactory()
    response = client.post(f"/fr/bib/{edition.slug}/klasse-anmelden/", {"school": ""})
    assert "Veuillez choisir votre établissement" in response.text
    assert 'href="/fr/angebote/' in response.text
    assert ClassRegistration.objects.count() == 0


def test_the_teacher_sees_the_slot_only_after_publication(client, staff):
    registration = ClassRegistrationFactory()
    url = services.class_manage_url(registration)
    assert "Der Zeitplan wird noch erstellt" in client.get(url).text
    services.schedule_run(edition=registration.edition, by=staff)
    services.schedule_publish(edition=registration.edition, by=staff)
    registration.refresh_from_db()
    assert registration.slot.label in client.get(url).text


def test_the_teacher_cancels_through_the_link_without_an_account(client, django_capture_on_commit_callbacks):
    registration = ClassRegistrationFactory()
    url = services.class_manage_url(registration)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url + "absagen/")
    assert response.status_code == 302
    registration.refresh_from_db()
    assert registration.is_cancelled
    assert len(mail.outbox) == 1


def test_the_directory_shows_confirmed_exhibitors_only_and_exports_csv(client, staff):
    edition = EditionFactory()
    confirmed = ExhibitorFactory(edition=edition, apprenticeship_places=3)
    services.exhibitor_confirm(exhibitor=confirmed, stand_number="B7", by=staff)
    waiting = ExhibitorFactory(edition=edition)
    page = client.get(f"/bib/{edition.slug}/aussteller/")
    assert confirmed.organisation.name in page.text and waiting.organisation.name not in page.text
    csv_text = client.get(f"/bib/{edition.slug}/aussteller.csv").content.decode("utf-8-sig")
    assert "B7;" + confirmed.organisation.name in csv_text


def test_an_editor_registers_their_organisation_as_exhibitor(client, editor_a, org_a):
    edition = EditionFactory()
    client.force_login(editor_a)
    response = client.post(
        f"/bib/{edition.slug}/aussteller-anmelden/",
        {
            "organisation": org_a.pk,
            "internship_places": "2",
            "apprenticeship_places": "4",
            "dual_study_places": "0",
            "stand_size": "mittel",
            "needs_power": "on",
            "staff_count": "3",
            "contact_name": "Anna A",
            "contact_email": "anna@example.org",
        },
    )
    assert response.status_code == 302
    assert edition.exhibitors.get().organisation == org_a


def test_an_editor_cannot_register_another_organisation(client, editor_a, org_b):
    edition = EditionFactory()
    client.force_login(editor_a)
    response = client.post(f"/bib/{edition.slug}/aussteller-anmelden/", {"organisation": org_b.pk})
    assert response.status_code == 200
    assert not edition.exhibitors.exists()


def test_staff_check_in_counts_people_in_the_hall(client, staff):
    registration = ClassRegistrationFactory()
    services.schedule_run(edition=registration.edition, by=staff)
    client.force_login(staff)
    client.post(f"/bib/{registration.edition.slug}/verwaltung/einlass/", {"registration": registration.pk})
    page = client.get(f"/bib/{registration.edition.slug}/verwaltung/einlass/")
    assert "In der Halle: 26 von 26 Personen" in page.text


def test_the_schedule_page_has_a_chart_and_its_table(client, staff):
    registration = ClassRegistrationFactory()
    services.schedule_run(edition=registration.edition, by=staff)
    client.force_login(staff)
    page = client.get(f"/bib/{registration.edition.slug}/verwaltung/")
    assert 'role="img"' in page.text and "Belegung je Zeitfenster" in page.text

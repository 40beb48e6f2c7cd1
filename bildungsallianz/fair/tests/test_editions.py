"""The back-office form for editions: dates, hall, slots, registration windows, published."""

import datetime

import pytest

from bildungsallianz.fair.models import Edition, Slot

from .factories import ClassRegistrationFactory, EditionFactory

pytestmark = pytest.mark.django_db


def _post(**extra):
    data = {
        "title": "Berufsinformationsbörse 2029",
        "slug": "bib-2029",
        "date": "2029-09-20",
        "venue": "Messe Pirmasens",
        "hall_capacity": "900",
        "long_travel_minutes": "40",
        "exhibitors_open": "2028-11-01",
        "exhibitors_close": "2029-06-30",
        "schools_open": "2028-11-01",
        "schools_close": "2029-07-15",
        "is_published": "on",
        "zeitfenster-TOTAL_FORMS": "3",
        "zeitfenster-INITIAL_FORMS": "0",
        "zeitfenster-MIN_NUM_FORMS": "0",
        "zeitfenster-MAX_NUM_FORMS": "12",
        "zeitfenster-0-starts_at": "10:00",
        "zeitfenster-0-ends_at": "12:00",
        "zeitfenster-1-starts_at": "08:00",
        "zeitfenster-1-ends_at": "10:00",
    }
    data.update(extra)
    return data


def test_staff_create_an_edition_with_slots_numbered_by_their_start(client, staff):
    client.force_login(staff)
    assert "Neue Ausgabe der BIB" in client.get("/bib/verwaltung/neu/").text
    response = client.post("/bib/verwaltung/neu/", _post())
    assert response.status_code == 302 and response["Location"] == "/bib/bib-2029/verwaltung/"
    edition = Edition.objects.get(slug="bib-2029")
    assert edition.is_published and edition.hall_capacity == 900
    assert [s.label for s in edition.slots.order_by("position")] == ["08:00–10:00", "10:00–12:00"]
    assert "bib-2029" in client.get("/bib/verwaltung/").text


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ({"zeitfenster-0-ends_at": "09:00"}, "endet vor seinem Beginn"),
        ({"zeitfenster-0-starts_at": "09:00"}, "überschneiden sich"),
        ({"schools_close": "2028-01-01"}, "Das Ende liegt vor dem Beginn"),
        ({"slug": "verwaltung"}, "reserviert"),
        ({"hall_capacity": "0"}, "größer oder gleich 1"),
        (
            {
                "zeitfenster-0-starts_at": "",
                "zeitfenster-0-ends_at": "",
                "zeitfenster-1-starts_at": "",
                "zeitfenster-1-ends_at": "",
            },
            "mindestens ein Zeitfenster",
        ),
        ({"zeitfenster-0-starts_at": "25:99"}, "gültige Uhrzeit"),
    ],
)
def test_bad_edition_input_gives_a_german_message_and_saves_nothing(client, staff, extra, message):
    client.force_login(staff)
    response = client.post("/bib/verwaltung/neu/", _post(**extra))
    assert response.status_code == 200
    assert message in response.text
    assert not Edition.objects.exists() and not Slot.objects.exists()


def test_a_slot_with_planned_classes_cannot_be_removed_and_nothing_changes(client, staff):
    edition = EditionFactory(slots=2, hall_capacity=100)
    first, second = edition.slots.order_by("position")
    ClassRegistrationFactory(edition=edition, slot=second)
    client.force_login(staff)
    data = _post(
        slug=edition.slug,
        title="Neuer Titel",
        **{
            "zeitfenster-TOTAL_FORMS": "2",
            "zeitfenster-INITIAL_FORMS": "2",
            "zeitfenster-0-id": str(first.pk),
            "zeitfenster-0-starts_at": "08:00",
            "zeitfenster-0-ends_at": "10:00",
            "zeitfenster-1-id": str(second.pk),
            "zeitfenster-1-starts_at": "10:00",
            "zeitfenster-1-ends_at": "12:00",
            "zeitfenster-1-DELETE": "on",
        },
    )
    response = client.post(f"/bib/{edition.slug}/verwaltung/ausgabe/", data)
    assert "sind Klassen eingeplant" in response.text
    edition.refresh_from_db()
    assert edition.title != "Neuer Titel" and edition.slots.count() == 2


def test_staff_move_and_add_slots_of_an_existing_edition(client, staff):
    edition = EditionFactory(slots=2, date=datetime.date(2030, 9, 18))
    first, second = edition.slots.order_by("position")
    client.force_login(staff)
    data = _post(
        slug=edition.slug,
        **{
            "zeitfenster-TOTAL_FORMS": "3",
            "zeitfenster-INITIAL_FORMS": "2",
            "zeitfenster-0-id": str(first.pk),
            "zeitfenster-0-starts_at": "12:00",
            "zeitfenster-0-ends_at": "14:00",
            "zeitfenster-1-id": str(second.pk),
            "zeitfenster-1-starts_at": "10:00",
            "zeitfenster-1-ends_at": "12:00",
            "zeitfenster-2-starts_at": "08:00",
            "zeitfenster-2-ends_at": "10:00",
        },
    )
    assert client.post(f"/bib/{edition.slug}/verwaltung/ausgabe/", data).status_code == 302
    slots = list(edition.slots.order_by("position"))
    assert [s.label for s in slots] == ["08:00–10:00", "10:00–12:00", "12:00–14:00"]
    assert slots[1].pk == second.pk and slots[2].pk == first.pk

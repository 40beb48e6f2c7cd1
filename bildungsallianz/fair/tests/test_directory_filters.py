"""The public exhibitor directory filters by occupation area (KldB 2010), sector and places offered."""

import pytest

from bildungsallianz.fair import services
from bildungsallianz.offers.models import Occupation

from .factories import EditionFactory, ExhibitorFactory

pytestmark = pytest.mark.django_db


def _confirmed(edition, stand, name, sector, code, title, **places):
    exhibitor = ExhibitorFactory(edition=edition, organisation__name=name, organisation__sector=sector, **places)
    occupation, _ = Occupation.objects.get_or_create(code=code, defaults={"title": title})
    exhibitor.occupations.set([occupation])
    return services.exhibitor_confirm(exhibitor=exhibitor, stand_number=stand, by=None)


def test_the_directory_filters_by_occupation_area_sector_and_places(client):
    edition = EditionFactory()
    _confirmed(
        edition,
        "A1",
        "Klinikum Pirmasens",
        "unternehmen",
        "81302",
        "Gesundheits- und Krankenpflege",
        apprenticeship_places=5,
    )
    _confirmed(edition, "A2", "Stadtverwaltung Pirmasens", "kommune", "73202", "Verwaltung", internship_places=2)
    url = f"/bib/{edition.slug}/aussteller/"
    health = client.get(url, {"bereich": "8"}).text
    assert "Klinikum Pirmasens" in health and "Stadtverwaltung" not in health
    city = client.get(url, {"sektor": "kommune"}).text
    assert "Stadtverwaltung Pirmasens" in city and "Klinikum" not in city
    places = client.get(url, {"places": "internship_places"}).text
    assert "Stadtverwaltung Pirmasens" in places and "Klinikum" not in places
    csv = client.get(f"/bib/{edition.slug}/aussteller.csv", {"bereich": "8"}).content.decode("utf-8-sig")
    assert "Klinikum" in csv and "Stadtverwaltung" not in csv


def test_an_unknown_filter_value_is_ignored_with_a_german_message(client):
    edition = EditionFactory()
    response = client.get(f"/bib/{edition.slug}/aussteller/", {"bereich": "x"})
    assert response.status_code == 200 and "keine gültige Auswahl" in response.text

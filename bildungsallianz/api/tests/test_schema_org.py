"""schema.org markup for harvesters: partners and fair editions (offers and events test their own)."""

import json
import re

import pytest

from bildungsallianz.fair.tests.factories import EditionFactory
from bildungsallianz.organisations.tests.factories import OrganisationFactory

pytestmark = pytest.mark.django_db


def _json_ld(response) -> dict:
    match = re.search(r'<script type="application/ld\+json"[^>]*>(.*?)</script>', response.content.decode(), re.S)
    assert match, "no JSON-LD on the page"
    return json.loads(match.group(1))


def test_a_school_is_an_educational_organization_and_a_company_an_organization(client):
    OrganisationFactory(name="BBS Pirmasens", slug="bbs", sector="berufsbildende_schule", city="Pirmasens")
    OrganisationFactory(name="Schuhfabrik </script>", slug="fabrik", sector="unternehmen")
    school = _json_ld(client.get("/partner/bbs/"))
    assert school["@type"] == "EducationalOrganization"
    assert school["address"]["addressLocality"] == "Pirmasens"
    company_page = client.get("/partner/fabrik/")
    assert "Schuhfabrik </script>" not in company_page.content.decode().split("<body")[0]
    company = _json_ld(company_page)
    assert company["@type"] == "Organization"
    assert company["name"] == "Schuhfabrik </script>"


def test_a_fair_edition_is_an_education_event_from_first_to_last_slot(client):
    edition = EditionFactory(is_published=True)
    data = _json_ld(client.get(edition.get_absolute_url()))
    assert data["@type"] == "EducationEvent"
    assert data["startDate"].startswith(edition.date.isoformat())
    assert data["location"]["name"] == edition.venue

"""The public partner directory and profiles (charter: they show signatures and commitments)."""

import pytest
from django.urls import reverse
from django.utils import timezone

from bildungsallianz.charter.models import Commitment
from bildungsallianz.charter.tests.factories import CharterFactory, FieldOfActionFactory, SignatureFactory
from bildungsallianz.organisations.tests.factories import ContactFactory, OrganisationFactory


@pytest.fixture
def directory(db):
    charter = CharterFactory()
    field = FieldOfActionFactory(slug="bildung-wirtschaft", title="Kooperation von Bildung und Wirtschaft")
    school = OrganisationFactory(name="Hugo-Ball-Gymnasium", slug="hbg", sector="schule")
    company = OrganisationFactory(name="Schuhfabrik Beispiel", slug="schuh", sector="unternehmen")
    OrganisationFactory(name="Geheimer Partner", slug="geheim", is_public=False)
    SignatureFactory(charter=charter, organisation=school)
    Commitment.objects.create(organisation=company, field_of_action=field, text="Praktika anbieten")
    return {"school": school, "company": company, "field": field}


def names(response):
    return [o.name for o in response.context["page"]]


def test_the_directory_lists_public_partners_only(client, directory):
    response = client.get(reverse("charter:partner_list"))
    assert names(response) == ["Hugo-Ball-Gymnasium", "Schuhfabrik Beispiel"]
    assert "Geheimer Partner" not in response.content.decode()
    assert "2 Partner gefunden" in response.content.decode()


def test_the_directory_filters_by_sector_field_of_action_and_name(client, directory):
    url = reverse("charter:partner_list")
    assert names(client.get(url, {"bereich": "schule"})) == ["Hugo-Ball-Gymnasium"]
    assert names(client.get(url, {"handlungsfeld": "bildung-wirtschaft"})) == ["Schuhfabrik Beispiel"]
    assert names(client.get(url, {"q": "ball"})) == ["Hugo-Ball-Gymnasium"]
    assert names(client.get(url, {"q": "nichts passt"})) == []


def test_the_directory_shows_the_signing_date(client, directory):
    html = client.get(reverse("charter:partner_list")).content.decode()
    assert "Charta unterzeichnet am 29.08.2025" in html


def test_the_directory_returns_only_the_results_for_htmx(client, directory):
    response = client.get(
        reverse("charter:partner_list"), {"q": "ball"}, HTTP_HX_REQUEST="true", HTTP_HX_TARGET="results"
    )
    html = response.content.decode()
    assert "<html" not in html
    assert "Hugo-Ball-Gymnasium" in html


def test_the_directory_costs_a_constant_number_of_queries(client, directory, django_assert_max_num_queries):
    url = reverse("charter:partner_list")
    with django_assert_max_num_queries(12) as small:
        client.get(url)
    for n in range(40):
        organisation = OrganisationFactory(name=f"Betrieb {n:02d}", slug=f"betrieb-{n}")
        SignatureFactory(charter=directory["school"].signatures.first().charter, organisation=organisation)
    with django_assert_max_num_queries(len(small.captured_queries)):
        response = client.get(url)
    assert len(response.context["page"]) == 30


def test_a_profile_shows_contacts_only_with_their_consent(client, directory):
    school = directory["school"]
    ContactFactory(organisation=school, name="Ohne Einwilligung")
    ContactFactory(
        organisation=school, name="Mit Einwilligung", consent_public=True, consent_recorded_at=timezone.now()
    )
    html = client.get(school.get_absolute_url()).content.decode()
    assert "Mit Einwilligung" in html
    assert "Ohne Einwilligung" not in html
    assert "Hat die Charta (Fassung 2025) am 29.08.2025 unterzeichnet." in html

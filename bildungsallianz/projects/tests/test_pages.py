"""Portfolio, landscape, charter thread and partner profiles: content and constant query counts."""

import pytest

from bildungsallianz.charter.tests.factories import CharterFactory, FieldOfActionFactory, TargetGroupFactory
from bildungsallianz.organisations.tests.factories import OrganisationFactory
from bildungsallianz.projects.models import Project

from .factories import MilestoneFactory, ProjectFactory

pytestmark = pytest.mark.django_db


def _projects(n, field, group, org):
    for _ in range(n):
        project = ProjectFactory(lead_organisation=org)
        project.fields_of_action.add(field)
        project.target_groups.add(group)
        project.partners.add(OrganisationFactory())
        MilestoneFactory(project=project, done=True)


def test_the_portfolio_filters_by_field_status_and_organisation(client, org_a, org_b):
    field = FieldOfActionFactory(slug="eltern")
    a = ProjectFactory(title="Elternprojekt", lead_organisation=org_a, status=Project.State.PLANNING)
    a.fields_of_action.add(field)
    ProjectFactory(title="Anderes", lead_organisation=org_b)
    page = client.get("/projekte/", {"handlungsfeld": "eltern"}).content.decode()
    assert "Elternprojekt" in page and "Anderes" not in page
    page = client.get("/projekte/", {"organisation": org_b.slug}).content.decode()
    assert "Anderes" in page and "Elternprojekt" not in page
    page = client.get("/projekte/", {"status": "planung"}).content.decode()
    assert "Elternprojekt" in page and "Anderes" not in page


def test_the_portfolio_costs_the_same_queries_as_it_grows(client, org_a, django_assert_max_num_queries):
    field, group = FieldOfActionFactory(), TargetGroupFactory()
    _projects(2, field, group, org_a)
    with django_assert_max_num_queries(30) as small:
        client.get("/projekte/")
    _projects(25, field, group, org_a)
    with django_assert_max_num_queries(len(small.captured_queries)):
        client.get("/projekte/")


def test_the_landscape_counts_projects_per_field_and_target_group_and_links_to_the_list(client, org_a):
    field, group = FieldOfActionFactory(slug="feld"), TargetGroupFactory(slug="gruppe")
    _projects(3, field, group, org_a)
    page = client.get("/projekte/landkarte/").content.decode()
    assert "3 Projekte" in page and "/projekte/?handlungsfeld=feld&amp;zielgruppe=gruppe" in page


def test_the_landscape_costs_the_same_queries_as_it_grows(client, org_a, django_assert_max_num_queries):
    field, group = FieldOfActionFactory(), TargetGroupFactory()
    _projects(1, field, group, org_a)
    with django_assert_max_num_queries(30) as small:
        client.get("/projekte/landkarte/")
    _projects(20, field, group, org_a)
    with django_assert_max_num_queries(len(small.captured_queries)):
        client.get("/projekte/landkarte/")


def test_the_charter_page_shows_projects_under_their_field_with_constant_queries(
    client, org_a, site_pages, django_assert_max_num_queries
):
    CharterFactory()
    field, group = FieldOfActionFactory(title="Übergang"), TargetGroupFactory()
    project = ProjectFactory(title="Sichtbares Projekt", status=Project.State.RUNNING, lead_organisation=org_a)
    project.fields_of_action.add(field)
    with django_assert_max_num_queries(60) as small:
        page = client.get("/charta/").content.decode()
    assert "Sichtbares Projekt" in page and "Umsetzung" in page
    _projects(15, field, group, org_a)
    with django_assert_max_num_queries(len(small.captured_queries)):
        client.get("/charta/")


def test_a_partner_profile_lists_the_projects_it_leads_or_joins(client, org_a, org_b):
    project = ProjectFactory(title="Gemeinsam", lead_organisation=org_a)
    project.partners.add(org_b)
    assert "Gemeinsam" in client.get(f"/partner/{org_b.slug}/").content.decode()
    assert "federführend" in client.get(f"/partner/{org_a.slug}/").content.decode()


def test_the_portfolio_and_workshop_pages_speak_english_under_en(client):
    from django.utils import translation

    from bildungsallianz.cooperation.tests.factories import WorkshopFactory

    WorkshopFactory(slug="ws")
    try:
        assert "Map: fields of action and target groups" in client.get("/en/projekte/").content.decode()
        assert "Wall view for the projector" in client.get("/en/werkstatt/ws/").content.decode()
    finally:
        translation.activate("de")


def test_a_news_page_links_its_public_projects(client, site_pages):
    from bildungsallianz.pages.models import NewsPage

    news = NewsPage.objects.live().first()
    shown = ProjectFactory(title="Erfolgreiches Projekt")
    hidden = ProjectFactory(title="Internes Projekt", is_public=False)
    news.projects.add(shown, hidden)
    news.save()
    page = client.get(news.url).content.decode()
    assert "Erfolgreiches Projekt" in page and "Internes Projekt" not in page

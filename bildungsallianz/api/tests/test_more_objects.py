"""Projects, events and the fair in the API; sitemap.xml with hreflang alternates; robots.txt."""

from xml.etree import ElementTree as etree

import pytest

from bildungsallianz.core.review.states import ReviewStatus
from bildungsallianz.events.tests.factories import EventFactory
from bildungsallianz.projects.tests.factories import MilestoneFactory, ProgressUpdateFactory, ProjectFactory

pytestmark = pytest.mark.django_db
NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


def test_public_projects_show_milestone_progress_and_only_public_updates(client, org_a):
    project = ProjectFactory(title="Mentoring", slug="mentoring", lead_organisation=org_a)
    MilestoneFactory(project=project, done=True)
    MilestoneFactory(project=project, done=False)
    ProgressUpdateFactory(project=project, text="Öffentlich", is_public=True)
    ProgressUpdateFactory(project=project, text="Intern", is_public=False)
    ProjectFactory(title="Geheim", slug="geheim", lead_organisation=org_a, is_public=False)
    body = client.get("/api/v1/projects").json()
    assert [p["slug"] for p in body["items"]] == ["mentoring"]
    item = body["items"][0]
    assert item["progress"] == 50
    assert [u["text"] for u in item["updates"]] == ["Öffentlich"]
    assert client.get("/api/v1/projects/geheim").status_code == 404


@pytest.mark.parametrize("status", [ReviewStatus.DRAFT, ReviewStatus.SUBMITTED, ReviewStatus.RETURNED])
def test_only_published_events_are_in_the_api(client, org_a, status):
    EventFactory(organiser=org_a, slug="offen", title="Offen")
    EventFactory(organiser=org_a, slug="nicht-offen", title="Nicht offen", status=status)
    assert [e["slug"] for e in client.get("/api/v1/events").json()["items"]] == ["offen"]
    assert client.get("/api/v1/events/nicht-offen").status_code == 404
    assert client.get("/api/v1/events/offen").json()["ical_url"].endswith("/veranstaltungen/offen/kalender.ics")


def test_the_sitemap_lists_public_pages_with_alternates_for_every_language(client, org_a, site_pages):
    EventFactory(organiser=org_a, slug="infoabend")
    ProjectFactory(slug="geheim", lead_organisation=org_a, is_public=False)
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    tree = etree.fromstring(response.content)
    locations = [loc.text for loc in tree.findall("s:url/s:loc", NS)]
    assert any(loc.endswith("/veranstaltungen/infoabend/") for loc in locations)
    assert any(loc.endswith("/en/veranstaltungen/infoabend/") for loc in locations)
    assert not any("geheim" in loc for loc in locations)
    assert any(loc.endswith("/partner/organisation-a/") for loc in locations)
    entry = next(u for u in tree.findall("s:url", NS) if u.find("s:loc", NS).text.endswith("/angebote/"))
    languages = {link.get("hreflang") for link in entry.findall("x:link", NS)}
    assert {"de", "en", "fr", "x-default"} <= languages
    assert any(loc.endswith("/fr/veranstaltungen/infoabend/") for loc in locations)


def test_cms_pages_in_the_sitemap_carry_alternates_for_every_ui_language(client, site_pages):
    tree = etree.fromstring(client.get("/sitemap.xml").content)
    home = next(u for u in tree.findall("s:url", NS) if u.find("s:loc", NS).text == "http://testserver/")
    links = {link.get("hreflang"): link.get("href") for link in home.findall("x:link", NS)}
    assert links["fr"] == "http://testserver/fr/" and links["x-default"] == "http://testserver/"


def test_robots_txt_keeps_crawlers_out_of_private_areas_and_names_the_sitemap(client):
    text = client.get("/robots.txt").content.decode()
    assert "Disallow: /cms/" in text
    assert "Disallow: /konto/" in text
    assert "Disallow: /en/konto/" in text
    assert "Disallow: /fr/konto/" in text
    assert "Sitemap: http://testserver/sitemap.xml" in text

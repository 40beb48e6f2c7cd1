"""The Wagtail pages: home, news, the standard and legally required pages, the demo seed."""

import datetime

import pytest
from wagtail.models import Page

from bildungsallianz.pages import demo
from bildungsallianz.pages.models import AccessibilityStatementPage, HomePage, NewsIndexPage, NewsPage, StandardPage

pytestmark = pytest.mark.django_db


def test_the_demo_pages_exist_once_and_seeding_again_changes_nothing(site_pages):
    before = Page.objects.count()
    demo.seed()
    assert Page.objects.count() == before
    assert HomePage.objects.count() == 1
    assert set(StandardPage.objects.values_list("legal_role", flat=True)) == {"impressum", "datenschutz"}
    assert AccessibilityStatementPage.objects.count() == 1
    assert NewsIndexPage.objects.count() == 1 and NewsPage.objects.count() >= 2


def test_the_home_page_shows_the_key_figures_of_the_alliance(client, site_pages, org_a, org_b):
    from bildungsallianz.charter.tests.factories import CharterFactory, FieldOfActionFactory, SignatureFactory
    from bildungsallianz.organisations.tests.factories import OrganisationFactory

    charter = CharterFactory()
    SignatureFactory(charter=charter, organisation=org_a, confirmed=True)
    SignatureFactory(charter=charter, organisation=org_b, confirmed=False)
    FieldOfActionFactory()
    OrganisationFactory(name="Verborgen", slug="verborgen", is_public=False)
    response = client.get("/")
    assert response.status_code == 200
    assert response.context["figures"] == {"partners": 2, "signatures": 1, "fields_of_action": 1}
    html = response.content.decode()
    assert "<strong>2</strong> Partner" in html
    assert "<strong>1</strong> Unterzeichnungen der Charta" in html


def test_the_home_page_shows_the_three_newest_news_items(client, site_pages):
    index = NewsIndexPage.objects.get()
    for day in (1, 2, 3):
        index.add_child(
            instance=NewsPage(
                title=f"Meldung {day}",
                slug=f"meldung-{day}",
                date=datetime.date(2030, 1, day),
                intro="x",
                body="<p>x</p>",
            )
        )
    news = list(client.get("/").context["news"])
    assert [item.title for item in news] == ["Meldung 3", "Meldung 2", "Meldung 1"]


def test_the_news_index_lists_live_news_newest_first_and_hides_drafts(client, site_pages):
    index = NewsIndexPage.objects.get()
    draft = index.add_child(
        instance=NewsPage(
            title="Noch geheim", slug="geheim", date=datetime.date(2031, 1, 1), intro="x", body="<p>x</p>"
        )
    )
    draft.unpublish()
    response = client.get("/aktuelles/")
    dates = [item.date for item in response.context["news"]]
    assert dates == sorted(dates, reverse=True)
    assert "Noch geheim" not in response.content.decode()
    assert client.get("/aktuelles/geheim/").status_code == 404


def test_a_news_page_shows_its_date_intro_and_text(client, site_pages):
    html = client.get("/aktuelles/charta-unterzeichnet/").content.decode()
    assert '<time datetime="2025-08-29">29. August 2025</time>' in html
    page = NewsPage.objects.get(slug="charta-unterzeichnet")
    assert page.title in html and page.intro in html


@pytest.mark.parametrize(
    ("url", "heading"),
    [
        ("/impressum/", "Impressum"),
        ("/datenschutz/", "Datenschutzerklärung"),
        ("/barrierefreiheit/", "Erklärung zur Barrierefreiheit"),
    ],
)
def test_the_legal_pages_are_reachable_and_linked_in_every_footer(client, site_pages, url, heading):
    assert heading in client.get(url).content.decode()
    footer = client.get("/mitmachen/").content.decode().split("<footer", 1)[1]
    assert f'href="{url}">{heading}</a>' in footer


def test_a_standard_page_that_is_not_a_legal_page_stays_out_of_the_footer(client, site_pages):
    home = HomePage.objects.get()
    home.add_child(instance=StandardPage(title="Über uns", slug="ueber-uns", body="<p>Wir.</p>"))
    assert "Wir." in client.get("/ueber-uns/").content.decode()
    footer = client.get("/").content.decode().split("<footer", 1)[1]
    assert "Über uns" not in footer and 'href="/impressum/"' in footer


def test_the_english_home_page_keeps_german_content_marked_as_german(client, site_pages):
    html = client.get("/en/").content.decode()
    assert 'lang="de"' in html

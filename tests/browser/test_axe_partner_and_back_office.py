"""axe on the partner area and on the Bildungsbüro's back-office screens the platform adds,
in every UI language (issue 14). The languages come from ``settings.LANGUAGES``.

Back office: axe checks the whole page, Wagtail's chrome (sidebar, header) included — it had no
violations on these screens. Should a Wagtail upgrade bring some, scope the check to our content
region with ``axe_check(..., include="main")`` and report upstream (docs/accessibility.md).
"""

import datetime

import pytest
from django.conf import settings
from django.core.management import call_command

from tests.browser.conftest import _new_page, axe_check

pytestmark = pytest.mark.django_db(transaction=True)

LANGUAGES = [code for code, _name in settings.LANGUAGES]


def _prefix(language):
    return "" if language == settings.LANGUAGE_CODE else f"/{language}"


@pytest.fixture
def world(transactional_db, org_a, editor_a, staff):
    call_command("createcachetable", verbosity=0)
    from bildungsallianz.charter import demo as charter_demo
    from bildungsallianz.charter.tests.factories import JoinRequestFactory
    from bildungsallianz.core.review.states import ReviewStatus
    from bildungsallianz.fair.tests.factories import EditionFactory
    from bildungsallianz.offers.tests.factories import OfferFactory
    from bildungsallianz.pages import demo as pages_demo
    from bildungsallianz.pages.models import AccessibilityFeedback

    charter_demo.seed()
    pages_demo.seed()
    offer = OfferFactory(provider=org_a, title="Bewerbungstraining", slug="bewerbungstraining")
    submitted = OfferFactory(provider=org_a, title="Ferienpraktikum", status=ReviewStatus.SUBMITTED)
    join_request = JoinRequestFactory()
    EditionFactory(slug="bib-test", title="BIB Test", hall_capacity=100)
    AccessibilityFeedback.objects.create(
        message="Der Kontrast der Filter ist zu schwach.",
        consent_at=datetime.datetime(2026, 11, 30, tzinfo=datetime.UTC),
    )
    return {"offer": offer, "submitted": submitted, "join_request": join_request, "org": org_a}


def partner_pages(world):
    return [
        "/konto/",
        "/konto/api-schluessel/",
        "/angebote/verwalten/",
        "/angebote/neu/",
        f"/angebote/{world['offer'].slug}/bearbeiten/",
        f"/partner/{world['org'].slug}/bearbeiten/",
        "/veranstaltungen/verwalten/",
        "/veranstaltungen/neu/",
    ]


def back_office_pages(world):
    return [
        "/cms/",
        "/cms/beitrittsantraege/",
        f"/cms/beitrittsantraege/{world['join_request'].pk}/entscheiden/",
        "/cms/unterzeichnungen-aenderungen/",
        "/cms/angebote-pruefen/",
        f"/cms/angebote-pruefen/{world['submitted'].pk}/",
        "/cms/angebote-pruefen/import/",
        "/cms/projekte/",
        "/cms/projekte/import/",
        "/cms/importlaeufe/",
        "/cms/importlaeufe/hochladen/",
        "/cms/datenschutz/",
        "/cms/suchanfragen/",
        "/cms/rueckmeldungen-barrierefreiheit/",
        "/cms/uebersetzungen/",
        "/cms/berichte/",
    ]


# Staff screens outside /cms/ (with the site's language prefix): event review, the fair's planning.
STAFF_SITE_PAGES = [
    "/veranstaltungen/pruefen/",
    "/bib/bib-test/verwaltung/",
    "/bib/bib-test/verwaltung/listen/",
    "/bib/bib-test/verwaltung/einlass/",
    "/bib/bib-test/verwaltung/aussteller/",
]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_partner_area_has_no_axe_violations(
    browser, live_server, foreign_requests, login, world, editor_a, language
):
    context, page = _new_page(browser, live_server, foreign_requests)
    login(page, editor_a)
    for path in partner_pages(world):
        response = page.goto(live_server.url + _prefix(language) + path)
        assert response.status == 200, path
        assert page.locator("html").get_attribute("lang") == language
        axe_check(page, context=f"{language} {path}")
    context.close()


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_back_office_screens_we_add_have_no_axe_violations(
    browser, live_server, foreign_requests, login, world, staff, language
):
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(staff)
    profile.preferred_language = language
    profile.save()
    context, page = _new_page(browser, live_server, foreign_requests)
    login(page, staff)
    paths = back_office_pages(world) + [_prefix(language) + path for path in STAFF_SITE_PAGES]
    for path in paths:
        response = page.goto(live_server.url + path)
        assert response.status == 200, path
        assert page.locator("html").get_attribute("lang").startswith(language), path
        axe_check(page, context=f"{language} {path}")
    context.close()

"""Bildungsportal in a real browser: a young person on a phone, and the review flow."""

import re

import pytest
from django.core.management import call_command

from tests.browser.conftest import _new_page, axe_check

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def demo(transactional_db):
    call_command("createcachetable", verbosity=0)
    from bildungsallianz.charter import demo as charter_demo
    from bildungsallianz.offers import demo as offers_demo

    charter_demo.seed()
    offers_demo.seed()


def _settled(page):
    """Wait until htmx has finished swapping the results."""
    page.wait_for_function("() => !document.querySelector('.htmx-request, .htmx-swapping, .htmx-settling')")


def test_a_young_person_finds_an_internship_in_care_on_a_phone(phone_page, live_server, demo):
    page = phone_page
    page.goto(live_server.url + "/angebote/")
    axe_check(page, context="Angebote")
    page.get_by_label("Suchbegriff").fill("praktikum pflege")
    page.get_by_role("button", name="Suchen").click()
    page.wait_for_url(re.compile(r"q=praktikum(\+|%20)pflege"))
    axe_check(page, context="Suchergebnis")

    page.locator("summary", has_text="Filter").click()
    page.get_by_label("Alter").select_option("15")
    page.wait_for_url("**alter=15**")
    _settled(page)
    page.get_by_label("Kosten").select_option("kostenlos")
    page.wait_for_url("**kosten=kostenlos**")
    _settled(page)
    assert re.search(r"q=praktikum(\+|%20)pflege", page.url) and "alter=15" in page.url
    assert "zielgruppe=" not in page.url  # empty filters stay out of the shared URL
    results = page.locator("#results .offer-card")
    assert results.count() >= 1
    axe_check(page, context="gefiltert")

    page.get_by_role("link", name="Schülerpraktikum in der Pflege").click()
    page.wait_for_url("**/angebote/schuelerpraktikum-pflege-krankenhaus/")
    assert page.get_by_role("heading", level=1).inner_text() == "Schülerpraktikum in der Pflege"
    axe_check(page, context="Angebot")

    page.get_by_role("link", name="Merken").click()
    page.get_by_text("Auf der Merkliste ✓").first.wait_for()
    with page.expect_download() as download_info:
        page.get_by_role("link", name="In den Kalender").click()
    download = download_info.value
    assert download.suggested_filename.endswith(".ics")
    with open(download.path(), "rb") as calendar_file:
        assert b"BEGIN:VCALENDAR" in calendar_file.read()

    page.goto(live_server.url + "/angebote/merkliste/")
    page.wait_for_url("**ids=schuelerpraktikum-pflege-krankenhaus**")
    assert page.get_by_role("link", name="Schülerpraktikum in der Pflege").is_visible()
    axe_check(page, context="Merkliste")

    page.go_back()
    page.go_back()
    page.wait_for_url("**kosten=kostenlos**")


def test_filters_work_without_javascript(browser, live_server, foreign_requests, demo):
    context, page = _new_page(browser, live_server, foreign_requests, java_script_enabled=False)
    page.goto(live_server.url + "/angebote/?q=sprachkurs")
    page.locator("summary", has_text="Filter").click()
    page.get_by_label("Sprache des Angebots").select_option("ar")
    page.get_by_role("button", name="Filter anwenden").click()
    page.wait_for_url("**sprache=ar**")
    assert "Angebote gefunden" in page.locator("#results-heading").inner_text() or page.locator(".offer-card").count()
    context.close()
    assert foreign_requests == []


def test_an_offer_goes_from_draft_through_review_to_search(
    page, browser, live_server, login, editor_a, staff, foreign_requests
):
    # editor of organisation A drafts and submits
    login(page, editor_a)
    page.goto(live_server.url + "/angebote/neu/")
    axe_check(page, context="Neues Angebot")
    page.get_by_label("Anbieter").select_option(label="Organisation A")
    page.get_by_label("Titel").fill("Ferienpraktikum Gärtnerei")
    page.get_by_label("Art des Angebots").select_option("praktikum")
    page.get_by_label("Kurzbeschreibung").fill("Zwei Wochen draußen arbeiten.")
    page.get_by_role("button", name="Entwurf speichern").click()
    page.wait_for_url("**/angebote/verwalten/")
    axe_check(page, context="Verwalten")
    page.get_by_role("button", name="Einreichen").click()
    page.get_by_text("Eingereicht.").wait_for()

    # staff returns it with a comment in the back office
    staff_context, staff_page = _new_page(browser, live_server, foreign_requests)
    login(staff_page, staff)
    staff_page.goto(live_server.url + "/cms/angebote-pruefen/")
    staff_page.get_by_role("link", name="Ferienpraktikum Gärtnerei").click()
    staff_page.get_by_label("Was soll geändert werden?").fill("Bitte nennen Sie das Mindestalter.")
    staff_page.get_by_role("button", name="Mit Anmerkung zurückgeben").click()
    staff_page.get_by_text("Zurückgegeben").first.wait_for()

    # the editor sees the comment, fixes and resubmits
    page.goto(live_server.url + "/angebote/verwalten/")
    assert page.get_by_text("Bitte nennen Sie das Mindestalter.").is_visible()
    page.get_by_role("link", name="Bearbeiten").first.click()
    page.get_by_label("Alter von").fill("14")
    page.get_by_role("button", name="Entwurf speichern").click()
    page.wait_for_url("**/angebote/verwalten/")
    page.get_by_role("button", name="Einreichen").click()
    page.get_by_text("Eingereicht.").wait_for()

    # staff publishes
    staff_page.goto(live_server.url + "/cms/angebote-pruefen/")
    staff_page.get_by_role("link", name="Ferienpraktikum Gärtnerei").click()
    staff_page.get_by_role("button", name="Veröffentlichen").click()
    staff_page.get_by_text("ist veröffentlicht").first.wait_for()
    staff_context.close()

    # anybody finds it
    page.goto(live_server.url + "/angebote/?q=gaertnerei")
    assert page.get_by_role("link", name="Ferienpraktikum Gärtnerei").is_visible()


def test_the_bildungsportal_in_french_has_no_accessibility_violations(page, live_server, demo):
    from bildungsallianz.offers.models import Offer

    offer = Offer.objects.published().order_by("pk").first()
    for path in ["/fr/angebote/", "/fr/angebote/?q=pflege", f"/fr/angebote/{offer.slug}/", "/fr/angebote/merkliste/"]:
        response = page.goto(live_server.url + path)
        assert response.status == 200, path
        assert page.locator("html").get_attribute("lang") == "fr"
        axe_check(page, context=path)

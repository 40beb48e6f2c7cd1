"""Search-as-you-type on the offer search: ARIA combobox by keyboard, axe-clean, and the page
without JavaScript; zero-result help in the browser."""

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


def test_suggestions_are_a_combobox_that_works_by_keyboard_alone(phone_page, live_server, demo):
    page = phone_page
    page.goto(live_server.url + "/angebote/")
    field = page.get_by_label("Suchbegriff")
    field.focus()
    page.keyboard.type("frise", delay=30)
    listbox = page.get_by_role("listbox")
    listbox.wait_for()
    assert page.get_by_role("combobox", name="Suchbegriff").get_attribute("aria-expanded") == "true"
    options = page.get_by_role("option")
    assert options.count() >= 1
    assert "Friseur" in options.first.inner_text()
    page.wait_for_function("() => document.querySelector('[role=status]').textContent.length > 0")
    axe_check(page, context="Vorschlagsliste offen")

    page.keyboard.press("ArrowDown")
    active = field.get_attribute("aria-activedescendant")
    assert active and page.locator(f"#{active}").get_attribute("aria-selected") == "true"
    chosen = page.locator(f"#{active}").get_attribute("data-value")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"q=.*Friseur"))
    page.wait_for_function("() => !document.querySelector('.htmx-request, .htmx-swapping, .htmx-settling')")
    assert page.get_by_label("Suchbegriff").input_value() == chosen
    assert page.locator("#results .offer-card").count() >= 1
    axe_check(page, context="nach Auswahl")


def test_escape_closes_the_suggestions_and_keeps_the_typed_text(page, live_server, demo):
    page.goto(live_server.url + "/angebote/")
    field = page.get_by_label("Suchbegriff")
    field.focus()
    page.keyboard.type("pirm", delay=30)
    page.get_by_role("listbox").wait_for()
    page.keyboard.press("Escape")
    assert field.get_attribute("aria-expanded") == "false"
    assert page.get_by_role("listbox").is_hidden()
    assert field.input_value() == "pirm"


def test_zero_results_show_a_way_on(page, live_server, demo):
    page.goto(live_server.url + "/angebote/?q=Pferdepflege")
    help_box = page.get_by_role("complementary", name="So finden Sie doch etwas")
    assert help_box.get_by_role("link", name="pflege").is_visible()
    assert help_box.get_by_role("link", name=re.compile("Berufsberatung")).is_visible()
    axe_check(page, context="keine Treffer")
    help_box.get_by_role("link", name="pflege").click()
    page.wait_for_url("**q=pflege**")
    assert page.locator("#results .offer-card").count() >= 3


def test_the_search_and_its_help_work_without_javascript(browser, live_server, foreign_requests, demo):
    context, page = _new_page(browser, live_server, foreign_requests, java_script_enabled=False)
    page.goto(live_server.url + "/angebote/")
    field = page.get_by_label("Suchbegriff")
    assert field.get_attribute("role") is None  # a plain text field without JavaScript
    field.fill("Pferdepflege")
    page.get_by_role("button", name="Suchen").click()
    page.wait_for_url("**q=Pferdepflege**")
    assert page.get_by_role("link", name="pflege").is_visible()
    context.close()

"""A translated offer in a real browser: Arabic right-to-left with lang="ar", axe clean, search by an Arabic word."""

import pytest
from django.core.management import call_command

from tests.browser.conftest import axe_check

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def demo(transactional_db):
    call_command("createcachetable", verbosity=0)
    from bildungsallianz.charter import demo as charter_demo
    from bildungsallianz.offers import demo as offers_demo

    charter_demo.seed()
    offers_demo.seed()


def test_an_offer_with_an_arabic_translation_reads_right_to_left_and_passes_axe(page, live_server, demo):
    page.goto(live_server.url + "/angebote/jugendtreff-offene-tuer/")
    axe_check(page, context="Angebot auf Deutsch mit Sprachauswahl")
    page.get_by_role("navigation", name="Sprache des Inhalts").get_by_role("link", name="العربية").click()
    page.wait_for_url("**?inhalt=ar")

    heading = page.get_by_role("heading", level=1)
    assert heading.inner_text() == "نادي الشباب «الباب المفتوح»"
    assert heading.get_attribute("lang") == "ar" and heading.get_attribute("dir") == "rtl"
    article = page.locator("article.offer-detail")
    assert article.get_attribute("dir") == "rtl"
    assert article.evaluate("el => getComputedStyle(el).direction") == "rtl"
    # mirrored: the heading's text starts at the right edge of its box
    gap = heading.evaluate(
        """el => { const r = document.createRange(); r.selectNodeContents(el);
                   const text = r.getBoundingClientRect(), box = el.getBoundingClientRect();
                   return [box.right - text.right, text.left - box.left]; }"""
    )
    assert gap[0] < 2 and gap[1] > 20
    # the page never scrolls sideways in the RTL layout
    assert page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth")
    axe_check(page, context="Angebot auf Arabisch (RTL)")

    page.goto(live_server.url + "/angebote/?q=الشباب")
    assert page.locator("#results .offer-card").count() >= 1
    assert page.get_by_role("link", name="Jugendtreff „Offene Tür“").count() == 1
    axe_check(page, context="Suche nach einem arabischen Wort")

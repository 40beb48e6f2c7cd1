"""Reflow (WCAG 1.4.10) and reduced motion (2.3.3) on the main public pages (issue 14).

At 320 CSS px and at 200 % zoom of a 1280 px window (= 640 CSS px) nothing scrolls sideways:
``document.documentElement.scrollWidth <= clientWidth``. With ``prefers-reduced-motion: reduce``
no element keeps a transition, an animation or smooth scrolling.
"""

import pytest
from django.core.management import call_command

from tests.browser.conftest import _new_page, axe_check

pytestmark = pytest.mark.django_db(transaction=True)

PAGES = [
    "/",
    "/angebote/",
    "/angebote/?q=praktikum",
    "/angebote/schuelerpraktikum-pflege-krankenhaus/",
    "/angebote/merkliste/",
    "/partner/",
    "/charta/",
    "/mitmachen/",
    "/veranstaltungen/",
    "/projekte/",
    "/daten/",
    "/aktuelles/",
    "/leichte-sprache/",
    "/leichte-sprache/angebot-finden/",
    "/barrierefreiheit/",
    "/konto/anmelden/",
]

# 320 CSS px (WCAG 1.4.10) and a 1280 px window at 200 % zoom (640 CSS px wide).
WIDTHS = [("320 px", {"width": 320, "height": 640}), ("200 %", {"width": 640, "height": 400})]

MOTION = """() => {
    const moving = [];
    for (const el of [document.documentElement, ...document.querySelectorAll('*')]) {
        for (const pseudo of [null, '::before', '::after']) {
            const s = getComputedStyle(el, pseudo);
            const transition = s.transitionDuration.split(',').some(d => parseFloat(d) > 0.001);
            const animation = s.animationName !== 'none'
                && s.animationDuration.split(',').some(d => parseFloat(d) > 0.001);
            if (transition || animation) {
                const what = (el.className || el.tagName) + (pseudo || '');
                moving.push(what + ': ' + s.transitionDuration + ' / ' + s.animationName);
            }
        }
    }
    if (getComputedStyle(document.documentElement).scrollBehavior === 'smooth') moving.push('html: smooth scroll');
    return moving.slice(0, 10);
}"""


@pytest.fixture
def alliance(transactional_db):
    call_command("createcachetable", verbosity=0)
    from bildungsallianz.charter import demo as charter_demo
    from bildungsallianz.offers import demo as offers_demo
    from bildungsallianz.pages import demo as pages_demo

    charter_demo.seed()
    pages_demo.seed()
    offers_demo.seed()


@pytest.mark.parametrize(("name", "viewport"), WIDTHS, ids=[w[0] for w in WIDTHS])
def test_the_main_pages_reflow_without_sideways_scrolling(
    browser, live_server, foreign_requests, alliance, name, viewport
):
    context, page = _new_page(browser, live_server, foreign_requests, viewport=viewport)
    too_wide = {}
    for path in PAGES:
        response = page.goto(live_server.url + path)
        assert response.status == 200, path
        overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        if overflow > 0:
            too_wide[path] = overflow
    context.close()
    assert too_wide == {}, f"Seitliches Scrollen bei {name}: {too_wide}"


def test_reduced_motion_turns_off_transitions_animations_and_smooth_scrolling(
    browser, live_server, foreign_requests, alliance
):
    context, page = _new_page(browser, live_server, foreign_requests, reduced_motion="reduce")
    moving = {}
    for path in PAGES:
        page.goto(live_server.url + path)
        found = page.evaluate(MOTION)
        if found:
            moving[path] = found
    context.close()
    assert moving == {}, f"Bewegung trotz prefers-reduced-motion: {moving}"


def test_the_leichte_sprache_pages_and_the_statement_pass_axe_on_a_narrow_screen(
    browser, live_server, foreign_requests, alliance
):
    context, page = _new_page(browser, live_server, foreign_requests, viewport={"width": 320, "height": 640})
    for path in ("/leichte-sprache/", "/leichte-sprache/kontakt/", "/barrierefreiheit/", "/en/barrierefreiheit/"):
        page.goto(live_server.url + path)
        axe_check(page, context=path)
    context.close()

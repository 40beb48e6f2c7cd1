"""Browser tests: Debian's Chromium driven by Playwright, axe-core from npm.

`page` blocks and records every request to another host; `axe_check(page)`
injects axe-core and fails on any WCAG 2.1 A/AA violation.
"""

import json
import os
from urllib.parse import urlparse

import pytest

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
PHONE = {"width": 375, "height": 740}


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield browser
        browser.close()


@pytest.fixture
def foreign_requests():
    return []


def _new_page(browser, live_server, foreign_requests, **context_options):
    context = browser.new_context(locale="de-DE", **context_options)
    host = urlparse(live_server.url).netloc

    def guard(route):
        url = urlparse(route.request.url)
        if url.scheme in ("data", "blob") or url.netloc == host:
            route.continue_()
        else:
            foreign_requests.append(route.request.url)
            route.abort()

    context.route("**/*", guard)
    page = context.new_page()
    page.set_default_timeout(15000)
    return context, page


@pytest.fixture
def page(browser, live_server, foreign_requests):
    context, page = _new_page(browser, live_server, foreign_requests)
    yield page
    context.close()
    assert foreign_requests == [], f"Anfragen an fremde Hosts: {foreign_requests}"


@pytest.fixture
def phone_page(browser, live_server, foreign_requests):
    context, page = _new_page(browser, live_server, foreign_requests, viewport=PHONE, is_mobile=True, has_touch=True)
    yield page
    context.close()
    assert foreign_requests == [], f"Anfragen an fremde Hosts: {foreign_requests}"


def axe_check(page, *, context: str = "") -> None:
    """Run axe-core (WCAG 2.1 A and AA) on the current page; fail on any violation."""
    # Served by the app itself (node_modules is a static source), so the page's CSP stays enforced.
    origin = page.evaluate("location.origin")
    page.add_script_tag(url=origin + "/static/vendor/axe-core/axe.min.js")
    result = page.evaluate(
        """async () => await axe.run(document, {
            runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},
            resultTypes: ['violations'],
        })"""
    )
    violations = [
        {
            "id": v["id"],
            "impact": v["impact"],
            "help": v["help"],
            "nodes": [n["target"] for n in v["nodes"][:5]],
        }
        for v in result["violations"]
    ]
    assert violations == [], f"axe-Verstöße auf {context or page.url}:\n" + json.dumps(violations, indent=2)


@pytest.fixture
def login(live_server):
    """Log a page in through the real login form."""

    def _login(page, user, password="test-passwort-123"):
        page.goto(live_server.url + "/konto/anmelden/")
        page.get_by_label("E-Mail-Adresse").fill(user.email)
        page.get_by_label("Passwort").fill(password)
        page.get_by_role("button", name="Anmelden").click()
        page.wait_for_url("**/konto/")

    return _login

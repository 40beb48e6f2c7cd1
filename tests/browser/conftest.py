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
def django_db_modify_db_settings(django_db_modify_db_settings_parallel_suffix, tmp_path_factory):
    """The live server's threads use an SQLite file in WAL mode, as production does.

    Django's default test database is SQLite in memory with a shared cache, where a
    table that one thread writes is locked for every other thread at once (no busy
    timeout): a search-as-you-type request writing the cache table beside the page
    request failed the phone test with "database table is locked: cache_table".
    """
    from django.conf import settings

    database = settings.DATABASES["default"]
    if database["ENGINE"].endswith("sqlite3"):
        database.setdefault("TEST", {})["NAME"] = str(tmp_path_factory.mktemp("browser-db") / "test.sqlite3")


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


def axe_check(page, *, context: str = "", include: str = "") -> None:
    """Run axe-core (WCAG 2.1 A and AA) on the current page; fail on any violation.

    ``include``: a CSS selector to check only that region (the back office's content area,
    where Wagtail's own chrome is not ours to fix; see docs/accessibility.md).
    """
    # Served by the app itself (node_modules is a static source), so the page's CSP stays enforced.
    origin = page.evaluate("location.origin")
    page.add_script_tag(url=origin + "/static/vendor/axe-core/axe.min.js")
    result = page.evaluate(
        """async (include) => await axe.run(include ? {include: [[include]]} : document, {
            runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},
            resultTypes: ['violations'],
        })""",
        include,
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


# --- Keyboard only -------------------------------------------------------------------------------

FOCUS_STATE = """() => {
    const el = document.activeElement;
    if (!el || el === document.body || el === document.documentElement) return null;
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const shadow = style.boxShadow && style.boxShadow !== 'none';
    const box = el.getBoundingClientRect();
    const label = (el.getAttribute('aria-label') || el.innerText || el.value || el.name || el.id || '')
        .trim().slice(0, 50);
    return {
        tag: el.tagName.toLowerCase(), id: el.id, name: el.getAttribute('name') || '', label: label,
        indicator: outline || shadow, onScreen: box.width > 0 && box.height > 0,
        outline: style.outlineStyle + ' ' + style.outlineWidth, shadow: style.boxShadow,
    };
}"""


def assert_visible_focus(page, *, step: str = "") -> dict:
    """The focused element shows a focus indicator (outline or box-shadow) and is on screen."""
    state = page.evaluate(FOCUS_STATE)
    assert state is not None, f"Kein Element hat den Fokus ({step or page.url})"
    assert state["indicator"], f"Kein sichtbarer Fokus auf {state} ({step or page.url})"
    assert state["onScreen"], f"Fokussiertes Element ist nicht sichtbar: {state} ({step or page.url})"
    return state


def tab_to(page, selector: str, *, max_steps: int = 120, backwards: bool = False) -> int:
    """Press Tab until the focused element matches ``selector``, checking visible focus at every step.

    Returns the number of key presses (a measure of how far the control is).
    """
    key = "Shift+Tab" if backwards else "Tab"
    for step in range(1, max_steps + 1):
        page.keyboard.press(key)
        assert_visible_focus(page, step=f"{key} #{step} auf dem Weg zu {selector}")
        if page.evaluate("(sel) => document.activeElement.matches(sel)", selector):
            return step
    raise AssertionError(f"{selector} nach {max_steps}× {key} nicht erreicht ({page.url})")

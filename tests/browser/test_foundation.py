"""The foundation as people use it: every page accessible, join → accept → signatory."""

import re

import pytest
from django.conf import settings
from django.core import mail
from playwright.sync_api import expect

from tests.browser.conftest import axe_check

PUBLIC_PAGES = [
    "/",
    "/charta/",
    "/partner/",
    "/partner/ihk-pfalz/",
    "/mitmachen/",
    "/impressum/",
    "/datenschutz/",
    "/barrierefreiheit/",
    "/leichte-sprache/",
    "/leichte-sprache/angebot-finden/",
    "/aktuelles/",
    "/aktuelles/kooperationswerkstatt-2025/",
    "/konto/anmelden/",
]


@pytest.fixture
def alliance(transactional_db):
    from bildungsallianz.charter import demo as charter_demo
    from bildungsallianz.pages import demo as pages_demo

    charter_demo.seed()
    pages_demo.seed()


# Every UI language of settings.LANGUAGES (the default one without prefix): the list grows with it.
UI_PREFIXES = ["" if code == settings.LANGUAGE_CODE else f"/{code}" for code, _name in settings.LANGUAGES]


@pytest.mark.parametrize("language", UI_PREFIXES)
def test_every_public_page_has_no_accessibility_violations(page, live_server, alliance, language):
    for path in PUBLIC_PAGES:
        response = page.goto(live_server.url + language + path)
        assert response.status == 200, path
        assert page.locator("html").get_attribute("lang") == (language.strip("/") or settings.LANGUAGE_CODE)
        axe_check(page, context=language + path)


def test_pages_work_on_a_phone_without_horizontal_scrolling(phone_page, live_server, alliance):
    for path in ["/", "/charta/", "/partner/", "/mitmachen/"]:
        phone_page.goto(live_server.url + path)
        axe_check(phone_page, context="phone " + path)
        overflow = phone_page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, f"{path} scrolls sideways by {overflow}px"


def test_the_skip_link_moves_keyboard_focus_to_the_content(page, live_server, alliance):
    page.goto(live_server.url + "/charta/")
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Zum Inhalt springen")
    assert skip.evaluate("el => el === document.activeElement")
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"


def test_the_language_switch_keeps_the_page(page, live_server, alliance):
    page.goto(live_server.url + "/partner/")
    page.get_by_role("link", name="English").click()
    page.wait_for_url("**/en/partner/")
    assert page.get_by_role("heading", level=1).inner_text() == "Partners of the education alliance"


def test_the_language_switch_works_by_keyboard_and_keeps_page_and_query(page, live_server, alliance):
    page.goto(live_server.url + "/partner/?q=IHK")
    french = page.get_by_role("link", name="Français")
    for _ in range(40):
        page.keyboard.press("Tab")
        if french.evaluate("el => el === document.activeElement"):
            break
    assert french.evaluate("el => el === document.activeElement"), "Français is not reachable by Tab"
    page.keyboard.press("Enter")
    page.wait_for_url("**/fr/partner/?q=IHK")
    assert page.locator("html").get_attribute("lang") == "fr"
    assert page.get_by_role("heading", level=1).inner_text() == "Partenaires de la Bildungsallianz"


def test_the_back_office_requires_a_staff_login(page, live_server, alliance, editor_a, login):
    page.goto(live_server.url + "/cms/")
    assert "/konto/anmelden/" in page.url
    login(page, editor_a)
    page.goto(live_server.url + "/cms/")
    # Wagtail sends people without back-office rights back to the login page.
    assert "/konto/anmelden/" in page.url
    assert page.get_by_role("link", name="Beitrittsanträge").count() == 0


def test_an_organisation_joins_is_accepted_and_becomes_a_signatory(browser, page, live_server, alliance, staff, login):
    # 1. An organisation fills in the public form; the first try misses fields.
    page.goto(live_server.url + "/mitmachen/")
    page.get_by_role("button", name="Antrag senden").click()
    summary = page.get_by_role("alert")
    assert "Bitte korrigieren Sie Ihre Angaben" in summary.inner_text()
    assert "Bitte geben Sie den Namen der Organisation an." in summary.inner_text()
    axe_check(page, context="Formular mit Fehlern")

    page.get_by_label("Name der Organisation").fill("Schuhhaus Beispiel GmbH")
    page.get_by_label("Bereich").select_option(label="Unternehmen")
    page.get_by_label("Kurzbeschreibung der Organisation").fill("Familienbetrieb, bildet Schuhfertiger aus.")
    page.get_by_label("Straße und Hausnummer").fill("Hauptstraße 10")
    page.get_by_label("Postleitzahl").fill("66953")
    page.get_by_label("Ort").fill("Pirmasens")
    page.get_by_label("Name der Ansprechperson").fill("Sara Schuster")
    page.get_by_label("E-Mail-Adresse der Ansprechperson").fill("sara@schuhhaus.example.org")
    page.get_by_label("Kooperation von Bildung und Wirtschaft").check()
    page.get_by_label("Vorgeschlagene Selbstverpflichtung").fill("Wir bieten drei Schulpraktika im Jahr an.")
    page.get_by_label(re.compile("Ich willige ein")).check()
    page.get_by_role("button", name="Antrag senden").click()
    page.wait_for_url("**/mitmachen/danke/")
    axe_check(page, context="Danke-Seite")

    # 2. Staff review the request in the back office and accept it.
    staff_context = browser.new_context(locale="de-DE")
    staff_page = staff_context.new_page()
    login(staff_page, staff)
    staff_page.goto(live_server.url + "/cms/beitrittsantraege/")
    staff_page.get_by_role("link", name="Schuhhaus Beispiel GmbH").first.click()
    staff_page.get_by_role("link", name="Antrag prüfen und entscheiden").click()
    staff_page.get_by_label("Annehmen").check()
    staff_page.get_by_role("button", name="Entscheidung speichern").click()
    expect(staff_page.get_by_text("ist angelegt, die Einladung ist verschickt")).to_be_visible()
    staff_context.close()

    # 3. The organisation is a partner now and listed as newly admitted on the charter.
    page.goto(live_server.url + "/partner/?q=Schuhhaus")
    assert page.get_by_role("link", name="Schuhhaus Beispiel GmbH").count() == 1

    # 4. The contact person follows the one-time link, sets a password, confirms the signature.
    invitation = next(m for m in mail.outbox if "Einladung" in m.subject)
    link = re.search(r"https?://\S+(/konto/einladung/\S+/)", invitation.body).group(1)
    page.goto(live_server.url + link)
    axe_check(page, context="Einladung")
    page.get_by_label("Vorname").fill("Sara")
    page.get_by_label("Nachname").fill("Schuster")
    page.get_by_label("Passwort", exact=True).fill("schuhe-sind-toll-2025")
    page.get_by_label("Passwort wiederholen").fill("schuhe-sind-toll-2025")
    page.get_by_role("button", name="Einladung annehmen").click()
    page.wait_for_url("**/konto/")
    page.get_by_role("link", name="Unterzeichnung bestätigen").click()
    page.get_by_label("Name der unterzeichnenden Person").fill("Sara Schuster")
    page.get_by_label("Funktion").fill("Geschäftsführerin")
    axe_check(page, context="Unterzeichnung")
    page.get_by_role("button", name="Unterzeichnung bestätigen").click()

    page.goto(live_server.url + "/charta/")
    signatories = page.get_by_role("table", name="Unterzeichnende Organisationen mit Datum")
    assert "Schuhhaus Beispiel GmbH" in signatories.inner_text()
    assert "Sara Schuster, Geschäftsführerin" in signatories.inner_text()

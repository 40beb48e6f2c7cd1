"""Issue 10 "Done when", on a phone: teachers register classes (German and French), an exhibitor
registers, staff schedule, pin, re-run and publish, the teacher's page shows the slot; the events
list, calendar and iCal feed (parsed back with icalendar) — axe on every page visited."""

import icalendar
import pytest

from tests.browser.conftest import PHONE, _new_page, axe_check


@pytest.fixture
def fair(db):
    from bildungsallianz.fair.tests.factories import EditionFactory, SchoolFactory

    edition = EditionFactory(slug="bib-test", title="BIB Test", hall_capacity=100)
    SchoolFactory(name="IGS Pirmasens", city="Pirmasens")
    SchoolFactory(name="Collège Jean-Jacques Kieffer", city="Bitche", country="FR")
    return edition


@pytest.fixture
def event(db):
    from bildungsallianz.events.tests.factories import EventFactory

    return EventFactory(title="Infoabend Ausbildung", slug="infoabend-ausbildung", registration_mode="hier", capacity=5)


def _register_class(page, url, *, school, class_name, email, slot_label):
    page.goto(url)
    axe_check(page, context=url)
    page.select_option("[name=school]", label=school)
    page.fill("[name=class_name]", class_name)
    page.fill("[name=level]", "9")
    page.fill("[name=pupils]", "24")
    page.fill("[name=teachers]", "2")
    page.fill("[name=travel_minutes]", "15")
    page.fill("[name=contact_name]", "Lehrkraft")
    page.fill("[name=contact_email]", email)
    page.get_by_role("checkbox", name=slot_label).first.check()
    page.check("[name=consent]")
    page.locator("form.kern-stack button[type=submit]").click()
    page.wait_for_url("**/bib/klasse/**")
    axe_check(page, context="Anmeldung " + class_name)
    return page.url


def test_teachers_exhibitor_and_staff_run_the_fair_on_a_phone(
    phone_page, browser, live_server, login, fair, event, editor_a, staff, foreign_requests
):
    from bildungsallianz.fair.models import ClassRegistration

    base = live_server.url
    german = _register_class(
        phone_page,
        f"{base}/bib/bib-test/klasse-anmelden/",
        school="IGS Pirmasens, Pirmasens",
        class_name="9a",
        email="igs@example.org",
        slot_label="10:00–12:00",
    )
    assert "Ihre Anmeldung" in phone_page.content()
    french = _register_class(
        phone_page,
        f"{base}/bib/bib-test/klasse-anmelden/?sprache=fr",
        school="Collège Jean-Jacques Kieffer, Bitche",
        class_name="3B",
        email="kieffer@example.org",
        slot_label="12:00–14:00",
    )
    assert "Votre inscription" in phone_page.content()
    phone_page.goto(f"{base}/bib/bib-test/aussteller/?sprache=fr")
    axe_check(phone_page, context="Liste des exposants")

    login(phone_page, editor_a)
    phone_page.goto(f"{base}/bib/bib-test/aussteller-anmelden/")
    axe_check(phone_page, context="Aussteller anmelden")
    phone_page.fill("[name=contact_name]", "Anna A")
    phone_page.fill("[name=contact_email]", "anna@example.org")
    phone_page.locator("form.kern-stack button[type=submit]").click()
    phone_page.wait_for_url("**/bib/bib-test/")
    axe_check(phone_page, context="BIB nach Ausstelleranmeldung")

    context, staff_page = _new_page(browser, live_server, foreign_requests, viewport=PHONE, is_mobile=True)
    try:
        login(staff_page, staff)
        staff_page.goto(f"{base}/bib/bib-test/verwaltung/")
        staff_page.get_by_role("button", name="Zeitplan berechnen").click()
        staff_page.wait_for_load_state()
        axe_check(staff_page, context="Zeitplan")
        pinned = ClassRegistration.objects.get(class_name="9a")
        staff_page.select_option(f"#slot-{pinned.pk}", label="12:00–14:00")
        staff_page.locator(f"#slot-{pinned.pk}").locator("xpath=..").get_by_role("button").click()
        staff_page.wait_for_load_state()
        staff_page.get_by_role("button", name="Zeitplan berechnen").click()
        staff_page.wait_for_load_state()
        staff_page.get_by_role("button", name="Zeitplan veröffentlichen").click()
        staff_page.wait_for_load_state()
        assert "Lehrkräfte benachrichtigt" in staff_page.content()
        for path in ("listen/", "einlass/", "aussteller/"):
            staff_page.goto(f"{base}/bib/bib-test/verwaltung/{path}")
            axe_check(staff_page, context=path)
    finally:
        context.close()

    pinned.refresh_from_db()
    assert pinned.pinned and pinned.slot.label == "12:00–14:00"
    phone_page.goto(german)
    assert "12:00–14:00" in phone_page.locator("#zeitfenster").inner_text()
    phone_page.goto(french)
    assert phone_page.locator("#zeitfenster").inner_text().strip() != ""

    phone_page.goto(f"{base}/veranstaltungen/")
    axe_check(phone_page, context="Veranstaltungen")
    phone_page.goto(f"{base}/veranstaltungen/?ansicht=kalender&monat=2030-03")
    axe_check(phone_page, context="Monatskalender")
    phone_page.goto(f"{base}{event.get_absolute_url()}")
    axe_check(phone_page, context="Veranstaltung")
    feed = phone_page.request.get(f"{base}/veranstaltungen/kalender.ics")
    entries = list(icalendar.Calendar.from_ical(feed.body()).walk("VEVENT"))
    assert [str(e["summary"]) for e in entries] == ["Infoabend Ausbildung"]
    assert str(entries[0]["url"]).endswith(event.get_absolute_url())

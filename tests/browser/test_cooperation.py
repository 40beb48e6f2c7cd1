"""A small Kooperationswerkstatt in real browsers (issue 9, "Done when").

A participant with the workshop code on a phone and two members on desktop add ideas and
dots; the wall shows the counts; staff accept the most supported idea and create a
project; it appears on /projekte/ and on the charter page under its field of action; a
partner posts a progress update; milestone progress and target against actual (real
monitoring values) show. axe-core runs on every page visited.
"""

import datetime
from decimal import Decimal

import pytest
from django.core.management import call_command

from tests.browser.conftest import PHONE, _new_page, axe_check

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def workshop(transactional_db):
    call_command("createcachetable", verbosity=0)
    from bildungsallianz.charter.tests.factories import CharterFactory, FieldOfActionFactory, GoalFactory
    from bildungsallianz.cooperation.models import Workshop
    from bildungsallianz.cooperation.tests.factories import WorkshopFactory, WorkshopTableFactory
    from bildungsallianz.pages import demo as pages_demo

    pages_demo.seed()
    charter = CharterFactory()
    field = FieldOfActionFactory(number=1, slug="chancengerechtigkeit", title="Chancengerechtigkeit in der Bildung")
    GoalFactory(charter=charter, field_of_action=field, text="Jeder Jugendliche erreicht einen Abschluss.")
    workshop = WorkshopFactory(
        title="Kooperationswerkstatt 2025", slug="werkstatt", code="WERK25", phase=Workshop.Phase.SUPPORTING
    )
    WorkshopTableFactory(workshop=workshop, name="Übergang Schule–Beruf")
    return workshop


def _idea(page, url, title, text):
    page.goto(url + "/werkstatt/werkstatt/ideen/neu/")
    page.get_by_label("Titel").fill(title)
    page.get_by_label("Beschreibung").fill(text)
    page.get_by_label("Tisch").select_option(label="Übergang Schule–Beruf")
    page.get_by_label("Handlungsfeld").select_option(label="1. Chancengerechtigkeit in der Bildung")
    axe_check(page, context="Idee einbringen")
    page.get_by_role("button", name="Idee einreichen").click()
    page.get_by_text("Ihre Idee ist auf der Wand").wait_for()


def _dot(page, url, title):
    page.goto(url + "/werkstatt/werkstatt/")
    page.get_by_role("button", name=f"Punkt für „{title}“").click()
    page.get_by_text("ist gezählt").wait_for()


def test_a_small_workshop_becomes_a_project_with_visible_results(
    browser, live_server, foreign_requests, login, workshop, editor_a, editor_b, wg_member, staff, org_a, org_b
):
    url = live_server.url
    # a participant without an account, on a phone, with the code
    phone_context, phone = _new_page(
        browser, live_server, foreign_requests, viewport=PHONE, is_mobile=True, has_touch=True
    )
    phone.goto(url + "/werkstatt/")
    axe_check(phone, context="Code")
    phone.get_by_label("Werkstatt-Code").fill("werk25")
    phone.get_by_role("button", name="Weiter").click()
    phone.wait_for_url("**/werkstatt/werkstatt/")
    axe_check(phone, context="Werkstatt (Handy)")
    _idea(phone, url, "Mentoring für Abgangsgefährdete", "Ehrenamtliche begleiten Jugendliche bis zum Abschluss.")
    axe_check(phone, context="Idee (Handy)")
    _dot(phone, url, "Mentoring für Abgangsgefährdete")
    _dot(phone, url, "Mentoring für Abgangsgefährdete")

    # two members on desktop
    member_context, member = _new_page(browser, live_server, foreign_requests)
    login(member, editor_a)
    _idea(member, url, "Lernpaten", "Ältere Schülerinnen helfen Jüngeren.")
    _dot(member, url, "Mentoring für Abgangsgefährdete")
    member_context.close()
    second_context, second = _new_page(browser, live_server, foreign_requests)
    login(second, wg_member)
    _dot(second, url, "Lernpaten")
    second_context.close()

    # the wall shows the counts
    wall_context, wall = _new_page(browser, live_server, foreign_requests)
    wall.goto(url + "/werkstatt/werkstatt/wand/")
    mentoring = wall.locator(".wall-idea", has_text="Mentoring für Abgangsgefährdete")
    assert mentoring.locator("strong").inner_text() == "3"
    assert wall.locator(".wall-idea").first.inner_text().startswith("Mentoring")
    axe_check(wall, context="Wand")
    wall_context.close()

    # staff accept the most supported idea and create a project from it
    from bildungsallianz.cooperation import services
    from bildungsallianz.cooperation.models import Workshop

    services.workshop_set_phase(workshop=workshop, phase=Workshop.Phase.EVALUATING, by=staff)
    staff_context, office = _new_page(browser, live_server, foreign_requests)
    login(office, staff)
    office.goto(url + "/werkstatt/werkstatt/")
    office.get_by_role("link", name="Mentoring für Abgangsgefährdete").click()
    axe_check(office, context="Idee (Bewertung)")
    office.get_by_label("annehmen").check()
    office.get_by_role("button", name="Bewertung speichern").click()
    office.get_by_role("link", name="Projekt aus dieser Idee anlegen").click()
    office.get_by_label("Kurzbeschreibung").fill("Mentoring für Jugendliche ohne sicheren Abschluss.")
    office.get_by_label("federführende Organisation").select_option(label="Organisation A")
    office.locator("#id_partners").select_option(label="Organisation B")
    office.get_by_label("Status", exact=True).select_option(label="Umsetzung")
    office.get_by_label("Chancengerechtigkeit in der Bildung").check()
    axe_check(office, context="Projekt anlegen")
    office.get_by_role("button", name="Speichern").click()
    office.get_by_text("Das Projekt wurde angelegt.").wait_for()
    project_url = office.url
    assert "Entstanden aus" in office.content()
    axe_check(office, context="Projekt")

    # a milestone done (lead edits), a target on a real monitoring indicator
    office.goto(project_url + "bearbeiten/")
    office.locator("#id_meilenstein-title").fill("Mentorinnen geschult")
    office.locator("#id_meilenstein-due_date").fill("2026-02-01")
    office.locator("#id_meilenstein-done").check()
    office.get_by_role("button", name="Meilenstein hinzufügen").click()
    office.get_by_text("Der Meilenstein wurde hinzugefügt.").wait_for()
    axe_check(office, context="Projekt bearbeiten")
    staff_context.close()
    _target_on_real_values(project_url.rstrip("/").rsplit("/", 1)[-1])

    # the project is on /projekte/ and on the charter page under its field of action
    page_context, public = _new_page(browser, live_server, foreign_requests)
    public.goto(url + "/projekte/")
    public.get_by_role("link", name="Mentoring für Abgangsgefährdete").wait_for()
    axe_check(public, context="Projekte")
    public.goto(url + "/charta/")
    section = public.locator('section[aria-labelledby="field-chancengerechtigkeit"]')
    assert "Mentoring für Abgangsgefährdete" in section.text_content()
    assert "Umsetzung" in section.text_content()
    axe_check(public, context="Charta")
    page_context.close()

    # a partner posts a progress update; progress and target against actual show
    partner_context, partner = _new_page(browser, live_server, foreign_requests)
    login(partner, editor_b)
    partner.goto(project_url)
    partner.get_by_label("Was gibt es Neues?").fill("Die ersten zwölf Tandems haben sich getroffen.")
    partner.get_by_role("button", name="Meldung veröffentlichen").click()
    partner.get_by_text("Ihre Meldung wurde veröffentlicht.").wait_for()
    text = partner.content()
    assert "Die ersten zwölf Tandems haben sich getroffen." in text
    assert "Fortschritt: 100 %" in text
    assert "Neuester Wert: 8,9" in text and "Zielpfad" in text
    axe_check(partner, context="Projekt mit Meldung")
    partner_context.close()
    phone_context.close()


def _target_on_real_values(slug):
    """An indicator target on the monitoring's values (figures as in the official table)."""
    from bildungsallianz.projects.models import IndicatorTarget, Project
    from bildungsallianz.projects.tests.factories import indicator_with_values

    indicator, region = indicator_with_values(values={2021: "9.8", 2022: "10.4", 2023: "8.9"})
    IndicatorTarget.objects.create(
        project=Project.objects.get(slug=slug),
        indicator=indicator,
        region=region,
        baseline_value=Decimal("10.4"),
        baseline_year=2022,
        target_value=Decimal("7.0"),
        target_year=datetime.date.today().year + 2,
    )

"""Five key tasks by keyboard alone, with a visible focus indicator at every step (issue 14).

Only the keyboard moves through a page: Tab / Shift+Tab, typing, Space for checkboxes, arrow
keys for selects, Enter to follow a link or send a form. ``page.goto`` stands for typing an
address. ``tab_to`` checks after every key press that the focused element shows an outline or
box-shadow and is on screen; axe runs on the pages on the way.
"""

import pytest
from django.core.management import call_command

from tests.browser.conftest import _new_page, assert_visible_focus, axe_check, tab_to

pytestmark = pytest.mark.django_db(transaction=True)


def _type_into(page, selector, text, **kwargs):
    tab_to(page, selector, **kwargs)
    page.keyboard.type(text)


@pytest.fixture(autouse=True)
def _count_key_presses(monkeypatch, request):
    """Count Tab presses per task (reported with ``-s``; docs/accessibility.md lists them)."""
    import tests.browser.test_keyboard as module

    counted = []

    original = module.tab_to

    def counting_tab_to(page, selector, **kwargs):
        steps = original(page, selector, **kwargs)
        counted.append(steps)
        return steps

    monkeypatch.setattr(module, "tab_to", counting_tab_to)
    yield
    print(f"\n{request.node.name}: {sum(counted)} Tab-Schritte, Fokus bei jedem sichtbar")


def _choose(page, selector, option_text, **kwargs):
    """Focus a select by Tab and move through its options with the arrow keys."""
    tab_to(page, selector, **kwargs)
    for _ in range(60):
        chosen = page.evaluate("() => document.activeElement.selectedOptions[0]?.textContent || ''")
        if option_text in chosen:
            return
        page.keyboard.press("ArrowDown")
    raise AssertionError(f"Option {option_text!r} in {selector} nicht erreicht")


def _tick(page, selector, **kwargs):
    tab_to(page, selector, **kwargs)
    page.keyboard.press("Space")
    assert page.evaluate("() => document.activeElement.checked"), selector


def _press_enter(page):
    assert_visible_focus(page, step="vor Enter")
    page.keyboard.press("Enter")


@pytest.fixture
def alliance(transactional_db):
    call_command("createcachetable", verbosity=0)
    from bildungsallianz.charter import demo as charter_demo
    from bildungsallianz.offers import demo as offers_demo
    from bildungsallianz.pages import demo as pages_demo

    charter_demo.seed()
    pages_demo.seed()
    offers_demo.seed()


def test_a_young_person_finds_an_offer_and_saves_it_by_keyboard(page, live_server, alliance):
    """ "Save" is the offers app's Merkliste (kept in the browser's localStorage, no account)."""
    page.goto(live_server.url + "/angebote/")
    _type_into(page, "input[name=q]", "praktikum pflege")
    _press_enter(page)
    page.wait_for_url("**q=praktikum**")
    axe_check(page, context="Suchergebnis")
    tab_to(page, 'a[href$="/angebote/schuelerpraktikum-pflege-krankenhaus/"]')
    _press_enter(page)
    page.wait_for_url("**/angebote/schuelerpraktikum-pflege-krankenhaus/")
    tab_to(page, "a[data-watch]")
    _press_enter(page)
    page.get_by_text("Auf der Merkliste ✓").first.wait_for()
    assert_visible_focus(page, step="nach dem Merken")
    page.goto(live_server.url + "/angebote/merkliste/")
    page.wait_for_url("**ids=schuelerpraktikum-pflege-krankenhaus**")
    tab_to(page, 'a[href$="/angebote/schuelerpraktikum-pflege-krankenhaus/"]')


def test_an_organisation_sends_a_join_request_by_keyboard(page, live_server, alliance):
    from bildungsallianz.charter.models import JoinRequest

    page.goto(live_server.url + "/mitmachen/")
    _type_into(page, "[name=organisation_name]", "Tastatur GmbH")
    _choose(page, "[name=sector]", "Unternehmen")
    _type_into(page, "[name=description]", "Ein Betrieb, der ausbildet.")
    _type_into(page, "[name=street]", "Hauptstraße 1")
    _type_into(page, "[name=postcode]", "66953")
    _type_into(page, "[name=city]", "Pirmasens")
    _type_into(page, "[name=contact_name]", "Kim Tastatur")
    _type_into(page, "[name=contact_email]", "kim@example.org")
    _tick(page, "[name=fields_of_action]")
    _type_into(page, "[name=proposed_commitment]", "Wir bieten zwei Praktikumsplätze im Jahr.")
    _tick(page, "[name=consent]")
    tab_to(page, "button[type=submit]")
    _press_enter(page)
    page.wait_for_url("**/mitmachen/danke/")
    assert JoinRequest.objects.filter(organisation_name="Tastatur GmbH").exists()


@pytest.fixture
def fair(transactional_db):
    call_command("createcachetable", verbosity=0)
    from bildungsallianz.fair.tests.factories import EditionFactory, SchoolFactory
    from bildungsallianz.pages import demo as pages_demo

    pages_demo.seed()
    SchoolFactory(name="IGS Pirmasens", city="Pirmasens")
    return EditionFactory(slug="bib-test", title="BIB Test", hall_capacity=100)


def test_a_teacher_registers_a_class_for_the_fair_by_keyboard(page, live_server, fair):
    from bildungsallianz.fair.models import ClassRegistration

    page.goto(live_server.url + "/bib/bib-test/klasse-anmelden/")
    _choose(page, "[name=school]", "IGS Pirmasens")
    _type_into(page, "[name=class_name]", "9a")
    _type_into(page, "[name=level]", "9")
    _type_into(page, "[name=pupils]", "24")
    _type_into(page, "[name=teachers]", "2")
    _type_into(page, "[name=travel_minutes]", "15")
    _type_into(page, "[name=contact_name]", "Lehrkraft")
    _type_into(page, "[name=contact_email]", "igs@example.org")
    _tick(page, "[name=preferred_slots]")
    _tick(page, "[name=consent]")
    tab_to(page, "form.kern-stack button[type=submit]")
    _press_enter(page)
    page.wait_for_url("**/bib/klasse/**")
    assert ClassRegistration.objects.filter(class_name="9a").exists()
    axe_check(page, context="Anmeldung bestätigt")


@pytest.fixture
def workshop(transactional_db):
    call_command("createcachetable", verbosity=0)
    from bildungsallianz.charter.tests.factories import CharterFactory, FieldOfActionFactory
    from bildungsallianz.cooperation.models import Workshop
    from bildungsallianz.cooperation.tests.factories import WorkshopFactory, WorkshopTableFactory
    from bildungsallianz.pages import demo as pages_demo

    pages_demo.seed()
    CharterFactory()
    FieldOfActionFactory(number=1, slug="chancengerechtigkeit", title="Chancengerechtigkeit in der Bildung")
    workshop = WorkshopFactory(title="Werkstatt", slug="werkstatt", code="WERK25", phase=Workshop.Phase.COLLECTING)
    WorkshopTableFactory(workshop=workshop, name="Übergang Schule–Beruf")
    return workshop


def test_a_participant_adds_an_idea_with_the_workshop_code_by_keyboard(page, live_server, workshop):
    from bildungsallianz.cooperation.models import Idea

    page.goto(live_server.url + "/werkstatt/")
    _type_into(page, "input[name=code]", "werk25")
    _press_enter(page)
    page.wait_for_url("**/werkstatt/werkstatt/")
    tab_to(page, 'a[href$="/werkstatt/werkstatt/ideen/neu/"]')
    _press_enter(page)
    page.wait_for_url("**/ideen/neu/")
    _type_into(page, "[name=title]", "Lernpaten")
    _type_into(page, "[name=description]", "Ältere Schülerinnen helfen Jüngeren.")
    _choose(page, "[name=table]", "Übergang Schule–Beruf")
    _choose(page, "[name=field_of_action]", "Chancengerechtigkeit")
    tab_to(page, "button[type=submit]")
    _press_enter(page)
    page.get_by_text("Ihre Idee ist auf der Wand").wait_for()
    assert Idea.objects.filter(title="Lernpaten").exists()


def test_staff_publish_a_submitted_offer_by_keyboard(browser, live_server, foreign_requests, staff, org_a):
    from bildungsallianz.core.review.states import ReviewStatus
    from bildungsallianz.offers.models import Offer
    from bildungsallianz.offers.tests.factories import OfferFactory
    from bildungsallianz.pages import demo as pages_demo

    call_command("createcachetable", verbosity=0)
    pages_demo.seed()
    offer = OfferFactory(provider=org_a, title="Ferienpraktikum Gärtnerei", status=ReviewStatus.SUBMITTED)
    context, page = _new_page(browser, live_server, foreign_requests)
    page.goto(live_server.url + "/konto/anmelden/")
    _type_into(page, "input[name=username], input[type=email]", staff.email)
    _type_into(page, "input[type=password]", "test-passwort-123")
    _press_enter(page)
    page.wait_for_url("**/konto/")
    page.goto(live_server.url + "/cms/angebote-pruefen/")
    steps = tab_to(page, f'a[href$="/angebote-pruefen/{offer.pk}/"]', max_steps=200)
    _press_enter(page)
    page.wait_for_url(f"**/angebote-pruefen/{offer.pk}/")
    tab_to(page, "button[name=publish]", max_steps=200)
    _press_enter(page)
    page.get_by_text("ist veröffentlicht").first.wait_for()
    offer.refresh_from_db()
    assert offer.status == ReviewStatus.PUBLISHED and steps
    assert Offer.objects.filter(pk=offer.pk, status=ReviewStatus.PUBLISHED).exists()
    context.close()

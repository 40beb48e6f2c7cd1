"""Issue 10, second round, on a phone: staff create an edition with slots, the public hall plan and the
"new organisation as exhibitor" form, a teacher's anonymous feedback (German and French) and the
staff's aggregated results — axe on every page visited."""

import datetime

import pytest
from django.utils import timezone

from tests.browser.conftest import PHONE, _new_page, axe_check


@pytest.fixture
def held(db):
    """An edition two days ago with a German and a French class and a confirmed exhibitor."""
    from bildungsallianz.charter.tests.factories import CharterFactory, FieldOfActionFactory
    from bildungsallianz.fair import services
    from bildungsallianz.fair.tests.factories import ClassRegistrationFactory, EditionFactory, ExhibitorFactory

    CharterFactory()
    FieldOfActionFactory()
    today = timezone.localdate()
    edition = EditionFactory(
        slug="bib-gestern",
        title="BIB Gestern",
        date=today - datetime.timedelta(days=2),
        exhibitors_close=today + datetime.timedelta(days=30),
    )
    exhibitor = ExhibitorFactory(edition=edition, organisation__name="Stadtwerke Pirmasens")
    services.exhibitor_confirm(exhibitor=exhibitor, stand_number="A1", by=None)
    german = ClassRegistrationFactory(edition=edition, class_name="9a")
    french = ClassRegistrationFactory(edition=edition, class_name="3B", language="fr")
    return edition, services.class_manage_url(german), services.class_manage_url(french)


def _feedback(page, manage_url, base, *, context):
    page.goto(base + manage_url)
    page.locator("a[href$='/rueckmeldung/']").click()
    page.wait_for_url("**/rueckmeldung/")
    axe_check(page, context=context)
    page.locator("input[name=satisfaction]").first.check()
    page.locator("input[name=usefulness]").nth(1).check()
    page.locator("input[name=would_return]").first.check()
    page.fill("[name=comment]", "Mehr Sitzplätze")
    page.locator("form.kern-stack button[type=submit]").click()
    page.wait_for_url("**/bib/klasse/**")
    axe_check(page, context=context + " danach")


def test_editions_hall_plan_join_form_and_feedback_on_a_phone(
    phone_page, browser, live_server, login, held, staff, foreign_requests
):
    from bildungsallianz.fair.models import Edition, Feedback

    edition, german, french = held
    base = live_server.url
    phone_page.goto(f"{base}/bib/{edition.slug}/hallenplan/")
    axe_check(phone_page, context="Hallenplan")
    assert "Stadtwerke Pirmasens" in phone_page.content()
    phone_page.goto(f"{base}/bib/{edition.slug}/aussteller-neu/")
    axe_check(phone_page, context="Als neue Organisation ausstellen")
    _feedback(phone_page, german, base, context="Rückmeldung")
    _feedback(phone_page, french, base, context="Votre avis")
    assert Feedback.objects.count() == 2

    context, staff_page = _new_page(browser, live_server, foreign_requests, viewport=PHONE, is_mobile=True)
    try:
        login(staff_page, staff)
        staff_page.goto(f"{base}/bib/{edition.slug}/verwaltung/rueckmeldungen/")
        axe_check(staff_page, context="Rückmeldungen")
        assert "2 Antworten" in staff_page.content()
        staff_page.goto(f"{base}/bib/verwaltung/neu/")
        axe_check(staff_page, context="Neue Ausgabe")
        for name, value in {
            "title": "BIB 2031",
            "slug": "bib-2031",
            "date": "2031-09-18",
            "venue": "Messe Pirmasens",
            "hall_capacity": "900",
            "exhibitors_open": "2030-11-01",
            "exhibitors_close": "2031-06-30",
            "schools_open": "2030-11-01",
            "schools_close": "2031-07-15",
            "zeitfenster-0-starts_at": "08:00",
            "zeitfenster-0-ends_at": "10:00",
            "zeitfenster-1-starts_at": "10:00",
            "zeitfenster-1-ends_at": "12:00",
        }.items():
            staff_page.fill(f"[name={name}]", value)
        staff_page.get_by_role("button", name="Ausgabe speichern").click()
        staff_page.wait_for_url("**/bib/bib-2031/verwaltung/")
        axe_check(staff_page, context="Zeitplan der neuen Ausgabe")
        staff_page.goto(f"{base}/bib/verwaltung/")
        axe_check(staff_page, context="Ausgaben")
    finally:
        context.close()
    assert Edition.objects.get(slug="bib-2031").slots.count() == 2

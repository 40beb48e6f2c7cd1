"""Browser: three organisations answer a survey through their invitation links; staff close it and
publish the results; the indicator page shows the breakdown with small cells as `.`.

The answer form and the indicator page pass axe-core (WCAG 2.1 A/AA).
"""

import re

import pytest

from tests.browser.conftest import _new_page, axe_check

pytestmark = pytest.mark.django_db(transaction=True)

ANSWERS = [  # organisation → (Branche, Fachkräftebedarf, Ausbildungsplätze)
    ("Schuhfabrik Peter Kaiser", "Industrie", "steigt", "4"),
    ("Bäckerei Müller", "Handwerk", "steigt", "2"),
    ("Elektro Schmitt", "Handwerk", "bleibt gleich", "1"),
]


@pytest.fixture
def survey(settings):
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    from bildungsallianz.monitoring.services import regions_load
    from bildungsallianz.organisations.models import Sector
    from bildungsallianz.organisations.tests.factories import OrganisationFactory
    from bildungsallianz.surveys.models import Question
    from bildungsallianz.surveys.tests.factories import QuestionFactory, SurveyFactory

    regions_load()
    for n, (name, *_rest) in enumerate(ANSWERS):
        OrganisationFactory(name=name, slug=f"betrieb-{n}", sector=Sector.COMPANY)
    survey = SurveyFactory(title="Betriebsbefragung 2026", slug="betriebe-2026", open_link=False)
    QuestionFactory(
        survey=survey, order=1, text="In welcher Branche ist Ihr Betrieb tätig?", label="Branche",
        options="Handwerk\nIndustrie\nHandel", breaks_down=True,
    )  # fmt: skip
    QuestionFactory(
        survey=survey, order=2, text="Wie entwickelt sich Ihr Fachkräftebedarf?", label="Fachkräftebedarf",
        options="steigt\nbleibt gleich\nsinkt",
    )  # fmt: skip
    QuestionFactory(
        survey=survey, order=3, kind=Question.Kind.NUMBER, text="Wie viele Ausbildungsplätze bieten Sie an?",
        label="Ausbildungsplätze", options="", unit="Plätze", required=False,
    )  # fmt: skip
    QuestionFactory(
        survey=survey, order=4, kind=Question.Kind.TEXT, text="Was würde Ihnen helfen?", label="Wünsche",
        options="", required=False,
    )  # fmt: skip
    return survey


def test_three_organisations_answer_by_invitation_and_the_indicator_shows_secret_cells(
    browser, page, live_server, foreign_requests, login, staff, survey
):
    office_context, office = _new_page(browser, live_server, foreign_requests)
    login(office, staff)
    office.goto(f"{live_server.url}/cms/umfragen/{survey.pk}/einladungen/")
    for name, *_rest in ANSWERS:
        office.get_by_label(name).check()
    office.get_by_role("button", name="Links erstellen").click()
    office.locator("code.survey-invitation-link").first.wait_for()
    links = {}
    for row in office.locator("tr", has=office.locator("code.survey-invitation-link")).all():
        name = row.locator("td").first.inner_text().strip()
        links[name] = row.locator("code").inner_text().strip()
    assert sorted(links) == sorted(a[0] for a in ANSWERS)

    for n, (name, branch, demand, places) in enumerate(ANSWERS):
        context, answer_page = _new_page(browser, live_server, foreign_requests)
        answer_page.goto(links[name])
        assert f"Sie antworten für: {name}" in answer_page.content()
        if n == 0:
            answer_page.get_by_role("button", name="Antworten absenden").click()  # nothing chosen yet
            assert answer_page.locator(".error-summary").is_visible()
            axe_check(answer_page, context="Antwortformular mit Fehlermeldungen")
        answer_page.get_by_label(branch, exact=True).check()
        answer_page.get_by_label(demand, exact=True).check()
        answer_page.get_by_label("Wie viele Ausbildungsplätze bieten Sie an?").fill(places)
        answer_page.get_by_label("Was würde Ihnen helfen?").fill("Mehr Praktika")
        if n == 0:
            axe_check(answer_page, context="Antwortformular")
        answer_page.get_by_role("button", name="Antworten absenden").click()
        answer_page.wait_for_url("**/danke/")
        answer_page.goto(links[name])  # the link is used up
        assert "bereits geantwortet" in answer_page.content()
        context.close()

    office.goto(f"{live_server.url}/cms/umfragen/{survey.pk}/")
    office.get_by_role("button", name="Umfrage schließen").click()
    office.get_by_role("button", name="Ergebnisse ins Monitoring übernehmen").click()
    office.get_by_text("Die Ergebnisse sind ins Bildungsmonitoring übernommen").wait_for()
    office_context.close()

    page.goto(live_server.url + "/daten/betriebe-2026-fachkraftebedarf/")
    assert page.locator(".monitoring-value").first.inner_text().strip() == "3"
    table = page.get_by_role("table", name=re.compile("Nach Fachkräftebedarf"))
    cells = table.locator("td").all_inner_texts()
    assert "." in cells  # one or two answers per branch: kept secret
    assert "Mehr Praktika" not in page.content()  # free text stays in the back office
    assert "Bildungsbüro" in page.content()
    axe_check(page, context="Indikatorseite der Umfrage")

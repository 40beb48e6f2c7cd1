"""The demo Betriebsbefragung 2025: closed, answered by the demo companies, published in monitoring."""

from bildungsallianz.monitoring.models import ImportRun, Indicator, IndicatorValue, Observation
from bildungsallianz.organisations.models import Sector
from bildungsallianz.organisations.tests.factories import OrganisationFactory
from bildungsallianz.surveys.demo import OPEN_LINK_ANSWERS, seed
from bildungsallianz.surveys.models import Invitation, Response, Survey


def test_the_demo_survey_is_closed_answered_by_the_companies_and_shown_by_an_indicator(regions, client):
    for n in range(3):
        OrganisationFactory(name=f"Betrieb {n}", slug=f"betrieb-{n}", sector=Sector.COMPANY)
    seed()
    survey = Survey.objects.get(slug="betriebsbefragung-2025")
    assert survey.state == Survey.State.CLOSED and survey.aggregated_at is not None
    assert Response.objects.filter(survey=survey).count() == 3 + OPEN_LINK_ANSWERS
    assert Invitation.objects.filter(survey=survey, used_on__isnull=False).count() == 3
    indicator = Indicator.objects.get(code="betriebsbefragung-2025-fachkraftebedarf")
    assert IndicatorValue.objects.get(indicator=indicator).value == 3 + OPEN_LINK_ANSWERS
    assert Observation.objects.filter(variable__source__code="umfrage-betriebsbefragung-2025", status=".").exists()
    page = client.get(indicator.get_absolute_url())
    assert page.status_code == 200 and "Nach Fachkräftebedarf" in page.content.decode()


def test_seeding_twice_changes_nothing(regions):
    seed()
    counts = (Response.objects.count(), Observation.objects.count(), ImportRun.objects.count())
    seed()
    assert (Response.objects.count(), Observation.objects.count(), ImportRun.objects.count()) == counts


def test_many_invited_companies_still_answer_before_the_closing_date(regions):
    for n in range(70):
        OrganisationFactory(name=f"Betrieb {n}", slug=f"betrieb-{n}", sector=Sector.COMPANY)
    seed()
    survey = Survey.objects.get(slug="betriebsbefragung-2025")
    assert Invitation.objects.filter(survey=survey).count() == 70
    assert 3 < Invitation.objects.filter(survey=survey, used_on__isnull=False).count() < 70
    assert not Response.objects.filter(survey=survey, submitted_on__gt=survey.closes_at.date()).exists()

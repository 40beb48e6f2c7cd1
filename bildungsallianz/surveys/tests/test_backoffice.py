"""The Bildungsbüro's survey workplace: create, questions, invitations, close, aggregate, results."""

import pytest

from bildungsallianz.organisations.tests.factories import OrganisationFactory
from bildungsallianz.surveys.models import Invitation, Question, Survey

from .factories import QuestionFactory, SurveyFactory, answer, company_survey


@pytest.fixture
def staff_client(client, staff):
    client.force_login(staff)
    return client


def test_staff_create_a_survey_and_add_questions(staff_client):
    response = staff_client.post(
        "/cms/umfragen/neu/",
        {"title": "Elternbefragung", "slug": "eltern", "method": "Online", "closes_at": "2030-01-01T10:00",
         "reference_year": "2030", "theme": "schule"},
    )  # fmt: skip
    survey = Survey.objects.get(slug="eltern")
    assert response.status_code == 302 and survey.is_draft
    staff_client.post(
        f"/cms/umfragen/{survey.pk}/fragen/",
        {"kind": "single", "text": "Schulart?", "label": "Schulart", "options": "Grundschule\nGymnasium",
         "required": "on", "scale_min": "1", "scale_max": "5"},
    )  # fmt: skip
    assert list(survey.questions.values_list("label", flat=True)) == ["Schulart"]
    assert staff_client.post(f"/cms/umfragen/{survey.pk}/starten/").status_code == 302
    assert Survey.objects.get(pk=survey.pk).state == Survey.State.OPEN


def test_a_choice_question_with_one_option_is_refused_in_german_and_not_saved(staff_client):
    survey = SurveyFactory(state=Survey.State.DRAFT)
    response = staff_client.post(
        f"/cms/umfragen/{survey.pk}/fragen/",
        {"kind": "single", "text": "Ja?", "label": "Ja", "options": "Ja", "scale_min": "1", "scale_max": "5"},
    )
    assert response.status_code == 400
    assert "mindestens zwei Antwortmöglichkeiten" in response.content.decode()
    assert not Question.objects.exists()


def test_a_survey_with_a_closing_date_that_is_no_date_is_refused(staff_client):
    response = staff_client.post(
        "/cms/umfragen/neu/",
        {"title": "X", "slug": "x", "method": "Online", "closes_at": "morgen", "reference_year": "2030",
         "theme": "schule"},
    )  # fmt: skip
    assert response.status_code == 400
    assert "Bitte ein gültiges Datum und Uhrzeit eingeben." in response.content.decode()
    assert not Survey.objects.exists()


def test_questions_of_a_running_survey_cannot_be_changed(staff_client):
    survey = SurveyFactory()
    question = QuestionFactory(survey=survey)
    staff_client.post(f"/cms/umfragen/{survey.pk}/fragen/{question.pk}/loeschen/")
    assert Question.objects.filter(pk=question.pk).exists()


def test_invitation_links_are_shown_once(staff_client):
    survey = SurveyFactory()
    orgs = [OrganisationFactory(name=f"Betrieb {n}", slug=f"betrieb-{n}") for n in range(3)]
    page = staff_client.post(f"/cms/umfragen/{survey.pk}/einladungen/", {"organisations": [o.pk for o in orgs]})
    html = page.content.decode()
    assert html.count("/umfragen/einladung/") == 3
    assert Invitation.objects.filter(survey=survey).count() == 3
    again = staff_client.get(f"/cms/umfragen/{survey.pk}/einladungen/").content.decode()
    assert "/umfragen/einladung/" not in again


def test_inviting_nobody_is_refused_in_german(staff_client):
    survey = SurveyFactory()
    page = staff_client.post(f"/cms/umfragen/{survey.pk}/einladungen/", {})
    assert page.status_code == 400
    assert "Bitte wählen Sie mindestens eine Organisation." in page.content.decode()


def test_staff_see_free_text_in_the_results(staff_client):
    survey = company_survey()
    answer(survey, Branche="Handwerk", Fachkräftebedarf="steigt", Wünsche="Mehr Praktikumsbewerbungen aus der IGS")
    html = staff_client.get(f"/cms/umfragen/{survey.pk}/ergebnisse/").content.decode()
    assert "Mehr Praktikumsbewerbungen aus der IGS" in html


def test_closing_and_aggregating_from_the_back_office(staff_client, regions):
    survey = company_survey()
    for _ in range(3):
        answer(survey, Branche="Handwerk", Fachkräftebedarf="steigt")
    staff_client.post(f"/cms/umfragen/{survey.pk}/schliessen/")
    response = staff_client.post(f"/cms/umfragen/{survey.pk}/auswerten/", follow=True)
    assert "ins Bildungsmonitoring übernommen" in response.content.decode()
    assert Survey.objects.get(pk=survey.pk).aggregated_at is not None


def test_aggregating_a_running_survey_says_why_not(staff_client, regions):
    survey = company_survey()
    response = staff_client.post(f"/cms/umfragen/{survey.pk}/auswerten/", follow=True)
    assert "erst, wenn die Umfrage geschlossen ist" in response.content.decode()


def test_the_survey_list_costs_constant_queries(staff_client, django_assert_max_num_queries):
    SurveyFactory()
    with django_assert_max_num_queries(30) as small:
        staff_client.get("/cms/umfragen/")
    for _ in range(10):
        SurveyFactory()
    with django_assert_max_num_queries(len(small.captured_queries)):
        staff_client.get("/cms/umfragen/")


def test_the_start_page_lists_running_surveys_and_closed_ones_not_yet_published(staff_client):
    SurveyFactory(title="Läuft noch")
    SurveyFactory(title="Wartet auf Auswertung", state=Survey.State.CLOSED)
    html = staff_client.get("/cms/").content.decode()
    assert "Läuft noch" in html and "Wartet auf Auswertung" in html
    assert "noch nicht ins Monitoring übernommen" in html

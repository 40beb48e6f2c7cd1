"""Answering without an account: open link, one-time invitation links, closing date, bad input."""

import datetime

import pytest
import time_machine
from django.utils import timezone

from bildungsallianz.surveys.models import Answer, Invitation, Response, Survey, hash_token
from bildungsallianz.surveys.services import invitations_issue

from .factories import company_survey


@pytest.fixture
def survey(db):
    return company_survey()


def _valid(**extra):
    return {"frage_1": "Handwerk", "frage_2": "steigt", "frage_3": ["Praktika", "Ausbildung"], "frage_4": "3",
            "frage_5": "4", "frage_6": "Mehr Bewerbungen", **extra}  # fmt: skip


def test_anyone_answers_through_the_open_link_and_nothing_personal_is_stored(client, survey):
    response = client.post("/umfragen/betriebsbefragung/", _valid(), REMOTE_ADDR="203.0.113.9")
    assert response.status_code == 302 and response["Location"].endswith("/umfragen/betriebsbefragung/danke/")
    sheet = Response.objects.get()
    assert {f.name for f in Response._meta.get_fields()} == {"id", "survey", "submitted_on", "answers"}
    assert sorted(a.display for a in sheet.answers.all()) == sorted(
        ["Handwerk", "steigt", "Praktika, Ausbildung", "3", "4", "Mehr Bewerbungen"]
    )
    assert "203.0.113.9" not in str(list(Answer.objects.values_list()))


def test_a_missing_required_answer_gets_a_german_message_and_saves_nothing(client, survey):
    response = client.post("/umfragen/betriebsbefragung/", _valid(frage_2=""))
    assert response.status_code == 400
    assert "Bitte korrigieren Sie Ihre Angaben" in response.content.decode()
    assert "Dieses Feld muss ausgefüllt werden." in response.content.decode()
    assert Response.objects.count() == 0 and Answer.objects.count() == 0


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("frage_1", "Landwirtschaft", "Bitte eine gültige Auswahl treffen."),
        ("frage_3", ["Praktika", "Urlaub"], "Bitte eine gültige Auswahl treffen."),
        ("frage_4", "viele", "Bitte eine Zahl eingeben."),
        ("frage_4", "-2", "größer oder gleich 0"),
        ("frage_5", "9", "Bitte eine gültige Auswahl treffen."),
        ("frage_6", "x" * 2001, "höchstens 2000 Zeichen"),
    ],
)
def test_bad_input_gets_a_german_message_and_saves_nothing(client, survey, field, value, message):
    response = client.post("/umfragen/betriebsbefragung/", _valid(**{field: value}))
    assert response.status_code == 400
    assert message in response.content.decode()
    assert Response.objects.count() == 0 and Answer.objects.count() == 0


def test_numbers_in_german_notation_are_read(client, survey):
    client.post("/umfragen/betriebsbefragung/", _valid(frage_4="2,5"))
    assert Answer.objects.get(question__label="Ausbildungsplätze").number == 2.5


def test_an_answer_is_saved_entirely_or_not_at_all(client, survey, staff, monkeypatch):
    survey.open_link = False
    survey.save()
    ((invitation, token),) = invitations_issue(survey=survey, organisations=[staff_org(staff)], by=staff)

    def broken(*args, **kwargs):
        raise RuntimeError("Datenbank weg")

    monkeypatch.setattr(Answer.objects, "bulk_create", broken)
    with pytest.raises(RuntimeError):
        client.post(f"/umfragen/einladung/{token}/", _valid())
    assert Response.objects.count() == 0
    assert not Invitation.objects.get(pk=invitation.pk).is_used


def staff_org(staff):
    from bildungsallianz.organisations.tests.factories import OrganisationFactory

    return OrganisationFactory(name="Schuhfabrik Muster GmbH", slug="schuhfabrik")


def test_an_invitation_link_answers_once_and_is_stored_only_as_hash(client, survey, staff):
    survey.open_link = False
    survey.save()
    ((invitation, token),) = invitations_issue(survey=survey, organisations=[staff_org(staff)], by=staff)
    assert invitation.token_hash == hash_token(token) and token not in str(Invitation.objects.values_list())
    assert client.get("/umfragen/betriebsbefragung/").status_code == 404  # no open link
    page = client.get(f"/umfragen/einladung/{token}/")
    assert "Sie antworten für: Schuhfabrik Muster GmbH" in page.content.decode()
    assert client.post(f"/umfragen/einladung/{token}/", _valid()).status_code == 302
    again = client.post(f"/umfragen/einladung/{token}/", _valid())
    assert again.status_code == 410
    assert "bereits geantwortet" in again.content.decode()
    assert Response.objects.count() == 1
    assert Invitation.objects.get().used_on == timezone.localdate()


def test_unknown_tokens_are_not_found(client, survey):
    assert client.get("/umfragen/einladung/gibt-es-nicht/").status_code == 404
    assert client.get("/umfragen/einladung/" + "a" * 200 + "/").status_code == 404


def test_after_the_closing_date_the_form_says_so_in_german_and_takes_nothing(client, survey):
    with time_machine.travel(survey.closes_at + datetime.timedelta(minutes=1)):
        page = client.get("/umfragen/betriebsbefragung/")
        assert "Die Umfrage ist geschlossen" in page.content.decode()
        assert "<form" not in page.content.decode().split("<main", 1)[-1]
        client.post("/umfragen/betriebsbefragung/", _valid())
    assert Response.objects.count() == 0


def test_a_survey_closed_by_staff_says_when(client, survey):
    survey.state = Survey.State.CLOSED
    survey.closed_at = datetime.datetime(2025, 6, 30, 12, tzinfo=datetime.UTC)
    survey.save()
    assert (
        "Diese Umfrage wurde am 30. Juni 2025 beendet." in client.get("/umfragen/betriebsbefragung/").content.decode()
    )


def test_many_answers_from_one_address_are_refused(client, survey, settings):
    settings.SURVEYS_ANSWERS_PER_HOUR = 2
    for _ in range(2):
        assert client.post("/umfragen/betriebsbefragung/", _valid()).status_code == 302
    refused = client.post("/umfragen/betriebsbefragung/", _valid())
    assert refused.status_code == 429
    assert "später noch einmal" in refused.content.decode()
    assert Response.objects.count() == 2


def test_the_answer_form_is_never_cached(client, survey):
    assert "no-cache" in client.get("/umfragen/betriebsbefragung/")["Cache-Control"]


def test_of_two_simultaneous_answers_through_one_link_only_one_is_saved(survey, staff):
    """Both requests loaded the invitation unused; the conditional update lets only the first through."""
    from django.core.exceptions import ValidationError

    from bildungsallianz.surveys.services import response_submit

    ((invitation, _token),) = invitations_issue(survey=survey, organisations=[staff_org(staff)], by=staff)
    first, second = Invitation.objects.get(pk=invitation.pk), Invitation.objects.get(pk=invitation.pk)
    branch = survey.questions.get(label="Branche")
    demand = survey.questions.get(label="Fachkräftebedarf")
    values = {branch.pk: "Handwerk", demand.pk: "steigt"}
    response_submit(survey=survey, values=values, invitation=first)
    with pytest.raises(ValidationError, match="bereits geantwortet"):
        response_submit(survey=survey, values=values, invitation=second)
    assert Response.objects.count() == 1 and Answer.objects.count() == 2


def test_an_answer_just_after_midnight_in_germany_is_dated_on_the_german_day(client, survey, staff):
    survey.open_link = False
    survey.save()
    ((invitation, token),) = invitations_issue(survey=survey, organisations=[staff_org(staff)], by=staff)
    # 23:30 UTC on 30 November is 00:30 on 1 December in Pirmasens
    with time_machine.travel(datetime.datetime(2026, 11, 30, 23, 30, tzinfo=datetime.UTC), tick=False):
        assert client.post(f"/umfragen/einladung/{token}/", _valid()).status_code == 302
    assert Invitation.objects.get().used_on == datetime.date(2026, 12, 1)
    assert Response.objects.get().submitted_on == datetime.date(2026, 12, 1)

"""After the fair: anonymous feedback of teachers and exhibitors, figures per edition, French hints."""

import datetime

import pytest
import time_machine
from django.core import mail
from django.core.exceptions import ValidationError

from bildungsallianz.core.registry import components
from bildungsallianz.fair import selectors, services
from bildungsallianz.fair.models import ClassRegistration, Edition, Exhibitor, Feedback

from .factories import ClassRegistrationFactory, EditionFactory, ExhibitorFactory, SchoolFactory

pytestmark = pytest.mark.django_db

FAIR_DAY = datetime.date(2030, 9, 18)
AFTER = datetime.datetime(2030, 9, 20, 10, tzinfo=datetime.UTC)
ANSWER = {"satisfaction": "4", "usefulness": "5", "would_return": "ja", "comment": "Mehr Sitzplätze"}


def _confirmed(edition, **kwargs):
    exhibitor = ExhibitorFactory(edition=edition, **kwargs)
    services.exhibitor_confirm(exhibitor=exhibitor, stand_number=f"A{exhibitor.pk}", by=None)
    return exhibitor


def test_a_teacher_gives_anonymous_feedback_once_through_the_personal_link(client):
    registration = ClassRegistrationFactory(edition=EditionFactory(date=FAIR_DAY))
    url = f"/bib/klasse/{services.class_token(registration)}/rueckmeldung/"
    with time_machine.travel(AFTER):
        assert "Wie zufrieden waren Sie insgesamt?" in client.get(url).text
        response = client.post(url, ANSWER)
        assert response.status_code == 302
        again = client.post(url, {**ANSWER, "comment": "noch einmal"})
    feedback = Feedback.objects.get()
    assert (feedback.role, feedback.satisfaction, feedback.would_return) == ("schule", 4, True)
    assert not hasattr(feedback, "registration") and feedback.submitted_on == AFTER.date()
    assert "keine Rückmeldung möglich" in again.text and Feedback.objects.count() == 1


def test_feedback_is_refused_before_the_fair_and_six_weeks_after_it():
    registration = ClassRegistrationFactory(edition=EditionFactory(date=FAIR_DAY))
    for moment in (AFTER - datetime.timedelta(days=3), AFTER + datetime.timedelta(days=45)):
        with pytest.raises(ValidationError):
            services.feedback_give_class(
                registration=registration, data={"satisfaction": 3, "usefulness": 3, "would_return": False}, now=moment
            )
    assert Feedback.objects.count() == 0 and not ClassRegistration.objects.get().feedback_given


def test_bad_feedback_input_gives_german_messages_and_saves_nothing(client):
    registration = ClassRegistrationFactory(edition=EditionFactory(date=FAIR_DAY))
    url = f"/bib/klasse/{services.class_token(registration)}/rueckmeldung/"
    with time_machine.travel(AFTER):
        response = client.post(url, {"satisfaction": "9", "comment": "x" * 1001})
    assert response.status_code == 200
    assert "9 ist keine gültige Auswahl" in response.text and "Dieses Feld muss ausgefüllt werden" in response.text
    assert "höchstens 1000 Zeichen" in response.text
    assert Feedback.objects.count() == 0 and not ClassRegistration.objects.get().feedback_given


def test_a_french_teacher_gets_the_feedback_form_in_french(client):
    registration = ClassRegistrationFactory(edition=EditionFactory(date=FAIR_DAY), language="fr")
    with time_machine.travel(AFTER):
        page = client.get(f"/fr/bib/klasse/{services.class_token(registration)}/rueckmeldung/")
    assert "Votre avis" in page.text


def test_an_exhibitor_answers_through_the_link_of_the_invitation(client, django_capture_on_commit_callbacks):
    edition = EditionFactory(date=FAIR_DAY)
    french = ClassRegistrationFactory(edition=edition, language="fr")
    exhibitor = _confirmed(edition)
    ExhibitorFactory(edition=edition)  # not confirmed: not asked
    with time_machine.travel(AFTER), django_capture_on_commit_callbacks(execute=True):
        assert services.feedback_invite(edition=edition, by=None) == 2
    assert len(mail.outbox) == 2
    link = f"/bib/aussteller/{services.exhibitor_token(exhibitor)}/rueckmeldung/"
    assert any(link in m.body for m in mail.outbox)
    assert any(f"/fr/bib/klasse/{services.class_token(french)}/rueckmeldung/" in m.body for m in mail.outbox)
    with time_machine.travel(AFTER):
        assert client.post(link, ANSWER).status_code == 302
    assert Feedback.objects.get().role == "aussteller" and Exhibitor.objects.get(pk=exhibitor.pk).feedback_given


def test_feedback_is_asked_for_only_once_and_not_before_the_fair():
    edition = EditionFactory(date=FAIR_DAY)
    with time_machine.travel(datetime.datetime(2030, 9, 1, 10)), pytest.raises(ValidationError):
        services.feedback_invite(edition=edition, by=None)
    with time_machine.travel(AFTER):
        services.feedback_invite(edition=edition, by=None)
        with pytest.raises(ValidationError, match="schon erbeten"):
            services.feedback_invite(edition=edition, by=None)


def test_staff_see_only_aggregated_results(client, staff):
    edition = EditionFactory(date=FAIR_DAY)
    for value in (5, 4, 4):
        Feedback.objects.create(
            edition=edition,
            role="schule",
            satisfaction=value,
            usefulness=3,
            would_return=value > 4,
            submitted_on=FAIR_DAY,
        )
    exhibitors, school = selectors.feedback_results(edition)
    assert (school.count, school.satisfaction, school.usefulness, school.would_return) == (3, 4.3, 3.0, 33)
    assert school.distribution[0] == ("sehr gut", 1) and exhibitors.count == 0
    client.force_login(staff)
    page = client.get(f"/bib/{edition.slug}/verwaltung/rueckmeldungen/")
    assert "3 Antworten: Zufriedenheit 4,3 von 5" in page.text or "3 Antworten: Zufriedenheit 4.3 von 5" in page.text


def test_edition_figures_give_one_row_per_published_edition_in_four_queries(django_assert_max_num_queries):
    old = EditionFactory(slug="bib-2024", date=datetime.date(2024, 9, 18))
    new = EditionFactory(slug="bib-2025", date=datetime.date(2025, 9, 17))
    EditionFactory(slug="bib-entwurf", is_published=False)
    school = SchoolFactory()
    ClassRegistrationFactory(edition=new, school=school, pupils=20)
    ClassRegistrationFactory(edition=new, school=school, pupils=25)
    ClassRegistrationFactory(edition=new, pupils=10, cancelled_at=AFTER)
    _confirmed(new, internship_places=3, apprenticeship_places=2)
    ExhibitorFactory(edition=new, internship_places=50)  # not confirmed
    Feedback.objects.create(
        edition=new, role="schule", satisfaction=5, usefulness=4, would_return=True, submitted_on=AFTER
    )
    Feedback.objects.create(
        edition=new, role="aussteller", satisfaction=4, usefulness=4, would_return=True, submitted_on=AFTER
    )
    with django_assert_max_num_queries(4):
        figures = selectors.edition_figures()
    assert [f.slug for f in figures] == [old.slug, new.slug]
    assert (figures[0].classes, figures[0].satisfaction) == (0, None)
    latest = figures[1]
    assert (latest.exhibitors, latest.schools, latest.classes, latest.pupils, latest.places) == (1, 1, 2, 45, 5)
    assert (latest.feedback, latest.satisfaction, latest.year) == (2, 4.5, 2025)


def test_the_statistics_hook_reports_the_latest_edition_that_took_place():
    EditionFactory(slug="bib-2025", date=datetime.date(2025, 9, 17))
    ClassRegistrationFactory(edition=Edition.objects.get(slug="bib-2025"), pupils=20)
    EditionFactory(slug="bib-2031", date=datetime.date(2031, 9, 17))
    with time_machine.travel(datetime.datetime(2026, 1, 1, 10)):
        figures = [hook() for c, hook in components.refs("statistics") if c.app_label == "fair"][0]
    assert figures["bib_classes"] == 1 and figures["bib_pupils"] == 20


def test_a_french_class_reads_the_scheduler_hints_in_french_and_staff_in_german(
    django_capture_on_commit_callbacks, client
):
    edition = EditionFactory(date=FAIR_DAY, hall_capacity=60, long_travel_minutes=40)
    first = edition.slots.get(position=0)
    far = ClassRegistrationFactory(edition=edition, travel_minutes=90, language="fr")
    far.preferred_slots.set([first])
    services.schedule_run(edition=edition, by=None)
    far.refresh_from_db()
    assert "langer Anreise" in far.explanation
    french = far.explanation_in("fr")
    assert "premier créneau" in french and "langer Anreise" not in french
    with django_capture_on_commit_callbacks(execute=True):
        services.schedule_publish(edition=edition, by=None)
    assert "premier créneau" in mail.outbox[0].body
    page = client.get(services.class_manage_url(far))
    assert "premier créneau" in page.text

"""Workshop: code entry, ideas, dots within the limit, evaluation, wall, similar items."""

import pytest
from django.core.exceptions import ValidationError

from bildungsallianz.cooperation import services
from bildungsallianz.cooperation.models import Dot, Idea, Workshop
from bildungsallianz.cooperation.participants import COOKIE

from .factories import IdeaFactory, WorkshopFactory, WorkshopTableFactory

pytestmark = pytest.mark.django_db


def _join(client, code="ABC234"):
    return client.post("/werkstatt/", {"code": code})


def test_a_participant_with_the_code_adds_an_idea_without_an_account(client):
    workshop = WorkshopFactory(code="ABC234", phase=Workshop.Phase.COLLECTING)
    table = WorkshopTableFactory(workshop=workshop)
    response = _join(client)
    assert response.status_code == 302 and COOKIE in response.cookies
    response = client.post(
        f"/werkstatt/{workshop.slug}/ideen/neu/",
        {"title": "Lernpaten", "description": "Ältere helfen Jüngeren.", "table": table.pk},
    )
    assert response.status_code == 302
    idea = Idea.objects.get()
    assert idea.author is None and idea.participant_key and idea.table == table


def test_a_wrong_code_says_so_in_german_and_sets_no_cookie(client):
    WorkshopFactory(code="ABC234")
    response = _join(client, "FALSCH")
    assert response.status_code == 400
    assert "Zu diesem Code gibt es keine laufende Werkstatt" in response.content.decode()
    assert COOKIE not in response.cookies


def test_an_idea_without_title_is_refused_with_a_german_message_and_nothing_saved(client):
    workshop = WorkshopFactory(code="ABC234", phase=Workshop.Phase.COLLECTING)
    _join(client)
    response = client.post(f"/werkstatt/{workshop.slug}/ideen/neu/", {"title": "", "description": "x"})
    assert response.status_code == 400
    assert "Titel: Dieses Feld muss ausgefüllt werden." in response.content.decode()
    assert not Idea.objects.exists()


def test_dots_stop_at_the_limit_per_device(client):
    workshop = WorkshopFactory(code="ABC234", dots_per_participant=2)
    idea = IdeaFactory(workshop=workshop)
    _join(client)
    for _ in range(3):
        client.post(f"/werkstatt/{workshop.slug}/ideen/{idea.pk}/punkt/", {"action": "add"})
    assert Dot.objects.count() == 2
    other_device = client.__class__()
    _join(other_device)
    other_device.post(f"/werkstatt/{workshop.slug}/ideen/{idea.pk}/punkt/", {"action": "add"})
    assert Dot.objects.count() == 3


def test_the_limit_holds_per_account_too_and_the_message_is_german(editor_a):
    workshop = WorkshopFactory(dots_per_participant=1)
    idea = IdeaFactory(workshop=workshop)
    services.dot_add(idea=idea, by=editor_a)
    with pytest.raises(ValidationError, match="Sie haben alle 1 Punkte vergeben"):
        services.dot_add(idea=idea, by=editor_a)


def test_dots_only_in_the_supporting_phase(editor_a):
    idea = IdeaFactory(workshop=WorkshopFactory(phase=Workshop.Phase.COLLECTING))
    with pytest.raises(ValidationError, match="Ideen unterstützen"):
        services.dot_add(idea=idea, by=editor_a)
    assert not Dot.objects.exists()


def test_a_device_without_the_code_cannot_vote(client):
    workshop = WorkshopFactory()
    idea = IdeaFactory(workshop=workshop)
    response = client.post(f"/werkstatt/{workshop.slug}/ideen/{idea.pk}/punkt/", {"action": "add"})
    assert response.status_code == 403
    assert not Dot.objects.exists()


def test_a_forged_cookie_counts_as_no_code(client):
    workshop = WorkshopFactory()
    idea = IdeaFactory(workshop=workshop)
    client.cookies[COOKIE] = "erfunden"
    response = client.post(f"/werkstatt/{workshop.slug}/ideen/{idea.pk}/punkt/", {"action": "add"})
    assert response.status_code == 403


def test_declining_needs_a_reason(staff):
    idea = IdeaFactory()
    with pytest.raises(ValidationError, match="Bitte begründen Sie die Ablehnung"):
        services.idea_evaluate(idea=idea, decision=Idea.State.DECLINED, by=staff)
    idea.refresh_from_db()
    assert idea.status == Idea.State.NEW


def test_merging_moves_the_dots_to_the_other_idea(staff, editor_a):
    workshop = WorkshopFactory()
    a, b = IdeaFactory(workshop=workshop), IdeaFactory(workshop=workshop)
    services.dot_add(idea=a, by=editor_a)
    services.idea_evaluate(idea=a, decision=Idea.State.MERGED, by=staff, merge_into=b)
    assert b.dots.count() == 1 and a.dots.count() == 0
    a.refresh_from_db()
    assert a.merged_into == b


def test_an_idea_cannot_be_merged_into_itself(staff):
    idea = IdeaFactory()
    with pytest.raises(ValidationError):
        services.idea_evaluate(idea=idea, decision=Idea.State.MERGED, by=staff, merge_into=idea)


def test_the_wall_lists_ideas_by_dots_and_htmx_gets_only_the_board(client, editor_a, editor_b):
    workshop = WorkshopFactory()
    table = WorkshopTableFactory(workshop=workshop, name="Tisch Eltern")
    few = IdeaFactory(workshop=workshop, table=table, title="Wenig Punkte")
    many = IdeaFactory(workshop=workshop, table=table, title="Viele Punkte")
    services.dot_add(idea=many, by=editor_a)
    services.dot_add(idea=many, by=editor_b)
    services.dot_add(idea=few, by=editor_a)
    page = client.get(f"/werkstatt/{workshop.slug}/wand/").content.decode()
    assert page.index("Viele Punkte") < page.index("Wenig Punkte")
    assert 'hx-trigger="every 5s"' in page
    board = client.get(f"/werkstatt/{workshop.slug}/wand/", HTTP_HX_REQUEST="true").content.decode()
    assert "<html" not in board and "Viele Punkte" in board


def test_the_wall_costs_the_same_queries_with_more_ideas(client, django_assert_max_num_queries):
    workshop = WorkshopFactory()
    IdeaFactory.create_batch(3, workshop=workshop, table=WorkshopTableFactory(workshop=workshop))
    with django_assert_max_num_queries(12) as small:
        client.get(f"/werkstatt/{workshop.slug}/wand/", HTTP_HX_REQUEST="true")
    IdeaFactory.create_batch(30, workshop=workshop, table=WorkshopTableFactory(workshop=workshop))
    with django_assert_max_num_queries(len(small.captured_queries)):
        client.get(f"/werkstatt/{workshop.slug}/wand/", HTTP_HX_REQUEST="true")


def test_similar_items_show_existing_ideas_and_projects(client):
    from bildungsallianz.projects.tests.factories import ProjectFactory

    IdeaFactory(title="Mentoring für Schülerinnen")
    ProjectFactory(title="Mentoring-Programm Abschluss")
    page = client.get("/werkstatt/aehnliche/", {"q": "Mentoring"}).content.decode()
    assert "Mentoring für Schülerinnen" in page and "Mentoring-Programm Abschluss" in page
    fragment = client.get("/werkstatt/aehnliche/", {"title": "Mentoring"}, HTTP_HX_REQUEST="true").content.decode()
    assert "<html" not in fragment and "Mentoring-Programm" in fragment


def test_the_qr_code_is_an_svg_with_the_code_for_staff(client, staff):
    workshop = WorkshopFactory(code="QRC234")
    client.force_login(staff)
    response = client.get(f"/werkstatt/{workshop.slug}/qr-code.svg")
    assert response["Content-Type"] == "image/svg+xml"
    assert response.content.startswith(b"<svg")

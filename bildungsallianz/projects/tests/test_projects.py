"""Projects: progress, stale marking, updates by lead and partners, targets against actual values."""

import datetime

import pytest
import time_machine
from django.core.exceptions import ValidationError
from django.utils import timezone

from bildungsallianz.cooperation.models import Idea
from bildungsallianz.cooperation.tests.factories import IdeaFactory
from bildungsallianz.projects import services
from bildungsallianz.projects.models import ProgressUpdate, Project

from .factories import MilestoneFactory, ProjectFactory, target_for

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _local_cache(settings):
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}


def test_progress_comes_from_milestones_unless_set_by_hand():
    project = ProjectFactory()
    MilestoneFactory(project=project, done=True)
    MilestoneFactory(project=project, done=False)
    MilestoneFactory(project=project, done=False)
    MilestoneFactory(project=project, done=True)
    assert project.progress == 50
    project.progress_override = 80
    assert project.progress == 80


def test_a_project_without_updates_for_the_configured_time_is_stale(settings, client):
    settings.PROJECT_STALE_DAYS = 30
    start = datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)
    project = ProjectFactory(slug="alt", last_activity_at=start)
    with time_machine.travel(start + datetime.timedelta(days=29), tick=False):
        assert not project.is_stale(timezone.now())
    with time_machine.travel(start + datetime.timedelta(days=31), tick=False):
        assert project.is_stale(timezone.now())
        assert "Länger nicht aktualisiert" in client.get("/projekte/alt/").content.decode()


def test_still_on_track_is_one_click_and_clears_the_stale_mark(client, editor_b, org_a, org_b, settings):
    settings.PROJECT_STALE_DAYS = 30
    project = ProjectFactory(
        slug="p", lead_organisation=org_a, last_activity_at=timezone.now() - datetime.timedelta(days=60)
    )
    project.partners.add(org_b)
    client.force_login(editor_b)
    assert client.post("/projekte/p/im-plan/").status_code == 302
    project.refresh_from_db()
    assert not project.is_stale(timezone.now())
    assert project.updates.get().kind == ProgressUpdate.Kind.ON_TRACK


def test_a_partner_posts_a_progress_update_and_it_shows_on_the_page(client, editor_b, org_a, org_b):
    project = ProjectFactory(slug="p", lead_organisation=org_a)
    project.partners.add(org_b)
    client.force_login(editor_b)
    client.post("/projekte/p/fortschritt/", {"text": "Zehn Betriebe haben zugesagt.", "is_public": "on"})
    client.logout()
    assert "Zehn Betriebe haben zugesagt." in client.get("/projekte/p/").content.decode()


def test_internal_updates_are_hidden_from_the_public(client, editor_a, org_a):
    project = ProjectFactory(slug="p", lead_organisation=org_a)
    services.progress_update_post(project=project, text="Nur intern", is_public=False, by=editor_a)
    assert "Nur intern" not in client.get("/projekte/p/").content.decode()
    client.force_login(editor_a)
    assert "Nur intern" in client.get("/projekte/p/").content.decode()


def test_an_empty_progress_update_is_refused_in_german_and_nothing_is_saved(client, editor_a, org_a):
    ProjectFactory(slug="p", lead_organisation=org_a)
    client.force_login(editor_a)
    response = client.post("/projekte/p/fortschritt/", {"text": ""})
    assert response.status_code == 400
    assert "Dieses Feld muss ausgefüllt werden." in response.content.decode()
    assert not ProgressUpdate.objects.exists()


def test_an_end_before_the_start_is_refused_in_german(client, editor_a, org_a):
    client.force_login(editor_a)
    response = client.post(
        "/projekte/neu/",
        {
            "title": "Neu",
            "summary": "Kurz",
            "status": "planung",
            "lead_organisation": org_a.pk,
            "start_date": "2026-05-01",
            "end_date": "2026-04-01",
            "is_public": "on",
        },
    )
    assert "Das Ende darf nicht vor dem Beginn liegen." in response.content.decode()
    assert not Project.objects.exists()


def test_an_editor_cannot_make_another_organisation_lead(client, editor_a, org_b):
    client.force_login(editor_a)
    response = client.post(
        "/projekte/neu/", {"title": "Fremd", "summary": "x", "status": "idee", "lead_organisation": org_b.pk}
    )
    assert response.status_code == 200 and not Project.objects.exists()


def test_a_project_from_an_accepted_idea_remembers_its_origin(client, staff, org_a):
    idea = IdeaFactory(status=Idea.State.ACCEPTED, title="Mentoring", organisation=org_a)
    client.force_login(staff)
    form = client.get(f"/projekte/neu/?idee={idea.pk}").content.decode()
    assert 'value="Mentoring"' in form
    response = client.post(
        f"/projekte/neu/?idee={idea.pk}",
        {
            "title": "Mentoring",
            "summary": "Begleitung",
            "status": "planung",
            "lead_organisation": org_a.pk,
            "is_public": "on",
        },
    )
    project = Project.objects.get()
    assert response.status_code == 302 and project.origin_idea == idea
    page = client.get(project.get_absolute_url()).content.decode()
    assert "Entstanden aus" in page and idea.workshop.title in page


def test_an_idea_that_was_not_accepted_does_not_become_a_project(staff, org_a):
    idea = IdeaFactory()
    with pytest.raises(ValidationError, match="angenommenen Idee"):
        services.project_create(
            data={"title": "x", "summary": "y", "lead_organisation": org_a}, by=staff, origin_idea=idea
        )
    assert not Project.objects.exists()


def test_target_against_actual_uses_monitoring_values_with_chart_and_table(client):
    project = ProjectFactory(slug="p")
    target_for(project, baseline_year=2022, values={2021: "9.8", 2022: "10.4", 2023: "8.9"})
    page = client.get("/projekte/p/").content.decode()
    assert "Neuester Wert: 8,9" in page and "<svg" in page and "Zielpfad" in page
    assert '<td class="kern-table__cell kern-table__cell--numeric">10,4</td>' in page


def test_without_a_newer_value_the_page_says_so_plainly(client):
    project = ProjectFactory(slug="p")
    target_for(project, baseline_year=2023, values={2023: "8.9"})
    assert "Seit dem Ausgangsjahr liegt noch kein neuerer Wert vor." in client.get("/projekte/p/").content.decode()


def test_a_target_year_before_the_baseline_is_refused(editor_a, org_a):
    from bildungsallianz.projects.tests.factories import indicator_with_values

    project = ProjectFactory(lead_organisation=org_a)
    indicator, region = indicator_with_values()
    data = {
        "indicator": indicator,
        "region": region,
        "baseline_value": 10,
        "baseline_year": 2023,
        "target_value": 8,
        "target_year": 2020,
    }
    with pytest.raises(ValidationError, match="Zieljahr muss nach dem Ausgangsjahr"):
        services.indicator_target_add(project=project, data=data, by=editor_a)
    assert not project.indicator_targets.exists()

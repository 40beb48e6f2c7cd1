"""Working groups: visibility, minutes sanitised, private files, tasks, calendar feed."""

import datetime

import pytest
import time_machine
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from bildungsallianz.cooperation import services
from bildungsallianz.cooperation.models import ActionItem, Meeting, MeetingAttachment
from bildungsallianz.cooperation.selectors import public_meetings_between
from bildungsallianz.core.registry import components, resolve

from .factories import ActionItemFactory, MeetingFactory, WorkingGroupFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _private_files_in_tmp(settings, tmp_path):
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def group(wg_member, org_c):
    group = WorkingGroupFactory(slug="intern", is_public=False, chair=wg_member)
    services.group_add_member(group=group, user=wg_member, organisation=org_c)
    return group


def test_minutes_lose_scripts_but_keep_lists(group, wg_member):
    meeting = services.meeting_save(
        group=group,
        by=wg_member,
        data={
            "title": "Sitzung",
            "starts_at": timezone.now(),
            "minutes": "<p>Gut</p><script>alert(1)</script><ul><li>Punkt</li></ul>",
        },
    )
    assert "<script" not in meeting.minutes and "<li>Punkt</li>" in meeting.minutes
    assert meeting.minutes_published_at is not None


def test_a_meeting_that_ends_before_it_starts_is_refused_in_german(client, group, wg_member):
    client.force_login(wg_member)
    response = client.post(
        "/arbeitsgruppen/intern/sitzungen/neu/",
        {"title": "Falsch", "starts_at": "2026-12-01T10:00", "ends_at": "2026-12-01T09:00"},
    )
    assert response.status_code == 200
    assert "Das Ende darf nicht vor dem Beginn liegen." in response.content.decode()
    assert not Meeting.objects.exists()


def test_attachments_are_stored_outside_public_media_and_served_to_members_only(
    client, group, wg_member, editor_a, settings
):
    meeting = MeetingFactory(group=group)
    upload = SimpleUploadedFile("protokoll.pdf", b"%PDF-1.4 geheim", content_type="application/pdf")
    attachment = services.attachment_add(meeting=meeting, title="Protokoll", upload=upload, by=wg_member)
    path = attachment.file.path
    assert path.startswith(str(settings.PRIVATE_MEDIA_ROOT)) and not path.startswith(str(settings.MEDIA_ROOT))
    url = attachment.get_absolute_url()
    client.force_login(editor_a)
    assert client.get(url).status_code == 404
    client.force_login(wg_member)
    response = client.get(url)
    assert response.status_code == 200 and b"".join(response.streaming_content) == b"%PDF-1.4 geheim"
    assert response["Cache-Control"] == "private, no-cache"


def test_an_executable_attachment_is_refused_in_german(client, group, wg_member):
    meeting = MeetingFactory(group=group)
    client.force_login(wg_member)
    upload = SimpleUploadedFile("virus.exe", b"MZ", content_type="application/octet-stream")
    response = client.post(f"/arbeitsgruppen/intern/sitzungen/{meeting.pk}/anhaenge/", {"title": "x", "file": upload})
    assert response.status_code == 400
    assert "Dieser Dateityp ist nicht erlaubt" in response.content.decode()
    assert not MeetingAttachment.objects.exists()


def test_a_task_needs_someone_responsible(group, wg_member):
    with pytest.raises(Exception, match="verantwortliche Person oder Organisation"):
        services.action_item_create(group=group, data={"title": "Ohne"}, by=wg_member)
    assert not ActionItem.objects.exists()


def test_my_tasks_mark_overdue_under_a_frozen_clock(client, group, wg_member):
    ActionItemFactory(group=group, responsible_user=wg_member, title="Zu spät", due_date=datetime.date(2026, 3, 1))
    ActionItemFactory(group=group, responsible_user=wg_member, title="Rechtzeitig", due_date=datetime.date(2026, 3, 9))
    client.force_login(wg_member)
    with time_machine.travel(datetime.datetime(2026, 3, 5, 10, tzinfo=datetime.UTC), tick=False):
        page = client.get("/arbeitsgruppen/meine-aufgaben/").content.decode()
    assert page.count("überfällig") == 1
    assert page.index("Zu spät") < page.index("überfällig") < page.index("Rechtzeitig")


def test_tasks_of_my_organisation_count_as_mine(group, wg_member, org_c):
    ActionItemFactory(group=group, responsible_organisation=org_c, title="Für die Organisation")
    from bildungsallianz.cooperation.selectors import my_tasks

    assert [t.title for t in my_tasks(user=wg_member)] == ["Für die Organisation"]


def test_the_private_feed_lists_my_meetings_and_a_renewed_url_replaces_the_old(client, group, wg_member):
    MeetingFactory(group=group, title="Jahresplanung")
    old = services.feed_token_for(wg_member).token
    response = client.get(f"/arbeitsgruppen/kalender/{old}.ics")
    assert response.status_code == 200 and b"Jahresplanung" in response.content
    client.force_login(wg_member)
    client.post("/arbeitsgruppen/kalender/")
    client.logout()
    assert client.get(f"/arbeitsgruppen/kalender/{old}.ics").status_code == 404


def test_public_meetings_reach_the_events_calendar_through_the_registry(group):
    public = WorkingGroupFactory(slug="offen", is_public=True)
    start = timezone.now()
    MeetingFactory(group=public, title="Öffentlich", starts_at=start + datetime.timedelta(days=1))
    MeetingFactory(group=group, title="Intern", starts_at=start + datetime.timedelta(days=1))
    entries = public_meetings_between(start, start + datetime.timedelta(days=30))
    assert [e.title for e in entries] == ["Offene Gruppe: Öffentlich".replace("Offene Gruppe", public.name)]
    hook = resolve(components.get("cooperation").extra["calendar"])
    assert hook is public_meetings_between


def test_a_public_group_shows_published_decisions_but_not_the_minutes(client):
    public = WorkingGroupFactory(slug="offen", is_public=True)
    MeetingFactory(
        group=public,
        starts_at=timezone.now() - datetime.timedelta(days=2),
        minutes="<p>Vertrauliche Diskussion</p>",
        decisions="Wir treffen uns monatlich.",
        decisions_public=True,
    )
    page = client.get("/arbeitsgruppen/offen/").content.decode()
    assert "Wir treffen uns monatlich." in page and "Vertrauliche Diskussion" not in page


def test_the_group_list_and_my_tasks_cost_the_same_queries_as_they_grow(
    client, group, wg_member, org_c, django_assert_max_num_queries
):
    client.force_login(wg_member)
    with django_assert_max_num_queries(40) as small:
        client.get("/arbeitsgruppen/")
        client.get("/arbeitsgruppen/meine-aufgaben/")
    for number in range(15):
        other = WorkingGroupFactory(slug=f"gruppe-{number}")
        services.group_add_member(group=other, user=wg_member, organisation=org_c)
        ActionItemFactory(group=other, responsible_user=wg_member, meeting=MeetingFactory(group=other))
    with django_assert_max_num_queries(len(small.captured_queries)):
        client.get("/arbeitsgruppen/")
        client.get("/arbeitsgruppen/meine-aufgaben/")


def test_the_dashboard_panels_count_waiting_ideas_and_stale_projects(rf, staff, settings):
    from bildungsallianz.cooperation.backoffice import ideas_panel
    from bildungsallianz.cooperation.models import Workshop
    from bildungsallianz.cooperation.tests.factories import IdeaFactory, WorkshopFactory
    from bildungsallianz.projects.backoffice import stale_panel
    from bildungsallianz.projects.tests.factories import ProjectFactory

    IdeaFactory.create_batch(2, workshop=WorkshopFactory(phase=Workshop.Phase.EVALUATING))
    settings.PROJECT_STALE_DAYS = 30
    ProjectFactory(title="Eingeschlafen", last_activity_at=timezone.now() - datetime.timedelta(days=45))
    ProjectFactory(title="Frisch")
    request = rf.get("/cms/")
    request.user = staff
    assert ideas_panel(request).count == 2
    panel = stale_panel(request)
    assert panel.count == 1 and panel.items[0].label == "Eingeschlafen"


def test_a_members_data_is_found_and_erased(group, wg_member):
    from bildungsallianz.cooperation.models import DigestSettings, FeedToken, GroupMembership
    from bildungsallianz.cooperation.privacy import erase_participation, find_participation

    ActionItemFactory(group=group, responsible_user=wg_member, title="Einladung schreiben")
    services.feed_token_for(wg_member)
    services.digest_settings_for(wg_member)
    found = find_participation("AG-Mitglied@example.org")
    assert {"arbeitsgruppe": group.name, "organisation": "Organisation C"}.items() <= found[0].items()
    assert any(r.get("aufgabe") == "Einladung schreiben" for r in found)
    assert erase_participation("ag-mitglied@example.org") >= 4
    assert not GroupMembership.objects.exists() and not FeedToken.objects.exists()
    assert not DigestSettings.objects.exists()
    assert ActionItem.objects.get().responsible_user is None

"""The daily digest: one mail per person per day, kinds switchable, unsubscribe without login."""

import datetime

import pytest
import time_machine
from django.core import mail
from django.core.management import call_command

from bildungsallianz.cooperation import digest, services
from bildungsallianz.cooperation.models import DigestSettings

from .factories import ActionItemFactory, MeetingFactory, WorkingGroupFactory

pytestmark = pytest.mark.django_db
DAY = datetime.datetime(2026, 3, 5, 6, 0, tzinfo=datetime.UTC)


@pytest.fixture
def busy_member(wg_member, org_c):
    group = WorkingGroupFactory(slug="ag")
    services.group_add_member(group=group, user=wg_member, organisation=org_c)
    with time_machine.travel(DAY - datetime.timedelta(hours=5), tick=False):
        for number in range(3):
            ActionItemFactory(group=group, responsible_user=wg_member, title=f"Aufgabe {number}")
        MeetingFactory(group=group, minutes="<p>x</p>", minutes_published_at=DAY - datetime.timedelta(hours=4))
        ActionItemFactory(
            group=group, responsible_user=wg_member, title="Überfällig", due_date=datetime.date(2026, 3, 1)
        )
    return wg_member


def test_many_events_make_one_mail_per_person_per_day(busy_member):
    with time_machine.travel(DAY, tick=False):
        call_command("send_digests")
        call_command("send_digests")
    assert len(mail.outbox) == 1
    body = mail.outbox[0].body
    assert "Aufgabe 0" in body and "Aufgabe 2" in body and "Protokoll" in body and "Überfällig seit 01.03.2026" in body
    with time_machine.travel(DAY + datetime.timedelta(days=1), tick=False):
        call_command("send_digests")
    assert len(mail.outbox) == 2  # the overdue task is news again the next day


def test_switched_off_kinds_are_left_out(busy_member):
    services.digest_settings_update(user=busy_member, data={"tasks": False, "due": False})
    with time_machine.travel(DAY, tick=False):
        digest.send_digests(base_url="https://example.org")
    assert "Aufgabe 0" not in mail.outbox[0].body and "Protokoll" in mail.outbox[0].body


def test_the_unsubscribe_link_works_without_login_and_stops_the_mails(client, busy_member):
    with time_machine.travel(DAY, tick=False):
        digest.send_digests(base_url="")
    link = next(line for line in mail.outbox[0].body.splitlines() if "/abmelden/" in line).split()[-1]
    assert client.get(link).status_code == 200
    assert client.post(link).status_code == 200
    assert DigestSettings.objects.get(user=busy_member).enabled is False
    with time_machine.travel(DAY + datetime.timedelta(days=1), tick=False):
        digest.send_digests(base_url="")
    assert len(mail.outbox) == 1


def test_a_forged_unsubscribe_token_changes_nothing(client, busy_member):
    response = client.post("/arbeitsgruppen/abmelden/123:gefaelscht/")
    assert response.status_code == 404
    assert not DigestSettings.objects.filter(user=busy_member, enabled=False).exists()


def test_nobody_gets_an_empty_digest(wg_member, org_c):
    group = WorkingGroupFactory(slug="ruhig")
    services.group_add_member(group=group, user=wg_member, organisation=org_c)
    with time_machine.travel(DAY, tick=False):
        assert digest.send_digests(base_url="") == 0
    assert mail.outbox == []


def test_project_updates_of_my_organisation_reach_me_through_the_registry(editor_a, editor_b, org_a, org_b):
    from bildungsallianz.projects import services as project_services
    from bildungsallianz.projects.tests.factories import ProjectFactory

    project = ProjectFactory(lead_organisation=org_a, title="Berufsbörse")
    project.partners.add(org_b)
    with time_machine.travel(DAY - datetime.timedelta(hours=2), tick=False):
        project_services.progress_update_post(project=project, text="Halle gebucht", is_public=True, by=editor_b)
    with time_machine.travel(DAY, tick=False):
        digest.send_digests(base_url="")
    to_a = [m for m in mail.outbox if m.to == [editor_a.email]]
    assert len(to_a) == 1 and "Berufsbörse: Halle gebucht" in to_a[0].body
    assert not [m for m in mail.outbox if m.to == [editor_b.email]]  # own update is no news

"""Permission matrix of the cooperation module (format: core/testing/matrix.py).

The world: an internal group "intern" (chair and member: wg_member), a public group
"offen" (member: editor_a), a meeting with an attachment in each, a task in "intern",
a workshop in the supporting phase with one idea. Refused writes name what must stay
as it was (``unchanged``: one row, or a QuerySet that must keep exactly its rows).
"""

import datetime

from django.core.files.base import ContentFile
from django.utils import timezone

from bildungsallianz.core.testing.matrix import FORBIDDEN, HIDDEN, LOGIN, OK, REDIRECT, Row, StaffViewSet

INVALID = 400  # allowed, but the form data of the row is incomplete


def world(ctx):
    from bildungsallianz.cooperation import digest, services
    from bildungsallianz.cooperation.models import ActionItem, Dot, Meeting, MeetingAttachment
    from bildungsallianz.cooperation.tests.factories import (
        ActionItemFactory,
        IdeaFactory,
        MeetingFactory,
        WorkingGroupFactory,
        WorkshopFactory,
        WorkshopTableFactory,
    )

    internal = WorkingGroupFactory(name="Interne Gruppe", slug="intern", is_public=False, chair=ctx.wg_member)
    public = WorkingGroupFactory(name="Offene Gruppe", slug="offen", is_public=True)
    membership = services.group_add_member(group=internal, user=ctx.wg_member, organisation=ctx.org_c)
    services.group_add_member(group=public, user=ctx.editor_a, organisation=ctx.org_a)
    m_intern = MeetingFactory(group=internal, starts_at=timezone.now() - datetime.timedelta(days=3))
    m_offen = MeetingFactory(group=public)
    attachment = MeetingAttachment(meeting=m_intern, title="Protokoll-Anlage")
    attachment.file.save("anlage.txt", ContentFile(b"vertraulich"), save=True)
    task = ActionItemFactory(group=internal, responsible_user=ctx.wg_member)
    workshop = WorkshopFactory(slug="werkstatt", code="ABC234")
    table = WorkshopTableFactory(workshop=workshop)
    idea = IdeaFactory(workshop=workshop)
    return {
        "group_pk": internal.pk,
        "membership_pk": membership.pk,
        "workshop_pk": workshop.pk,
        "table_pk": table.pk,
        "m_intern_obj": m_intern,
        "m_offen_obj": m_offen,
        "meetings_intern": Meeting.objects.filter(group=internal),
        "attachments_intern": MeetingAttachment.objects.filter(meeting=m_intern),
        "tasks_intern": ActionItem.objects.filter(group=internal),
        "tasks_offen": ActionItem.objects.filter(group=public),
        "task_obj": task,
        "idea_obj": idea,
        "idea_dots": Dot.objects.filter(idea=idea),
        "m_intern": m_intern.pk,
        "m_offen": m_offen.pk,
        "att": attachment.pk,
        "att_name": attachment.file.name,
        "task": task.pk,
        "idea": idea.pk,
        "feed": services.feed_token_for(ctx.wg_member).token,
        "unsub": digest.unsubscribe_token(ctx.wg_member),
    }


ALL_OK = {"anonymous": OK, "editor_a": OK, "editor_b": OK, "wg_member": OK, "staff": OK}
ALL_HIDDEN = {"anonymous": HIDDEN, "editor_a": HIDDEN, "editor_b": HIDDEN, "wg_member": HIDDEN, "staff": HIDDEN}
ACCOUNT = {"anonymous": LOGIN, "editor_a": OK, "editor_b": OK, "wg_member": OK, "staff": OK}
INTERNAL = {"anonymous": LOGIN, "editor_a": HIDDEN, "editor_b": HIDDEN, "wg_member": OK, "staff": OK}

ROWS = [
    Row("/arbeitsgruppen/", **ALL_OK),
    Row("/arbeitsgruppen/meine-aufgaben/", **ACCOUNT),
    Row("/arbeitsgruppen/kalender/", **ACCOUNT),
    Row("/arbeitsgruppen/kalender/{feed}.ics", **ALL_OK),
    Row("/arbeitsgruppen/kalender/falsch.ics", **ALL_HIDDEN),
    Row("/arbeitsgruppen/benachrichtigungen/", **ACCOUNT),
    Row("/arbeitsgruppen/abmelden/{unsub}/", **ALL_OK),
    Row("/arbeitsgruppen/abmelden/gefaelscht/", **ALL_HIDDEN),
    Row("/arbeitsgruppen/intern/", anonymous=HIDDEN, editor_a=HIDDEN, editor_b=HIDDEN, wg_member=OK, staff=OK),
    Row("/arbeitsgruppen/offen/", **ALL_OK),
    Row("/arbeitsgruppen/intern/aufgaben/neu/", **INTERNAL),
    Row(
        "/arbeitsgruppen/offen/aufgaben/neu/", anonymous=LOGIN, editor_a=OK, editor_b=HIDDEN, wg_member=HIDDEN, staff=OK
    ),
    Row("/arbeitsgruppen/intern/sitzungen/neu/", **INTERNAL),
    Row(
        "/arbeitsgruppen/offen/sitzungen/neu/",
        anonymous=LOGIN,
        editor_a=FORBIDDEN,
        editor_b=HIDDEN,
        wg_member=HIDDEN,
        staff=OK,
    ),
    Row("/arbeitsgruppen/intern/sitzungen/{m_intern}/", **INTERNAL),
    Row(
        "/arbeitsgruppen/offen/sitzungen/{m_offen}/",
        anonymous=LOGIN,
        editor_a=OK,
        editor_b=HIDDEN,
        wg_member=HIDDEN,
        staff=OK,
    ),
    Row("/arbeitsgruppen/intern/sitzungen/{m_intern}/bearbeiten/", **INTERNAL),
    Row(
        "/arbeitsgruppen/offen/sitzungen/{m_offen}/bearbeiten/",
        anonymous=LOGIN,
        editor_a=FORBIDDEN,
        editor_b=HIDDEN,
        wg_member=HIDDEN,
        staff=OK,
    ),
    Row("/arbeitsgruppen/intern/sitzungen/{m_intern}/anhaenge/{att}/", **INTERNAL),
    Row(
        "/dateien/arbeitsgruppen/{att_name}",
        anonymous=HIDDEN,
        editor_a=HIDDEN,
        editor_b=HIDDEN,
        wg_member=OK,
        staff=OK,
    ),
    Row(
        "/arbeitsgruppen/intern/sitzungen/{m_intern}/anhaenge/",
        method="post",
        data={"title": "ohne Datei"},
        unchanged="attachments_intern",
        anonymous=LOGIN,
        editor_a=HIDDEN,
        editor_b=HIDDEN,
        wg_member=INVALID,
        staff=INVALID,
    ),
    Row(
        "/arbeitsgruppen/intern/sitzungen/neu/",
        method="post",
        data={"title": "Neue Sitzung", "starts_at": "2026-12-01T10:00"},
        unchanged="meetings_intern",
        anonymous=LOGIN,
        editor_a=HIDDEN,
        editor_b=HIDDEN,
        wg_member=REDIRECT,
        staff=REDIRECT,
    ),
    Row(
        "/arbeitsgruppen/aufgaben/{task}/status/",
        method="post",
        data={"done": "1"},
        unchanged="task_obj",
        anonymous=LOGIN,
        editor_a=HIDDEN,
        editor_b=HIDDEN,
        wg_member=REDIRECT,
        staff=REDIRECT,
    ),
    Row("/werkstatt/", **ALL_OK),
    Row("/werkstatt/aehnliche/", **ALL_OK),
    Row("/werkstatt/werkstatt/", **ALL_OK),
    Row("/werkstatt/gibt-es-nicht/", **ALL_HIDDEN),
    Row("/werkstatt/werkstatt/wand/", **ALL_OK),
    Row(
        "/werkstatt/werkstatt/qr-code.svg",
        anonymous=FORBIDDEN,
        editor_a=FORBIDDEN,
        editor_b=FORBIDDEN,
        wg_member=FORBIDDEN,
        staff=OK,
    ),
    Row("/werkstatt/werkstatt/ideen/neu/", anonymous=REDIRECT, editor_a=OK, editor_b=OK, wg_member=OK, staff=OK),
    Row("/werkstatt/werkstatt/ideen/{idea}/", **ALL_OK),
    Row(
        "/werkstatt/werkstatt/ideen/{idea}/punkt/",
        method="post",
        data={"action": "add"},
        unchanged="idea_dots",
        anonymous=FORBIDDEN,
        editor_a=REDIRECT,
        editor_b=REDIRECT,
        wg_member=REDIRECT,
        staff=REDIRECT,
    ),
    Row(
        "/werkstatt/werkstatt/ideen/{idea}/bewerten/",
        method="post",
        data={"decision": "angenommen"},
        unchanged="idea_obj",
        anonymous=FORBIDDEN,
        editor_a=FORBIDDEN,
        editor_b=FORBIDDEN,
        wg_member=FORBIDDEN,
        staff=REDIRECT,
    ),
    # Refused writes that the GET rows above only imply.
    Row(
        "/arbeitsgruppen/offen/sitzungen/{m_offen}/bearbeiten/",
        method="post",
        data={"title": "Geändert", "starts_at": "2026-12-01T10:00"},
        unchanged="m_offen_obj",
        anonymous=LOGIN,
        editor_a=FORBIDDEN,
        editor_b=HIDDEN,
        wg_member=HIDDEN,
        staff=REDIRECT,
    ),
    Row(
        "/arbeitsgruppen/intern/sitzungen/{m_intern}/bearbeiten/",
        method="post",
        data={"title": "Geändert", "starts_at": "2026-12-01T10:00"},
        unchanged="m_intern_obj",
        anonymous=LOGIN,
        editor_a=HIDDEN,
        editor_b=HIDDEN,
        wg_member=REDIRECT,
        staff=REDIRECT,
    ),
    Row(
        "/arbeitsgruppen/intern/aufgaben/neu/",
        method="post",
        data={"title": "Neue Aufgabe"},
        unchanged="tasks_intern",
        anonymous=LOGIN,
        editor_a=HIDDEN,
        editor_b=HIDDEN,
        wg_member=INVALID,
        staff=INVALID,
    ),
    Row(
        "/arbeitsgruppen/offen/aufgaben/neu/",
        method="post",
        data={"title": "Neue Aufgabe"},
        unchanged="tasks_offen",
        anonymous=LOGIN,
        editor_a=INVALID,
        editor_b=HIDDEN,
        wg_member=HIDDEN,
        staff=INVALID,
    ),
]

# Back office (Wagtail model views, StaffOnlyViewSetMixin): staff only, 404 for cms_editor.
VIEWSETS = [
    StaffViewSet(namespace="workinggroup", pk="{group_pk}"),
    StaffViewSet(namespace="groupmembership", pk="{membership_pk}"),
    StaffViewSet(namespace="workshop", pk="{workshop_pk}"),
    StaffViewSet(namespace="workshoptable", pk="{table_pk}"),
]

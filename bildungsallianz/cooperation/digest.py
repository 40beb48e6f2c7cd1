"""The daily digest: one e-mail per person per day, never one per event.

Kinds: new minutes, new tasks, tasks due or overdue (this module) and project news
(supplied by the projects module through ``Component.extra["digest"]``). Each
person switches kinds off in their settings; every mail carries a signed
unsubscribe link that works without logging in. ``send_digests`` is idempotent:
a person who got today's digest gets no second one.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.core import signing
from django.db import transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from bildungsallianz.accounts.models import Membership
from bildungsallianz.core.mail import send_templated_mail
from bildungsallianz.core.registry import components

from .models import ActionItem, DigestSettings, Meeting

SALT = "cooperation.digest-unsubscribe"
DUE_SOON_DAYS = 3


def unsubscribe_token(user) -> str:
    return signing.dumps(user.pk, salt=SALT)


def user_from_token(token: str):
    try:
        pk = signing.loads(token, salt=SALT)
    except signing.BadSignature:
        return None
    return get_user_model().objects.filter(pk=pk, is_active=True).first()


@dataclass
class Digest:
    user: object
    sections: dict[str, list[dict]] = field(default_factory=dict)

    @property
    def empty(self) -> bool:
        return not any(self.sections.values())


def _group_items(user, settings_row: DigestSettings, since, now) -> dict[str, list[dict]]:
    today = timezone.localdate(now)
    sections: dict[str, list[dict]] = {}
    if settings_row.wants("minutes"):
        meetings = Meeting.objects.filter(
            group__memberships__user=user, minutes_published_at__gte=since, minutes_published_at__lt=now
        ).select_related("group")
        sections["minutes"] = [
            {
                "text": _("Protokoll: %(group)s – %(title)s") % {"group": m.group.name, "title": m.title},
                "url": m.get_absolute_url(),
            }
            for m in meetings.order_by("starts_at")
        ]
    mine = ActionItem.objects.for_user(user).select_related("group")
    if settings_row.wants("tasks"):
        sections["tasks"] = [
            {
                "text": _("Neue Aufgabe (%(group)s): %(title)s") % {"group": t.group.name, "title": t.title},
                "url": t.group.get_absolute_url(),
            }
            for t in mine.filter(created_at__gte=since, created_at__lt=now).order_by("pk")
        ]
    if settings_row.wants("due"):
        soon = today + datetime.timedelta(days=DUE_SOON_DAYS)
        sections["due"] = [
            {
                "text": (
                    _("Überfällig seit %(date)s: %(title)s")
                    if t.due_date < today
                    else _("Fällig am %(date)s: %(title)s")
                )
                % {"date": date_format(t.due_date, "SHORT_DATE_FORMAT"), "title": t.title},
                "url": reverse("cooperation:my_tasks"),
            }
            for t in mine.open().filter(due_date__lte=soon).order_by("due_date", "pk")
        ]
    return sections


def build_digest(user, *, since, now) -> Digest:
    settings_row = DigestSettings.objects.filter(user=user).first() or DigestSettings(user=user)
    digest = Digest(user=user, sections=_group_items(user, settings_row, since, now))
    if settings_row.wants("projects"):
        items = []
        for component in components.all():
            ref = component.extra.get("digest")
            if ref:
                from bildungsallianz.core.registry import resolve

                items += resolve(ref)(user=user, since=since, now=now)
        digest.sections["projects"] = items
    return digest


def recipients():
    """People in a working group or editors of an organisation, unless they switched the digest off."""
    users = (
        get_user_model()
        .objects.filter(is_active=True)
        .filter(Q(group_memberships__isnull=False) | Q(memberships__role=Membership.Role.EDITOR))
    )
    return users.exclude(digest_settings__enabled=False).distinct().order_by("pk")


SECTION_TITLES = {
    "minutes": gettext_lazy("Neue Protokolle"),
    "tasks": gettext_lazy("Neue Aufgaben"),
    "due": gettext_lazy("Fällige und überfällige Aufgaben"),
    "projects": gettext_lazy("Aus Ihren Projekten"),
}


def send_digests(*, now=None, base_url: str) -> int:
    """Send today's digest to everyone who has news and has not had one today. Returns the number sent."""
    now = now or timezone.now()
    today = timezone.localdate(now)
    sent = 0
    for user in recipients():
        settings_row, _created = DigestSettings.objects.get_or_create(user=user)
        if settings_row.last_sent_on == today:
            continue
        since = settings_row.last_sent_at or now - datetime.timedelta(days=1)
        digest = build_digest(user, since=since, now=now)
        if digest.empty:
            continue
        with transaction.atomic():
            row = DigestSettings.objects.select_for_update().get(pk=settings_row.pk)
            if row.last_sent_on == today:  # another run got here first
                continue
            row.last_sent_on, row.last_sent_at = today, now
            row.save(update_fields=["last_sent_on", "last_sent_at"])
            sections = [(str(SECTION_TITLES[k]), items) for k, items in digest.sections.items() if items]
            unsubscribe = base_url + reverse("cooperation:unsubscribe", kwargs={"token": unsubscribe_token(user)})
            send_templated_mail(
                template="cooperation/emails/digest",
                to=[user.email],
                context={
                    "user": user,
                    "sections": sections,
                    "date": today,
                    "unsubscribe_url": unsubscribe,
                    "settings_url": base_url + reverse("cooperation:digest_settings"),
                    "base_url": base_url,
                },
            )
        sent += 1
    return sent

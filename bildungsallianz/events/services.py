"""Writes of the events module: events through the shared review life cycle, registrations with a waiting list."""

from __future__ import annotations

import datetime

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import signing
from django.core.exceptions import ValidationError
from django.db import connection, transaction
from django.db.models import F
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from bildungsallianz.accounts.models import STAFF_GROUP, Membership
from bildungsallianz.core.mail import reader_language, send_templated_mail
from bildungsallianz.core.review import services as review
from bildungsallianz.core.slugs import save_with_unique_slug, slug_base
from bildungsallianz.core.translations.services import translation_set

from .models import Event, Registration, RegistrationStatus

TOKEN_SALT = "events.registration"


def _write(event: Event, data: dict) -> Event:
    for name in Event.review_fields:
        if name in data:
            setattr(event, name, data[name])
    event.full_clean(exclude=["slug"])
    if event.pk is None:
        save_with_unique_slug(event, slug_base(event.title, max_length=180, fallback="veranstaltung"))
    else:
        event.save()
    for name in Event.review_m2m_fields:
        if name in data:
            getattr(event, name).set(data[name] or [])
    return event


@transaction.atomic
def event_create(*, organiser, data: dict, by) -> Event:
    return _write(Event(organiser=organiser), data)


@transaction.atomic
def event_update(*, event: Event, data: dict, by) -> Event:
    """Drafts change in place; edits of a published event go into its change copy."""
    return _write(review.review_edit_target(event, by=by), data)


def _staff_emails() -> list[str]:
    users = get_user_model().objects.filter(is_active=True, groups__name=STAFF_GROUP)
    return list(users.values_list("email", flat=True).distinct())


def _organiser_emails(event: Event) -> list[str]:
    """The active editors of the organising organisation."""
    return list(
        Membership.objects.filter(organisation_id=event.organiser_id, role=Membership.Role.EDITOR, user__is_active=True)
        .values_list("user__email", flat=True)
        .distinct()
    )


def _notify(template: str, to: list[str], event: Event, **extra) -> None:
    """After the commit: one e-mail (the project's ``send_templated_mail``) to the given addresses."""
    to = [address for address in to if address]
    if to:
        context = {"event": event, "manage_url": settings.SITE_URL + reverse("events:manage"), **extra}
        transaction.on_commit(lambda: send_templated_mail(template=f"events/emails/{template}", to=to, context=context))


@transaction.atomic
def event_translation_save(*, event: Event, language: str, values: dict, by) -> Event:
    """Add or change the translation of ``event`` into ``language`` (empty values remove it);
    a translation of a published event goes into its change copy. Returns the edited row."""
    target = review.review_edit_target(event, by=by)
    translation_set(target, language, values)
    target.full_clean()
    target.save()
    return target


@transaction.atomic
def event_submit(*, event: Event, by, now=None) -> Event:
    """Submit for review; the Bildungsbüro is told by e-mail."""
    submitted = review.review_submit(obj=event, by=by, now=now)
    _notify(
        "review_submitted", _staff_emails(), submitted, review_url=settings.SITE_URL + reverse("events:review_list")
    )
    return submitted


@transaction.atomic
def event_publish(*, event: Event, by, now=None) -> Event:
    """Publish (a change copy is merged into its original); the organiser's editors are told by e-mail."""
    live = review.review_publish(obj=event, by=by, now=now)
    _notify("review_published", _organiser_emails(live), live, event_url=settings.SITE_URL + live.get_absolute_url())
    return live


@transaction.atomic
def event_return(*, event: Event, by, comment: str, now=None) -> Event:
    """Return for revision with a note; the organiser's editors get the note by e-mail."""
    returned = review.review_return(obj=event, by=by, comment=comment, now=now)
    _notify("review_returned", _organiser_emails(returned), returned, comment=comment)
    return returned


# --- registrations -------------------------------------------------------


def registration_token(registration: Registration) -> str:
    return signing.Signer(salt=TOKEN_SALT).sign(str(registration.pk))


def registration_from_token(token: str) -> Registration | None:
    try:
        pk = int(signing.Signer(salt=TOKEN_SALT).unsign(token))
    except (signing.BadSignature, ValueError):
        return None
    return Registration.objects.select_related("event").filter(pk=pk).first()


def _mail(registration: Registration, template: str) -> None:
    """E-mail the registered person in the language they registered in (also when another
    person's cancellation moves them up), with the link to their registration in that language."""
    with translation.override(registration.language):
        url = reverse("events:registration", kwargs={"token": registration_token(registration)})
    send_templated_mail(
        template=f"events/emails/{template}",
        to=[registration.email],
        context={"registration": registration, "event": registration.event, "manage_url": settings.SITE_URL + url},
        language=registration.language,
    )


def _lock_event(event: Event) -> None:
    """Serialise all registration writes of one event.

    PostgreSQL: a row lock (SELECT … FOR UPDATE) held until the transaction
    ends. SQLite has no row locks: a no-op UPDATE of the row takes the write
    lock of the database at once (and the project opens transactions with
    BEGIN IMMEDIATE), so the count that follows cannot be stale.
    """
    rows = Event.objects.filter(pk=event.pk)
    if connection.features.has_select_for_update:
        list(rows.select_for_update().values_list("pk", flat=True))
    else:
        rows.update(capacity=F("capacity"))


@transaction.atomic
def registration_create(*, event: Event, name: str, email: str, now=None) -> Registration:
    """Register for an event: a seat while there is one, else the waiting list. Sends the confirmation."""
    now = now or timezone.now()
    if not event.registration_open(now):
        raise ValidationError(_("Für diese Veranstaltung ist keine Anmeldung möglich."))
    _lock_event(event)
    event.refresh_from_db(fields=["capacity"])
    if Registration.objects.filter(event=event, email__iexact=email).exclude(status=RegistrationStatus.CANCELLED):
        raise ValidationError({"email": _("Mit dieser E-Mail-Adresse ist schon jemand angemeldet.")})
    taken = Registration.objects.filter(event=event).confirmed().count()
    status = RegistrationStatus.CONFIRMED if taken < event.capacity else RegistrationStatus.WAITING
    registration = Registration(
        event=event, name=name, email=email, status=status, consent_at=now, created_at=now, language=reader_language()
    )
    registration.full_clean()
    registration.save()
    transaction.on_commit(lambda: _mail(registration, "registered"))
    return registration


@transaction.atomic
def registration_cancel(*, registration: Registration, now=None) -> Registration | None:
    """Cancel; a freed seat goes to the first on the waiting list (returned, and told by e-mail)."""
    now = now or timezone.now()
    _lock_event(registration.event)
    registration.refresh_from_db()
    if not registration.can_cancel:
        raise ValidationError(_("Diese Anmeldung ist schon abgesagt."))
    freed = registration.is_confirmed
    registration.status = RegistrationStatus.CANCELLED
    registration.cancelled_at = now
    registration.save(update_fields=["status", "cancelled_at"])
    promoted = None
    if freed:
        event = registration.event
        taken = Registration.objects.filter(event=event).confirmed().count()
        promoted = Registration.objects.filter(event=event).waiting().first() if taken < event.capacity else None
        if promoted is not None:
            promoted.status = RegistrationStatus.CONFIRMED
            promoted.save(update_fields=["status"])
            transaction.on_commit(lambda: _mail(promoted, "promoted"))
    return promoted


def registrations_purge(*, now=None) -> int:
    """Delete registrations (name, e-mail) of events that ended more than their retention period ago.

    Idempotent: run it daily (``purge_event_registrations``); a second run deletes nothing more.
    """
    now = now or timezone.now()
    deleted = 0
    events = Event.objects.filter(registrations__isnull=False).distinct()
    for event in events.only("pk", "ends_at", "recurrence", "repeat_until", "retention_days"):
        last_end = event.ends_at
        if event.recurrence and event.repeat_until:
            last_end = max(
                last_end, timezone.make_aware(datetime.datetime.combine(event.repeat_until, datetime.time.max))
            )
        if last_end + datetime.timedelta(days=event.retention_days) < now:
            deleted += Registration.objects.filter(event=event).delete()[0]
    return deleted

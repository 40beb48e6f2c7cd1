"""Writes of the fair: class registrations, scheduling, publishing, check-in, exhibitors."""

from __future__ import annotations

import datetime

from django.core import signing
from django.core.exceptions import ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from bildungsallianz.core.mail import send_templated_mail

from . import scheduling
from .models import ClassRegistration, Edition, Exhibitor, School, Slot

TOKEN_SALT = "fair.class-registration"


def class_token(registration: ClassRegistration) -> str:
    """A stable signed token for the teacher's link (no account needed)."""
    return signing.Signer(salt=TOKEN_SALT).sign(str(registration.pk))


def class_from_token(token: str) -> ClassRegistration | None:
    try:
        pk = int(signing.Signer(salt=TOKEN_SALT).unsign(token))
    except (signing.BadSignature, ValueError):
        return None
    return ClassRegistration.objects.select_related("edition", "school", "slot").filter(pk=pk).first()


def class_manage_url(registration: ClassRegistration) -> str:
    """The teacher's page, in the language the class was registered in (``/fr/bib/klasse/…``)."""
    from django.conf import settings
    from django.utils import translation

    language = registration.language if registration.language in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE
    with translation.override(language):
        return reverse("fair:class_manage", kwargs={"token": class_token(registration)})


def _mail_teacher(registration: ClassRegistration, template: str) -> None:
    from django.conf import settings

    if not registration.contact_email or registration.contact_email.endswith(".invalid"):
        return  # anonymised (DSGVO erasure or retention)
    send_templated_mail(
        template=f"fair/emails/{template}",
        to=[registration.contact_email],
        context={
            "registration": registration,
            "edition": registration.edition,
            "manage_url": settings.SITE_URL + class_manage_url(registration),
        },
        language=registration.language,
    )


def _school_for(data: dict) -> School:
    school = data.get("school")
    if school:
        return school
    name = (data.get("new_school_name") or "").strip()
    city = (data.get("new_school_city") or "").strip()
    if not name or not city:
        raise ValidationError({"school": _("Bitte wählen Sie Ihre Schule oder nennen Sie Name und Ort.")})
    school, _created = School.objects.get_or_create(
        name=name, defaults={"city": city, "country": data.get("new_school_country") or "DE"}
    )
    return school


CLASS_FIELDS = [
    "class_name",
    "level",
    "pupils",
    "teachers",
    "contact_name",
    "contact_email",
    "travel_minutes",
    "keep_together",
    "accessibility_needs",
]


def _check_slots(edition: Edition, preferred, impossible) -> None:
    if set(preferred) & set(impossible):
        raise ValidationError(
            {"impossible_slots": _("Ein Zeitfenster kann nicht zugleich gewünscht und unmöglich sein.")}
        )
    if any(slot.edition_id != edition.pk for slot in [*preferred, *impossible]):
        raise ValidationError(_("Unbekanntes Zeitfenster."))
    if len(set(impossible)) >= edition.slots.count():
        raise ValidationError({"impossible_slots": _("Mindestens ein Zeitfenster muss möglich sein.")})


@transaction.atomic
def class_register(*, edition: Edition, data: dict, language: str = "de", now=None) -> ClassRegistration:
    """A teacher registers a class; sends the confirmation e-mail with the link to change or cancel."""
    now = now or timezone.now()
    if not edition.schools_can_register(timezone.localdate(now)):
        raise ValidationError(_("Die Anmeldung für Schulen ist nicht geöffnet."))
    preferred, impossible = list(data.get("preferred_slots") or []), list(data.get("impossible_slots") or [])
    _check_slots(edition, preferred, impossible)
    registration = ClassRegistration(
        edition=edition,
        school=_school_for(data),
        language=language,
        consent_at=now,
        **{name: data[name] for name in CLASS_FIELDS if name in data},
    )
    registration.full_clean()
    registration.save()
    registration.preferred_slots.set(preferred)
    registration.impossible_slots.set(impossible)
    transaction.on_commit(lambda: _mail_teacher(registration, "class_registered"))
    return registration


@transaction.atomic
def class_update(*, registration: ClassRegistration, data: dict, now=None) -> ClassRegistration:
    now = now or timezone.now()
    if not registration.can_change(timezone.localdate(now)):
        raise ValidationError(_("Diese Anmeldung kann nicht mehr geändert werden."))
    preferred, impossible = list(data.get("preferred_slots") or []), list(data.get("impossible_slots") or [])
    _check_slots(registration.edition, preferred, impossible)
    for name in CLASS_FIELDS:
        if name in data:
            setattr(registration, name, data[name])
    registration.full_clean()
    registration.save()
    registration.preferred_slots.set(preferred)
    registration.impossible_slots.set(impossible)
    return registration


@transaction.atomic
def class_cancel(*, registration: ClassRegistration, now=None) -> ClassRegistration:
    now = now or timezone.now()
    if not registration.can_change(timezone.localdate(now)):
        raise ValidationError(_("Diese Anmeldung kann nicht mehr geändert werden."))
    registration.cancelled_at = now
    registration.slot = None
    registration.pinned = False
    registration.save(update_fields=["cancelled_at", "slot", "pinned"])
    transaction.on_commit(lambda: _mail_teacher(registration, "class_cancelled"))
    return registration


def _problem(edition: Edition, slots: list[Slot], classes: list[ClassRegistration]) -> scheduling.Problem:
    index = {slot.pk: i for i, slot in enumerate(slots)}
    specs = []
    for registration in classes:
        specs.append(
            scheduling.ClassSpec(
                key=registration.pk,
                school=registration.school.name,
                people=registration.people,
                preferred=frozenset(index[s.pk] for s in registration.preferred_slots.all()),
                impossible=frozenset(index[s.pk] for s in registration.impossible_slots.all()),
                long_travel=registration.travel_minutes >= edition.long_travel_minutes,
                keep_together=registration.keep_together,
                pinned=index[registration.slot_id] if registration.pinned and registration.slot_id else None,
                label=str(registration),
            )
        )
    capacity = edition.hall_capacity
    return scheduling.Problem(
        slots=tuple(scheduling.SlotSpec(label=s.label, capacity=capacity) for s in slots), classes=tuple(specs)
    )


@transaction.atomic
def schedule_run(*, edition: Edition, by) -> scheduling.Result:
    """Assign every active class a slot around the pins; store the slot and the German explanation."""
    slots = list(edition.slots.order_by("position"))
    classes = list(
        edition.class_registrations.active()
        .select_for_update()
        .select_related("school")
        .prefetch_related("preferred_slots", "impossible_slots")
        .order_by("pk")
    )
    problem = _problem(edition, slots, classes)
    try:
        result = scheduling.solve(problem)
    except scheduling.SchedulingError as exc:
        raise ValidationError(str(exc)) from exc
    notes = scheduling.explain(problem, result.assignment)
    for i, registration in enumerate(classes):
        t = result.assignment[i]
        registration.slot = slots[t] if t is not None else None
        registration.explanation = "\n".join(notes[i])
    ClassRegistration.objects.bulk_update(classes, ["slot", "explanation"])
    return result


@transaction.atomic
def class_pin(*, registration: ClassRegistration, slot: Slot | None, by) -> ClassRegistration:
    """Staff put a class into a slot by hand (it stays there on re-runs); ``None`` releases the pin."""
    if slot is not None and slot.edition_id != registration.edition_id:
        raise ValidationError(_("Unbekanntes Zeitfenster."))
    if slot is None:
        registration.pinned = False
    else:
        used = sum(r.people for r in ClassRegistration.objects.in_slot(slot).exclude(pk=registration.pk))
        if used + registration.people > registration.edition.hall_capacity:
            raise ValidationError(
                _("Im Zeitfenster %(slot)s ist kein Platz mehr: %(used)s von %(capacity)s Plätzen belegt.")
                % {"slot": slot.label, "used": used, "capacity": registration.edition.hall_capacity}
            )
        registration.slot = slot
        registration.pinned = True
        registration.explanation = _("Von der Messeleitung festgelegt.")
    registration.save(update_fields=["slot", "pinned", "explanation"])
    return registration


@transaction.atomic
def schedule_publish(*, edition: Edition, by, now=None, notify: bool = True) -> int:
    """Send each teacher whose slot is new or changed since the last publication their slot.

    Returns the number of e-mails. The first publication reaches every class;
    later ones only those affected by a change.
    """
    now = now or timezone.now()
    classes = list(edition.class_registrations.active().select_related("school", "slot", "edition"))
    if any(r.slot_id is None for r in classes):
        raise ValidationError(_("Noch nicht jede Klasse hat ein Zeitfenster. Bitte planen Sie zuerst alle ein."))
    changed = [r for r in classes if r.slot_id != r.notified_slot_id]
    for registration in changed:
        registration.notified_slot_id = registration.slot_id
    ClassRegistration.objects.bulk_update(changed, ["notified_slot"])
    edition.schedule_published_at = now
    edition.save(update_fields=["schedule_published_at"])
    for registration in changed if notify else []:
        transaction.on_commit(lambda r=registration: _mail_teacher(r, "class_slot"))
    return len(changed)


def class_check_in(*, registration: ClassRegistration, by, now=None, undo: bool = False) -> ClassRegistration:
    registration.arrived_at = None if undo else (now or timezone.now())
    registration.save(update_fields=["arrived_at"])
    return registration


EXHIBITOR_FIELDS = [
    "internship_places",
    "apprenticeship_places",
    "dual_study_places",
    "stand_size",
    "needs_power",
    "needs_table",
    "staff_count",
    "contact_name",
    "contact_email",
]


@transaction.atomic
def exhibitor_register(*, edition: Edition, organisation, data: dict, by, today: datetime.date | None = None):
    today = today or timezone.localdate()
    if not edition.exhibitors_can_register(today):
        raise ValidationError(_("Die Anmeldung für Aussteller ist nicht geöffnet."))
    exhibitor = Exhibitor.objects.filter(edition=edition, organisation=organisation).first() or Exhibitor(
        edition=edition, organisation=organisation
    )
    for name in EXHIBITOR_FIELDS:
        if name in data:
            setattr(exhibitor, name, data[name])
    exhibitor.full_clean()
    exhibitor.save()
    exhibitor.occupations.set(data.get("occupations") or [])
    return exhibitor


@transaction.atomic
def exhibitor_confirm(*, exhibitor: Exhibitor, stand_number: str, by, now=None) -> Exhibitor:
    stand_number = (stand_number or "").strip()
    if not stand_number:
        raise ValidationError({"stand_number": _("Bitte geben Sie eine Standnummer an.")})
    taken = Exhibitor.objects.filter(edition=exhibitor.edition, stand_number=stand_number).exclude(pk=exhibitor.pk)
    if taken.exists():
        raise ValidationError({"stand_number": _("Diese Standnummer ist schon vergeben.")})
    exhibitor.stand_number = stand_number
    exhibitor.confirmed_at = exhibitor.confirmed_at or now or timezone.now()
    exhibitor.save(update_fields=["stand_number", "confirmed_at"])
    return exhibitor

"""Writes of the fair: class registrations, scheduling, publishing, check-in, exhibitors, feedback."""

from __future__ import annotations

import datetime

from django.core import signing
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from bildungsallianz.core.mail import send_templated_mail
from bildungsallianz.core.review import services as review

from . import scheduling
from .explanations import render_notes
from .models import (
    EXHIBITOR_FIELDS,
    STAND_FIELDS,
    ClassRegistration,
    Edition,
    Exhibitor,
    ExhibitorApplication,
    Feedback,
    FeedbackRole,
    School,
    Slot,
)
from .scheduling.explain import BY_HAND

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
            "explanation": registration.explanation_in(registration.language),
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
    notes = scheduling.explain_notes(problem, result.assignment)
    for i, registration in enumerate(classes):
        t = result.assignment[i]
        registration.slot = slots[t] if t is not None else None
        registration.explanation_notes = notes[i]
        registration.explanation = render_notes(notes[i], "de")
    ClassRegistration.objects.bulk_update(classes, ["slot", "explanation", "explanation_notes"])
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
        registration.explanation_notes = [[[BY_HAND, {}]]]
        registration.explanation = render_notes(registration.explanation_notes, "de")
    registration.save(update_fields=["slot", "pinned", "explanation", "explanation_notes"])
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


@transaction.atomic
def exhibitor_register(*, edition: Edition, organisation, data: dict, by, today: datetime.date | None = None):
    """Register (or change) an organisation's stand and submit it for the Bildungsbüro's review.

    A change to a confirmed entry goes into its change copy (``core.review``); the
    confirmed values stay public until the Bildungsbüro confirms the change.
    """
    today = today or timezone.localdate()
    if not edition.exhibitors_can_register(today):
        raise ValidationError(_("Die Anmeldung für Aussteller ist nicht geöffnet."))
    existing = Exhibitor.objects.filter(edition=edition, organisation=organisation, change_of__isnull=True).first()
    exhibitor = (
        review.review_edit_target(existing, by=by)
        if existing
        else Exhibitor(edition=edition, organisation=organisation)
    )
    for name in EXHIBITOR_FIELDS:
        if name in data:
            setattr(exhibitor, name, data[name])
    exhibitor.full_clean()
    exhibitor.save()
    exhibitor.occupations.set(data.get("occupations") or [])
    return review.review_submit(obj=exhibitor, by=by)


def _stand_number_free(exhibitor: Exhibitor, stand_number: str) -> str:
    stand_number = (stand_number or "").strip()
    if not stand_number:
        raise ValidationError({"stand_number": _("Bitte geben Sie eine Standnummer an.")})
    taken = Exhibitor.objects.filter(
        edition=exhibitor.edition, stand_number=stand_number, change_of__isnull=True
    ).exclude(pk=exhibitor.pk)
    if taken.exists():
        raise ValidationError({"stand_number": _("Diese Standnummer ist schon vergeben.")})
    return stand_number


@transaction.atomic
def exhibitor_confirm(*, exhibitor: Exhibitor, stand_number: str, by, now=None) -> Exhibitor:
    """Confirm an exhibitor with a stand number: publishes the entry or its submitted change.

    An already confirmed entry without a pending change only gets the new stand number.
    """
    stand_number = _stand_number_free(exhibitor, stand_number)
    pending = exhibitor.pending_change_copy
    if pending is not None and pending.can_publish:
        live = review.review_publish(obj=pending, by=by, now=now)
    elif exhibitor.can_publish:
        live = review.review_publish(obj=exhibitor, by=by, now=now)
    elif exhibitor.is_confirmed:
        live = exhibitor
    else:
        raise ValidationError(exhibitor.review_message("publish"))
    live.stand_number = stand_number
    live.save(update_fields=["stand_number"])
    return live


@transaction.atomic
def exhibitor_return(*, exhibitor: Exhibitor, comment: str, by, now=None) -> Exhibitor:
    """Give the entry (or its submitted change) back with a note; the stand contact is told by e-mail."""
    pending = exhibitor.pending_change_copy
    target = pending if pending is not None and pending.can_return else exhibitor
    returned = review.review_return(obj=target, by=by, comment=comment, now=now)
    if returned.contact_email and not returned.contact_email.endswith(".invalid"):
        transaction.on_commit(
            lambda: send_templated_mail(
                template="fair/emails/exhibitor_returned",
                to=[returned.contact_email],
                context={"exhibitor": returned, "edition": returned.edition, "comment": returned.review_comment},
            )
        )
    return returned


# --- Anonymous feedback after the fair -------------------------------------------------------

FEEDBACK_SALT = "fair.exhibitor-feedback"
FEEDBACK_FIELDS = ["satisfaction", "usefulness", "would_return", "comment"]


def exhibitor_token(exhibitor: Exhibitor) -> str:
    """Signed token of the exhibitor's feedback link (the stand contact needs no account)."""
    return signing.Signer(salt=FEEDBACK_SALT).sign(str(exhibitor.pk))


def exhibitor_from_token(token: str) -> Exhibitor | None:
    try:
        pk = int(signing.Signer(salt=FEEDBACK_SALT).unsign(token))
    except (signing.BadSignature, ValueError):
        return None
    return Exhibitor.objects.select_related("edition", "organisation").filter(pk=pk).first()


def _site_path(name: str, language: str = "", **kwargs) -> str:
    """Absolute link in ``language`` (``/fr/bib/…``); the site's default language otherwise."""
    from django.conf import settings
    from django.utils import translation

    language = language if language in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE
    with translation.override(language):
        return settings.SITE_URL + reverse(name, kwargs=kwargs)


def _feedback_save(*, edition: Edition, role: str, data: dict, today: datetime.date) -> Feedback:
    feedback = Feedback(edition=edition, role=role, submitted_on=today, **{k: data.get(k) for k in FEEDBACK_FIELDS})
    feedback.comment = feedback.comment or ""
    feedback.full_clean()
    feedback.save()
    return feedback


@transaction.atomic
def feedback_give_class(*, registration: ClassRegistration, data: dict, now=None) -> Feedback:
    """A teacher's anonymous answer; the class is only marked as having answered (once)."""
    today = timezone.localdate(now or timezone.now())
    registration = ClassRegistration.objects.select_for_update().select_related("edition").get(pk=registration.pk)
    if not registration.can_give_feedback(today):
        raise ValidationError(_("Für diese Anmeldung ist keine Rückmeldung (mehr) möglich."))
    feedback = _feedback_save(edition=registration.edition, role=FeedbackRole.SCHOOL, data=data, today=today)
    registration.feedback_given = True
    registration.save(update_fields=["feedback_given"])
    return feedback


@transaction.atomic
def feedback_give_exhibitor(*, exhibitor: Exhibitor, data: dict, now=None) -> Feedback:
    """An exhibitor's anonymous answer; the exhibitor is only marked as having answered (once)."""
    today = timezone.localdate(now or timezone.now())
    exhibitor = Exhibitor.objects.select_for_update().select_related("edition").get(pk=exhibitor.pk)
    if not exhibitor.can_give_feedback(today):
        raise ValidationError(_("Für diesen Aussteller ist keine Rückmeldung (mehr) möglich."))
    feedback = _feedback_save(edition=exhibitor.edition, role=FeedbackRole.EXHIBITOR, data=data, today=today)
    exhibitor.feedback_given = True
    exhibitor.save(update_fields=["feedback_given"])
    return feedback


@transaction.atomic
def feedback_invite(*, edition: Edition, by, now=None) -> int:
    """Ask every teacher of an active class and every confirmed exhibitor for feedback (once per edition).

    Returns the number of e-mails; anonymised contacts get none.
    """
    now = now or timezone.now()
    edition = Edition.objects.select_for_update().get(pk=edition.pk)
    if not edition.feedback_open(timezone.localdate(now)):
        raise ValidationError(_("Rückmeldungen können Sie vom Tag der Börse an sechs Wochen lang erbitten."))
    if edition.feedback_invited_at is not None:
        raise ValidationError(_("Die Rückmeldungen sind für diese Börse schon erbeten worden."))
    edition.feedback_invited_at = now
    edition.save(update_fields=["feedback_invited_at"])
    mails = []
    for registration in edition.class_registrations.active().select_related("school", "edition"):
        url = _site_path("fair:class_feedback", registration.language, token=class_token(registration))
        mails.append((registration.contact_email, registration.language, {"registration": registration, "url": url}))
    for exhibitor in edition.exhibitors.confirmed().select_related("organisation"):
        url = _site_path("fair:exhibitor_feedback", token=exhibitor_token(exhibitor))
        mails.append((exhibitor.contact_email, "de", {"exhibitor": exhibitor, "url": url}))
    mails = [m for m in mails if m[0] and not m[0].endswith(".invalid")]
    for email, language, context in mails:
        transaction.on_commit(
            lambda e=email, lang=language, c=context: send_templated_mail(
                template="fair/emails/feedback_invite", to=[e], context={"edition": edition, **c}, language=lang
            )
        )
    return len(mails)


# --- Editions (back office) ------------------------------------------------------------------

#: Path segments under /bib/ that are not editions.
RESERVED_SLUGS = {"verwaltung", "klasse", "aussteller"}


def _check_slot_rows(rows: list[dict]) -> list[dict]:
    kept = sorted((r for r in rows if not r["delete"]), key=lambda r: r["starts_at"])
    if not kept:
        raise ValidationError(_("Bitte geben Sie mindestens ein Zeitfenster an."))
    for row in kept:
        if row["ends_at"] <= row["starts_at"]:
            raise ValidationError(
                _("Ein Zeitfenster endet vor seinem Beginn (%(start)s).") % {"start": f"{row['starts_at']:%H:%M}"}
            )
    for before, after in zip(kept, kept[1:], strict=False):
        if after["starts_at"] < before["ends_at"]:
            raise ValidationError(
                _("Die Zeitfenster %(a)s und %(b)s überschneiden sich.")
                % {"a": f"{before['starts_at']:%H:%M}", "b": f"{after['starts_at']:%H:%M}"}
            )
    return kept


@transaction.atomic
def edition_save(*, edition: Edition, slots: list[dict], by) -> Edition:
    """Create or change an edition with its time slots (rows ``{id, starts_at, ends_at, delete}``).

    Slots are numbered by their start; a slot in which classes are planned cannot be removed.
    Everything is checked before anything is written.
    """
    if edition.slug in RESERVED_SLUGS:
        raise ValidationError({"slug": _("Diese Kurzadresse ist reserviert. Bitte wählen Sie eine andere.")})
    kept = _check_slot_rows(slots)
    edition.full_clean()
    existing = {s.pk: s for s in edition.slots.all()} if edition.pk else {}
    unknown = [r["id"] for r in slots if r["id"] and r["id"] not in existing]
    if unknown:
        raise ValidationError(_("Unbekanntes Zeitfenster."))
    removed = [existing[r["id"]] for r in slots if r["delete"] and r["id"]]
    for slot in removed:
        if ClassRegistration.objects.in_slot(slot).exists():
            raise ValidationError(
                _("Im Zeitfenster %(slot)s sind Klassen eingeplant. Bitte planen Sie sie zuerst um.")
                % {"slot": slot.label}
            )
    edition.save()
    Slot.objects.filter(pk__in=[s.pk for s in removed]).delete()
    edition.slots.update(position=models.F("position") + 1000)  # free the positions before renumbering
    for position, row in enumerate(kept):
        slot = existing.get(row["id"]) or Slot(edition=edition)
        slot.position, slot.starts_at, slot.ends_at = position, row["starts_at"], row["ends_at"]
        slot.save()
    return edition


# --- New organisations: join request and stand in one form -------------------------------------


@transaction.atomic
def exhibitor_join_submit(*, edition: Edition, join_data: dict, fields_of_action, stand: dict, occupations, now=None):
    """A new organisation asks to join the alliance and to exhibit: one join request (charter's
    review) plus the stand wishes, saved together or not at all."""
    from bildungsallianz.charter.services import join_request_submit

    now = now or timezone.now()
    if not edition.exhibitors_can_register(timezone.localdate(now)):
        raise ValidationError(_("Die Anmeldung für Aussteller ist nicht geöffnet."))
    probe = Exhibitor(edition=edition, contact_name="-", contact_email="probe@example.org")
    for name in STAND_FIELDS:
        setattr(probe, name, stand.get(name, getattr(probe, name)))
    probe.full_clean(exclude=["organisation"], validate_constraints=False)
    join_request = join_request_submit(data=join_data, fields_of_action=fields_of_action, now=now)
    return ExhibitorApplication.objects.create(
        edition=edition,
        join_request=join_request,
        stand={name: getattr(probe, name) for name in STAND_FIELDS},
        occupation_codes=[o.pk for o in occupations],
    )


def exhibitor_from_join_request(*, join_request, organisation, by) -> Exhibitor | None:
    """Charter's hook after a join request is accepted: the stand wish becomes a submitted exhibitor entry."""
    application = ExhibitorApplication.objects.filter(join_request=join_request, exhibitor__isnull=True).first()
    if application is None:
        return None
    exhibitor = Exhibitor(
        edition=application.edition,
        organisation=organisation,
        contact_name=join_request.contact_name,
        contact_email=join_request.contact_email,
        **application.stand,
    )
    exhibitor.full_clean()
    exhibitor.save()
    exhibitor.occupations.set(application.occupation_codes)
    exhibitor = review.review_submit(obj=exhibitor, by=by)
    application.exhibitor = exhibitor
    application.save(update_fields=["exhibitor"])
    return exhibitor

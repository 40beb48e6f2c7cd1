"""Events of the partners (information evenings, fairs, parents' evenings …) and registrations.

An event runs through the shared review life cycle (``core.review``). Registration
is none, an external link, or our own with capacity and a waiting list; a
registration holds only name and e-mail and is deleted a set time after the event.
"""

from __future__ import annotations

import datetime

from django.core.exceptions import ValidationError
from django.core.validators import FileExtensionValidator, MaxValueValidator, MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from bildungsallianz.core.clock import local_date
from bildungsallianz.core.files import PrivateStorage
from bildungsallianz.core.review.models import Reviewable, ReviewableQuerySet
from bildungsallianz.core.slugs import save_with_unique_slug
from bildungsallianz.core.translations.models import Translatable
from bildungsallianz.offers.models import validate_image_size


class EventType(models.TextChoices):
    INFO_EVENING = "infoabend", _("Informationsabend")
    FAIR = "messe", _("Messe/Börse")
    PARENTS = "elternabend", _("Elternabend")
    WORKSHOP = "workshop", _("Workshop")
    TALK = "vortrag", _("Vortrag")
    OPEN_DAY = "tag_der_offenen_tuer", _("Tag der offenen Tür")
    OTHER = "sonstiges", _("Sonstiges")


class Recurrence(models.TextChoices):
    NONE = "", _("keine Wiederholung")
    WEEKLY = "weekly", _("wöchentlich")
    MONTHLY = "monthly", _("monatlich")


class RegistrationMode(models.TextChoices):
    NONE = "keine", _("keine Anmeldung nötig")
    EXTERNAL = "extern", _("Anmeldung über einen Link")
    OWN = "hier", _("Anmeldung hier auf der Plattform")


class EventQuerySet(ReviewableQuerySet):
    def upcoming(self, now=None):
        now = now or timezone.now()
        return self.filter(models.Q(ends_at__gte=now) | models.Q(repeat_until__gte=local_date(now)))

    def between(self, start: datetime.datetime, end: datetime.datetime):
        """Events with an occurrence that may fall into [start, end)."""
        single = models.Q(starts_at__lt=end, ends_at__gte=start)
        repeating = ~models.Q(recurrence="") & models.Q(starts_at__lt=end, repeat_until__gte=start.date())
        return self.filter(single | repeating)


class Event(Reviewable, Translatable):
    organiser = models.ForeignKey(
        "organisations.Organisation", verbose_name=_("Veranstalter"), on_delete=models.PROTECT, related_name="+"
    )
    title = models.CharField(_("Titel"), max_length=160)
    slug = models.SlugField(_("Kurzadresse"), max_length=180, unique=True)
    event_type = models.CharField(_("Art"), max_length=30, choices=EventType.choices, default=EventType.INFO_EVENING)
    summary = models.CharField(_("Kurzbeschreibung"), max_length=300)
    description = models.TextField(_("Beschreibung"), blank=True, max_length=5000)
    starts_at = models.DateTimeField(_("Beginn"))
    ends_at = models.DateTimeField(_("Ende"))
    recurrence = models.CharField(_("Wiederholung"), max_length=10, choices=Recurrence.choices, blank=True, default="")
    repeat_until = models.DateField(_("Wiederholung bis"), null=True, blank=True)
    venue = models.CharField(_("Ort"), max_length=200, blank=True, help_text=_("Name des Ortes und Adresse"))
    is_online = models.BooleanField(_("online"), default=False)
    online_url = models.URLField(_("Link zur Online-Veranstaltung"), blank=True)
    accessibility = models.CharField(
        _("Barrierefreiheit des Ortes"), max_length=300, blank=True, help_text=_("z. B. stufenloser Zugang")
    )
    target_groups = models.ManyToManyField(
        "charter.TargetGroup", verbose_name=_("Zielgruppen"), blank=True, related_name="+"
    )
    fields_of_action = models.ManyToManyField(
        "charter.FieldOfAction", verbose_name=_("Handlungsfelder"), blank=True, related_name="+"
    )
    # Private until published: served through core.files (kind "veranstaltungsbilder") after a permission check.
    image = models.ImageField(
        _("Bild"),
        upload_to="veranstaltungen/%Y/",
        storage=PrivateStorage("veranstaltungsbilder"),
        blank=True,
        validators=[validate_image_size, FileExtensionValidator(["jpg", "jpeg", "png", "webp"])],
        help_text=_("JPG, PNG oder WebP, höchstens 2 MB."),
    )
    image_alt = models.CharField(
        _("Bildbeschreibung (Alternativtext)"),
        max_length=200,
        blank=True,
        help_text=_("Was auf dem Bild zu sehen ist, für Menschen, die es nicht sehen können. Pflicht mit Bild."),
    )
    registration_mode = models.CharField(
        _("Anmeldung"), max_length=10, choices=RegistrationMode.choices, default=RegistrationMode.NONE
    )
    registration_url = models.URLField(_("Link zur Anmeldung"), blank=True)
    capacity = models.PositiveIntegerField(
        _("Plätze"), null=True, blank=True, validators=[MinValueValidator(1), MaxValueValidator(100000)]
    )
    retention_days = models.PositiveSmallIntegerField(
        _("Anmeldedaten löschen nach (Tagen)"), default=30, validators=[MaxValueValidator(365)]
    )
    created_at = models.DateTimeField(auto_now_add=True)

    objects = EventQuerySet.as_manager()

    review_fields = [
        "title",
        "event_type",
        "summary",
        "description",
        "starts_at",
        "ends_at",
        "recurrence",
        "repeat_until",
        "venue",
        "is_online",
        "online_url",
        "accessibility",
        "image",
        "image_alt",
        "registration_mode",
        "registration_url",
        "capacity",
        "retention_days",
        "translations",
    ]
    review_m2m_fields = ["target_groups", "fields_of_action"]
    translatable_fields = ("title", "summary", "description")

    class Meta:
        verbose_name = _("Veranstaltung")
        verbose_name_plural = _("Veranstaltungen")
        ordering = ["starts_at"]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("events:detail", kwargs={"slug": self.slug})

    def clean(self):
        errors = {}
        if self.starts_at and self.ends_at and self.ends_at < self.starts_at:
            errors["ends_at"] = _("Das Ende liegt vor dem Beginn.")
        if self.recurrence and not self.repeat_until:
            errors["repeat_until"] = _("Bitte geben Sie an, bis wann die Veranstaltung wiederholt wird.")
        if not self.is_online and not self.venue:
            errors["venue"] = _("Bitte geben Sie einen Ort an oder kreuzen Sie „online“ an.")
        if self.is_online and not self.online_url and not self.venue:
            errors["online_url"] = _("Bitte geben Sie den Link zur Online-Veranstaltung an.")
        if self.registration_mode == RegistrationMode.EXTERNAL and not self.registration_url:
            errors["registration_url"] = _("Bitte geben Sie den Link zur Anmeldung an.")
        if self.registration_mode == RegistrationMode.OWN and not self.capacity:
            errors["capacity"] = _("Bitte geben Sie die Zahl der Plätze an.")
        if self.image and not (self.image_alt or "").strip():
            errors["image_alt"] = _("Bitte beschreiben Sie, was auf dem Bild zu sehen ist (Alternativtext).")
        if errors:
            raise ValidationError(errors)

    def review_copy_values(self, *, by=None) -> dict:
        return {"organiser": self.organiser}

    def review_save_new_copy(self) -> None:
        save_with_unique_slug(self, f"{self.change_of.slug[:150]}-aenderung")

    @property
    def is_multi_day(self) -> bool:
        return timezone.localtime(self.starts_at).date() != timezone.localtime(self.ends_at).date()

    @property
    def has_external_registration(self) -> bool:
        return self.registration_mode == RegistrationMode.EXTERNAL

    @property
    def takes_registrations(self) -> bool:
        return self.registration_mode == RegistrationMode.OWN

    def registration_open(self, now=None) -> bool:
        return self.is_published and self.takes_registrations and (now or timezone.now()) < self.starts_at

    def occurrences(self, start: datetime.datetime, end: datetime.datetime) -> list[tuple]:
        """(start, end) of each occurrence within [start, end) — one for single events."""
        duration = self.ends_at - self.starts_at
        result, current, step = [], self.starts_at, 0
        while current < end and step < 400:
            if current + duration >= start:
                result.append((current, current + duration))
            if not self.recurrence or not self.repeat_until:
                break
            step += 1
            current = _shift(self.starts_at, self.recurrence, step)
            if timezone.localtime(current).date() > self.repeat_until:
                break
        return result


def _shift(start: datetime.datetime, recurrence: str, step: int) -> datetime.datetime:
    local = timezone.localtime(start)
    if recurrence == Recurrence.WEEKLY:
        shifted = local.replace(tzinfo=None) + datetime.timedelta(weeks=step)
    else:
        month = local.month - 1 + step
        year, month = local.year + month // 12, month % 12 + 1
        shifted = local.replace(tzinfo=None, year=year, month=month, day=min(local.day, 28))
    return timezone.make_aware(shifted)


class RegistrationStatus(models.TextChoices):
    CONFIRMED = "bestaetigt", _("bestätigt")
    WAITING = "warteliste", _("Warteliste")
    CANCELLED = "abgesagt", _("abgesagt")


class RegistrationQuerySet(models.QuerySet):
    def confirmed(self):
        return self.filter(status=RegistrationStatus.CONFIRMED)

    def waiting(self):
        return self.filter(status=RegistrationStatus.WAITING).order_by("created_at", "pk")


class Registration(models.Model):
    """Someone registered for an event: only name and e-mail, deleted after the event."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="registrations")
    name = models.CharField(_("Name"), max_length=120)
    email = models.EmailField(_("E-Mail-Adresse"))
    status = models.CharField(_("Status"), max_length=12, choices=RegistrationStatus.choices)
    consent_at = models.DateTimeField(_("Einwilligung am"))
    created_at = models.DateTimeField(_("angemeldet am"), default=timezone.now)
    language = models.CharField(
        _("Sprache der E-Mails"), max_length=5, default="de", editable=False, help_text=_("Sprache der Anmeldeseite")
    )
    cancelled_at = models.DateTimeField(_("abgesagt am"), null=True, blank=True)

    objects = RegistrationQuerySet.as_manager()

    class Meta:
        verbose_name = _("Anmeldung")
        verbose_name_plural = _("Anmeldungen")
        ordering = ["created_at", "pk"]

    def __str__(self):
        return f"{self.name} – {self.event}"

    @property
    def is_confirmed(self) -> bool:
        return self.status == RegistrationStatus.CONFIRMED

    @property
    def is_waiting(self) -> bool:
        return self.status == RegistrationStatus.WAITING

    @property
    def can_cancel(self) -> bool:
        return self.status != RegistrationStatus.CANCELLED

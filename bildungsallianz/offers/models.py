"""Offers of the Bildungsportal: what, by whom, for whom, where and when."""

from __future__ import annotations

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import (
    FileExtensionValidator,
    MaxValueValidator,
    MinValueValidator,
)
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from bildungsallianz.core.fields import latitude_field, longitude_field, postcode_validator
from bildungsallianz.core.files import PrivateStorage
from bildungsallianz.core.review.models import Reviewable, ReviewableQuerySet
from bildungsallianz.core.slugs import save_with_unique_slug
from bildungsallianz.core.text import clean_text
from bildungsallianz.core.translations.models import Translatable

from .choices import JOB_TYPES, LANGUAGES, Certificate, Cost, DateKind, GermanLevel, OfferType
from .validation import offer_errors

MAX_IMAGE_BYTES = 2 * 1024 * 1024
RENEWAL_INTERVAL = datetime.timedelta(days=183)


def validate_image_size(file) -> None:
    if file and file.size > MAX_IMAGE_BYTES:
        raise ValidationError(
            _("Das Bild ist zu groß (%(size)s MB). Erlaubt sind höchstens 2 MB."),
            params={"size": f"{file.size / 1024 / 1024:.1f}".replace(".", ",")},
            code="image_too_large",
        )


class Occupation(models.Model):
    """A KldB 2010 (Fassung 2020) Berufsgattung: 5-digit key, e.g. 81302."""

    code = models.CharField(_("Schlüssel (KldB 2010)"), max_length=5, primary_key=True)
    title = models.CharField(_("Bezeichnung"), max_length=255)
    short_title = models.CharField(_("Kurzbezeichnung"), max_length=255, blank=True)

    class Meta:
        verbose_name = _("Beruf (KldB 2010)")
        verbose_name_plural = _("Berufe (KldB 2010)")
        ordering = ["code"]

    def __str__(self):
        return f"{self.short_title or self.title} ({self.code})"


class OfferQuerySet(ReviewableQuerySet):
    def between(self, start: datetime.date | None, end: datetime.date | None):
        """Offers taking place in the date range (ongoing offers always)."""
        qs = self
        if start:
            qs = qs.filter(
                Q(date_kind=DateKind.ONGOING) | Q(end_date__gte=start) | Q(end_date__isnull=True, start_date__gte=start)
            )
        if end:
            qs = qs.filter(Q(date_kind=DateKind.ONGOING) | Q(start_date__lte=end) | Q(start_date__isnull=True))
        return qs

    def due_to_expire(self, today: datetime.date):
        return self.published().exclude(date_kind=DateKind.ONGOING).filter(end_date__lt=today)

    def expiring_within(self, today: datetime.date, *, days: int):
        """Published offers whose end date lies between today and ``days`` days from now."""
        last = today + datetime.timedelta(days=days)
        return self.published().exclude(date_kind=DateKind.ONGOING).filter(end_date__gte=today, end_date__lte=last)


#: Fields partners edit (copied between a published offer and its pending change copy).
EDITABLE_FIELDS = [
    "title",
    "summary",
    "plain_summary",
    "description",
    "offer_type",
    "min_age",
    "max_age",
    "min_class",
    "max_class",
    "required_certificate",
    "german_level",
    "languages",
    "cost",
    "fee_amount",
    "cost_note",
    "barrier_free",
    "accessibility_note",
    "is_online",
    "date_kind",
    "start_date",
    "end_date",
    "start_time",
    "end_time",
    "schedule_note",
    "application_deadline",
    "seats",
    "contact_name",
    "contact_email",
    "contact_phone",
    "contact_consent_at",
    "website",
    "image",
    "image_alt",
]
EDITABLE_M2M_FIELDS = ["target_groups", "fields_of_action", "occupations"]
#: Free-text fields cleaned of control characters on input (Word pastes ``\x0b``).
TEXT_FIELDS = [
    "title",
    "summary",
    "plain_summary",
    "description",
    "cost_note",
    "accessibility_note",
    "schedule_note",
    "contact_name",
    "contact_phone",
    "image_alt",
]


class Offer(Reviewable, Translatable):
    """An offer; its review life cycle comes from :class:`~bildungsallianz.core.review.models.Reviewable`."""

    provider = models.ForeignKey(
        "organisations.Organisation", verbose_name=_("Anbieter"), on_delete=models.PROTECT, related_name="offers"
    )
    title = models.CharField(_("Titel"), max_length=160)
    slug = models.SlugField(_("Kurzadresse"), max_length=120, unique=True)
    summary = models.CharField(
        _("Kurzbeschreibung"),
        max_length=300,
        help_text=_("Ein bis zwei kurze Sätze in einfacher Sprache: Was ist das, für wen?"),
    )
    plain_summary = models.CharField(
        _("Zusammenfassung in einfacher Sprache"),
        max_length=400,
        blank=True,
        help_text=_(
            "Für junge Menschen: kurze Sätze, eine Aussage pro Satz, keine Fremdwörter. "
            "Wird auf der Angebotsseite zuerst gezeigt."
        ),
    )
    description = models.TextField(
        _("Beschreibung"),
        blank=True,
        max_length=10000,
        help_text=_("Erlaubt: Absätze, fett, kursiv, Listen und Links."),
    )
    offer_type = models.CharField(_("Art des Angebots"), max_length=30, choices=OfferType.choices)
    target_groups = models.ManyToManyField(
        "charter.TargetGroup", verbose_name=_("Zielgruppen"), blank=True, related_name="offers"
    )
    fields_of_action = models.ManyToManyField(
        "charter.FieldOfAction", verbose_name=_("Handlungsfelder"), blank=True, related_name="offers"
    )
    occupations = models.ManyToManyField(Occupation, verbose_name=_("Berufe"), blank=True, related_name="offers")
    min_age = models.PositiveSmallIntegerField(
        _("Alter von"), null=True, blank=True, validators=[MinValueValidator(6), MaxValueValidator(99)]
    )
    max_age = models.PositiveSmallIntegerField(
        _("Alter bis"), null=True, blank=True, validators=[MinValueValidator(6), MaxValueValidator(99)]
    )
    min_class = models.PositiveSmallIntegerField(
        _("Klasse von"), null=True, blank=True, validators=[MinValueValidator(1), MaxValueValidator(13)]
    )
    max_class = models.PositiveSmallIntegerField(
        _("Klasse bis"), null=True, blank=True, validators=[MinValueValidator(1), MaxValueValidator(13)]
    )
    required_certificate = models.PositiveSmallIntegerField(
        _("Nötiger Schulabschluss"), choices=Certificate.choices, default=Certificate.NONE
    )
    german_level = models.PositiveSmallIntegerField(
        _("Nötige Deutschkenntnisse"), choices=GermanLevel.choices, default=GermanLevel.NONE
    )
    languages = models.CharField(
        _("Sprachen"),
        max_length=100,
        default=",de,",
        help_text=_("Intern als Liste von Sprachcodes gespeichert, z. B. „,de,ar,“."),
    )
    cost = models.CharField(_("Kosten"), max_length=20, choices=Cost.choices, default=Cost.FREE)
    fee_amount = models.DecimalField(
        _("Gebühr in Euro"),
        max_digits=8,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )
    cost_note = models.CharField(_("Hinweis zu den Kosten"), max_length=200, blank=True)
    barrier_free = models.BooleanField(_("barrierefrei zugänglich"), default=False)
    accessibility_note = models.CharField(_("Hinweise zur Barrierefreiheit"), max_length=300, blank=True)
    is_online = models.BooleanField(_("online"), default=False)
    date_kind = models.CharField(_("Termine"), max_length=20, choices=DateKind.choices, default=DateKind.ONGOING)
    start_date = models.DateField(_("Beginn"), null=True, blank=True)
    end_date = models.DateField(_("Ende"), null=True, blank=True)
    start_time = models.TimeField(_("Uhrzeit von"), null=True, blank=True)
    end_time = models.TimeField(_("Uhrzeit bis"), null=True, blank=True)
    schedule_note = models.CharField(
        _("Termine in Worten"), max_length=200, blank=True, help_text=_("Zum Beispiel „jeden Dienstag, 15 bis 17 Uhr“.")
    )
    application_deadline = models.DateField(_("Bewerbungsschluss"), null=True, blank=True)
    seats = models.PositiveIntegerField(
        _("Anzahl der Plätze"), null=True, blank=True, validators=[MaxValueValidator(100000)]
    )
    contact_name = models.CharField(_("Ansprechperson"), max_length=120, blank=True)
    contact_email = models.EmailField(_("E-Mail-Adresse"), blank=True)
    contact_phone = models.CharField(_("Telefon"), max_length=40, blank=True)
    # Consent record of the contact person (DSGVO): when the partner confirmed it; set by the form.
    contact_consent_at = models.DateTimeField(_("Einwilligung der Ansprechperson erfasst am"), null=True, blank=True)
    website = models.URLField(_("Weitere Informationen (Link)"), blank=True)
    image = models.ImageField(
        _("Bild"),
        upload_to="angebote/%Y/",
        storage=PrivateStorage("angebotsbilder"),
        blank=True,
        validators=[validate_image_size, FileExtensionValidator(["jpg", "jpeg", "png", "webp"])],
        help_text=_("JPG, PNG oder WebP, höchstens 2 MB."),
    )
    image_alt = models.CharField(_("Bildbeschreibung (Alternativtext)"), max_length=200, blank=True)

    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    renewed_at = models.DateTimeField(_("zuletzt bestätigt am"), null=True, blank=True)
    reminder_sent_at = models.DateTimeField(_("Erinnerung gesendet am"), null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = OfferQuerySet.as_manager()

    review_fields = [*EDITABLE_FIELDS, "translations"]
    translatable_fields = ("title", "summary", "plain_summary", "description")
    review_m2m_fields = EDITABLE_M2M_FIELDS
    review_related = ["places"]
    review_messages = {
        "submit": _("Nur Entwürfe und zurückgegebene Angebote können eingereicht werden."),
        "publish": _("Nur eingereichte Angebote können veröffentlicht werden."),
        "return": _("Nur eingereichte Angebote können zurückgegeben werden."),
        "in_review": _("Das Angebot wird gerade geprüft. Bitte warten Sie auf die Rückmeldung."),
        "delete": _("Nur Entwürfe können gelöscht werden."),
    }

    class Meta:
        verbose_name = _("Angebot")
        verbose_name_plural = _("Angebote")
        ordering = ["-published_at", "title"]
        indexes = [
            models.Index(fields=["status", "offer_type"], name="offer_status_type"),
            models.Index(fields=["status", "start_date"], name="offer_status_start"),
            models.Index(fields=["status", "published_at"], name="offer_status_published"),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("offers:detail", kwargs={"slug": self.slug})

    @property
    def language_list(self) -> list[str]:
        return [code for code in self.languages.split(",") if code]

    @property
    def language_labels(self) -> list[str]:
        names = dict(LANGUAGES)
        return [str(names.get(code, code)) for code in self.language_list]

    @property
    def is_dated(self) -> bool:
        return self.date_kind != DateKind.ONGOING and self.start_date is not None

    @property
    def is_job(self) -> bool:
        return self.offer_type in JOB_TYPES

    @property
    def can_renew(self) -> bool:
        """The provider may renew a published offer: say it is still current ("Aktualität bestätigen")."""
        return self.is_published

    # --- hooks of the review life cycle ---

    def review_copy_values(self, *, by=None) -> dict:
        return {"provider": self.provider, "created_by": by if by and by.is_authenticated else None}

    def review_save_new_copy(self) -> None:
        save_with_unique_slug(self, f"{self.change_of.slug[:100]}-aenderung")

    def review_before_publish(self, *, now) -> None:
        self.renewed_at = now

    def review_display(self, name: str) -> str | None:
        if name == "languages":
            return ", ".join(self.language_labels)
        return None

    @property
    def needs_renewal(self) -> bool:
        renewed = self.renewed_at or self.published_at
        return bool(renewed and renewed < timezone.now() - RENEWAL_INTERVAL)

    @property
    def age_label(self) -> str:
        if self.min_age and self.max_age:
            return _("%(a)s bis %(b)s Jahre") % {"a": self.min_age, "b": self.max_age}
        if self.min_age:
            return _("ab %(a)s Jahren") % {"a": self.min_age}
        if self.max_age:
            return _("bis %(b)s Jahre") % {"b": self.max_age}
        return ""

    @property
    def class_label(self) -> str:
        if self.min_class and self.max_class:
            if self.min_class == self.max_class:
                return _("Klasse %(a)s") % {"a": self.min_class}
            return _("Klasse %(a)s bis %(b)s") % {"a": self.min_class, "b": self.max_class}
        if self.min_class:
            return _("ab Klasse %(a)s") % {"a": self.min_class}
        if self.max_class:
            return _("bis Klasse %(b)s") % {"b": self.max_class}
        return ""

    def clean(self):
        for name in TEXT_FIELDS:
            setattr(self, name, clean_text(getattr(self, name)))
        errors = offer_errors(self)
        if errors:
            raise ValidationError(errors)


class OfferPlace(models.Model):
    offer = models.ForeignKey(Offer, on_delete=models.CASCADE, related_name="places")
    name = models.CharField(_("Name des Ortes"), max_length=160, blank=True)
    street = models.CharField(_("Straße und Hausnummer"), max_length=200)
    postcode = models.CharField(_("Postleitzahl"), max_length=5, validators=[postcode_validator])
    city = models.CharField(_("Ort"), max_length=100)
    latitude = latitude_field()
    longitude = longitude_field()

    class Meta:
        verbose_name = _("Ort")
        verbose_name_plural = _("Orte")
        ordering = ["id"]

    def __str__(self):
        return ", ".join(part for part in (self.name, self.street, f"{self.postcode} {self.city}") if part)

    @property
    def address(self) -> str:
        return f"{self.street}, {self.postcode} {self.city}"

    def clean(self):
        for name in ("name", "street", "city"):
            setattr(self, name, clean_text(getattr(self, name)))
        if (self.latitude is None) != (self.longitude is None):
            raise ValidationError(_("Bitte geben Sie Breiten- und Längengrad zusammen an oder beide nicht."))


class OfferIndexEntry(models.Model):
    """Analysed search tokens of a published offer (see bildungsallianz.search)."""

    offer = models.OneToOneField(Offer, on_delete=models.CASCADE, primary_key=True, related_name="index_entry")
    title = models.TextField(blank=True)
    body = models.TextField(blank=True)

    class Meta:
        verbose_name = _("Suchindex-Eintrag")
        verbose_name_plural = _("Suchindex-Einträge")

    def __str__(self):
        return f"Suchindex: {self.offer_id}"

"""The Berufsinformationsbörse: editions, time slots, schools, class registrations, exhibitors.

Teachers register classes — never pupils' data: a class is a level, a number of
pupils and accompanying teachers, a contact e-mail of the teacher.
"""

from __future__ import annotations

import datetime

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _


class EditionQuerySet(models.QuerySet):
    def published(self):
        return self.filter(is_published=True)


class Edition(models.Model):
    title = models.CharField(_("Titel"), max_length=200)
    slug = models.SlugField(_("Kurzadresse"), max_length=80, unique=True)
    date = models.DateField(_("Datum"))
    venue = models.CharField(_("Ort"), max_length=200)
    hall_capacity = models.PositiveIntegerField(
        _("Hallenkapazität"), help_text=_("Personen gleichzeitig in der Halle"), validators=[MinValueValidator(1)]
    )
    long_travel_minutes = models.PositiveIntegerField(
        _("Lange Anreise ab Minuten"),
        default=40,
        help_text=_("Klassen mit mindestens so langer Anreise kommen nicht im ersten Zeitfenster."),
    )
    exhibitors_open = models.DateField(_("Anmeldung Aussteller ab"))
    exhibitors_close = models.DateField(_("Anmeldung Aussteller bis"))
    schools_open = models.DateField(_("Anmeldung Schulen ab"))
    schools_close = models.DateField(_("Anmeldung Schulen bis"))
    is_published = models.BooleanField(_("veröffentlicht"), default=False)
    schedule_published_at = models.DateTimeField(_("Zeitplan veröffentlicht am"), null=True, blank=True)

    objects = EditionQuerySet.as_manager()

    class Meta:
        verbose_name = _("Ausgabe der BIB")
        verbose_name_plural = _("Ausgaben der BIB")
        ordering = ["-date"]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("fair:edition", kwargs={"slug": self.slug})

    def clean(self):
        if self.exhibitors_open and self.exhibitors_close and self.exhibitors_open > self.exhibitors_close:
            raise ValidationError({"exhibitors_close": _("Das Ende liegt vor dem Beginn.")})
        if self.schools_open and self.schools_close and self.schools_open > self.schools_close:
            raise ValidationError({"schools_close": _("Das Ende liegt vor dem Beginn.")})

    def schools_can_register(self, today: datetime.date) -> bool:
        return self.is_published and self.schools_open <= today <= self.schools_close

    def exhibitors_can_register(self, today: datetime.date) -> bool:
        return self.is_published and self.exhibitors_open <= today <= self.exhibitors_close

    @property
    def schedule_is_published(self) -> bool:
        return self.schedule_published_at is not None


class Slot(models.Model):
    edition = models.ForeignKey(Edition, on_delete=models.CASCADE, related_name="slots")
    position = models.PositiveSmallIntegerField(_("Reihenfolge"))
    starts_at = models.TimeField(_("Beginn"))
    ends_at = models.TimeField(_("Ende"))

    class Meta:
        verbose_name = _("Zeitfenster")
        verbose_name_plural = _("Zeitfenster")
        ordering = ["edition", "position"]
        constraints = [models.UniqueConstraint(fields=["edition", "position"], name="fair_slot_unique_position")]

    def __str__(self):
        return self.label

    @property
    def label(self) -> str:
        return f"{self.starts_at:%H:%M}–{self.ends_at:%H:%M}"


class Country(models.TextChoices):
    GERMANY = "DE", _("Deutschland")
    FRANCE = "FR", _("Frankreich")


class School(models.Model):
    name = models.CharField(_("Name der Schule"), max_length=200, unique=True)
    city = models.CharField(_("Ort"), max_length=100)
    country = models.CharField(_("Land"), max_length=2, choices=Country.choices, default=Country.GERMANY)
    travel_minutes = models.PositiveIntegerField(_("Anreise in Minuten"), default=15)

    class Meta:
        verbose_name = _("Schule")
        verbose_name_plural = _("Schulen")
        ordering = ["name"]

    def __str__(self):
        return f"{self.name}, {self.city}"

    @property
    def language(self) -> str:
        return "fr" if self.country == Country.FRANCE else "de"


class ClassRegistrationQuerySet(models.QuerySet):
    def active(self):
        return self.filter(cancelled_at__isnull=True)

    def in_slot(self, slot):
        return self.active().filter(slot=slot)


class ClassRegistration(models.Model):
    """One school class at one edition; the teacher changes it through a signed link."""

    edition = models.ForeignKey(Edition, on_delete=models.CASCADE, related_name="class_registrations")
    school = models.ForeignKey(School, verbose_name=_("Schule"), on_delete=models.PROTECT, related_name="classes")
    class_name = models.CharField(_("Klasse"), max_length=40, help_text=_("z. B. 9b"))
    level = models.PositiveSmallIntegerField(
        _("Klassenstufe"), validators=[MinValueValidator(5), MaxValueValidator(13)]
    )
    pupils = models.PositiveSmallIntegerField(
        _("Zahl der Schülerinnen und Schüler"), validators=[MinValueValidator(1), MaxValueValidator(40)]
    )
    teachers = models.PositiveSmallIntegerField(
        _("Begleitende Lehrkräfte"), default=1, validators=[MinValueValidator(1), MaxValueValidator(6)]
    )
    contact_name = models.CharField(_("Name der Lehrkraft"), max_length=120)
    contact_email = models.EmailField(_("E-Mail-Adresse der Lehrkraft"))
    language = models.CharField(_("Sprache"), max_length=2, default="de")
    travel_minutes = models.PositiveIntegerField(
        _("Anreise in Minuten"), validators=[MaxValueValidator(300)], help_text=_("Fahrzeit von der Schule zur Messe")
    )
    preferred_slots = models.ManyToManyField(
        Slot, verbose_name=_("Gewünschte Zeitfenster"), blank=True, related_name="+"
    )
    impossible_slots = models.ManyToManyField(
        Slot, verbose_name=_("Unmögliche Zeitfenster"), blank=True, related_name="+"
    )
    keep_together = models.BooleanField(_("Mit den anderen Klassen meiner Schule zusammen"), default=False)
    accessibility_needs = models.TextField(_("Barrierefreiheit"), blank=True, max_length=1000)
    slot = models.ForeignKey(
        Slot, verbose_name=_("Zeitfenster"), null=True, blank=True, on_delete=models.SET_NULL, related_name="classes"
    )
    pinned = models.BooleanField(_("von Hand festgelegt"), default=False)
    explanation = models.TextField(_("Hinweise zur Einplanung"), blank=True)
    notified_slot = models.ForeignKey(Slot, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    arrived_at = models.DateTimeField(_("angekommen um"), null=True, blank=True)
    cancelled_at = models.DateTimeField(_("abgesagt am"), null=True, blank=True)
    consent_at = models.DateTimeField(_("Einwilligung am"))
    created_at = models.DateTimeField(auto_now_add=True)

    objects = ClassRegistrationQuerySet.as_manager()

    class Meta:
        verbose_name = _("Klassenanmeldung")
        verbose_name_plural = _("Klassenanmeldungen")
        ordering = ["school__name", "class_name"]

    def __str__(self):
        return f"{self.school.name} {self.class_name}"

    @property
    def people(self) -> int:
        return self.pupils + self.teachers

    @property
    def is_cancelled(self) -> bool:
        return self.cancelled_at is not None

    def can_change(self, today: datetime.date) -> bool:
        """The teacher may still change or cancel (until the day before the fair)."""
        return not self.is_cancelled and today < self.edition.date

    def long_travel(self) -> bool:
        return self.travel_minutes >= self.edition.long_travel_minutes


class StandSize(models.TextChoices):
    SMALL = "klein", _("klein (bis 6 m²)")
    MEDIUM = "mittel", _("mittel (bis 12 m²)")
    LARGE = "gross", _("groß (über 12 m²)")


class ExhibitorQuerySet(models.QuerySet):
    def confirmed(self):
        return self.filter(confirmed_at__isnull=False)


class Exhibitor(models.Model):
    edition = models.ForeignKey(Edition, on_delete=models.CASCADE, related_name="exhibitors")
    organisation = models.ForeignKey(
        "organisations.Organisation", verbose_name=_("Organisation"), on_delete=models.CASCADE, related_name="+"
    )
    occupations = models.ManyToManyField(
        "offers.Occupation", verbose_name=_("Gezeigte Berufe (KldB 2010)"), blank=True, related_name="+"
    )
    internship_places = models.PositiveSmallIntegerField(_("Praktikumsplätze"), default=0)
    apprenticeship_places = models.PositiveSmallIntegerField(_("Ausbildungsplätze"), default=0)
    dual_study_places = models.PositiveSmallIntegerField(_("Plätze im dualen Studium"), default=0)
    stand_size = models.CharField(_("Standgröße"), max_length=10, choices=StandSize.choices, default=StandSize.SMALL)
    needs_power = models.BooleanField(_("Stromanschluss"), default=False)
    needs_table = models.BooleanField(_("Tisch und Stühle"), default=True)
    staff_count = models.PositiveSmallIntegerField(
        _("Zahl des Standpersonals"), default=2, validators=[MinValueValidator(1), MaxValueValidator(30)]
    )
    contact_name = models.CharField(_("Ansprechperson"), max_length=120)
    contact_email = models.EmailField(_("E-Mail-Adresse"))
    stand_number = models.CharField(_("Standnummer"), max_length=10, blank=True)
    confirmed_at = models.DateTimeField(_("bestätigt am"), null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = ExhibitorQuerySet.as_manager()

    class Meta:
        verbose_name = _("Aussteller")
        verbose_name_plural = _("Aussteller")
        ordering = ["organisation__name"]
        constraints = [
            models.UniqueConstraint(fields=["edition", "organisation"], name="fair_exhibitor_once_per_edition")
        ]

    def __str__(self):
        return str(self.organisation)

    @property
    def is_confirmed(self) -> bool:
        return self.confirmed_at is not None

    @property
    def places_total(self) -> int:
        return self.internship_places + self.apprenticeship_places + self.dual_study_places

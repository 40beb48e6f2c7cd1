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

from bildungsallianz.core.review.models import Reviewable, ReviewableQuerySet
from bildungsallianz.core.review.states import ReviewStatus

#: Days after the fair during which the anonymous feedback forms accept answers.
FEEDBACK_DAYS = 42


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
    feedback_invited_at = models.DateTimeField(_("Rückmeldungen erbeten am"), null=True, blank=True)

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

    def feedback_open(self, today: datetime.date) -> bool:
        """Exhibitors and teachers may give feedback from the fair day for FEEDBACK_DAYS days."""
        return self.date <= today <= self.date + datetime.timedelta(days=FEEDBACK_DAYS)


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
    # the same hints as codes with parameters, shown in the reader's language (fair/explanations.py)
    explanation_notes = models.JSONField(_("Hinweise zur Einplanung (übersetzbar)"), default=list, blank=True)
    notified_slot = models.ForeignKey(Slot, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    arrived_at = models.DateTimeField(_("angekommen um"), null=True, blank=True)
    cancelled_at = models.DateTimeField(_("abgesagt am"), null=True, blank=True)
    consent_at = models.DateTimeField(_("Einwilligung am"))
    feedback_given = models.BooleanField(_("Rückmeldung gegeben"), default=False)
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

    def explanation_in(self, language: str | None = None) -> str:
        """The scheduler's hints in ``language`` (stored German text for older plans without notes)."""
        from .explanations import render_notes

        return render_notes(self.explanation_notes, language) if self.explanation_notes else self.explanation

    def can_give_feedback(self, today: datetime.date) -> bool:
        return not self.is_cancelled and not self.feedback_given and self.edition.feedback_open(today)


class StandSize(models.TextChoices):
    SMALL = "klein", _("klein (bis 6 m²)")
    MEDIUM = "mittel", _("mittel (bis 12 m²)")
    LARGE = "gross", _("groß (über 12 m²)")


#: What an exhibitor asks for at its stand (the forms of partners and of new organisations).
STAND_FIELDS = [
    "internship_places",
    "apprenticeship_places",
    "dual_study_places",
    "stand_size",
    "needs_power",
    "needs_table",
    "staff_count",
]
#: The stand and the contact person: what staff review and a pending change may alter.
EXHIBITOR_FIELDS = [*STAND_FIELDS, "contact_name", "contact_email"]


class ExhibitorQuerySet(ReviewableQuerySet):
    def confirmed(self):
        """Exhibitors the Bildungsbüro has confirmed (published originals, never change copies)."""
        return self.filter(status=ReviewStatus.PUBLISHED, change_of__isnull=True)


class Exhibitor(Reviewable):
    """An exhibitor entry on the shared review life cycle (``core.review``).

    Registering submits it; the Bildungsbüro confirms it (= publishes, with a stand number)
    or returns it with a note. A change to a confirmed entry goes into a change copy
    that is confirmed the same way; the public directory keeps the confirmed values meanwhile.
    """

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
    feedback_given = models.BooleanField(_("Rückmeldung gegeben"), default=False)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = ExhibitorQuerySet.as_manager()

    review_fields = EXHIBITOR_FIELDS
    review_m2m_fields = ["occupations"]
    review_messages = {
        "submit": _("Nur neue und zurückgegebene Ausstelleranmeldungen können eingereicht werden."),
        "publish": _("Nur eingereichte Ausstelleranmeldungen können bestätigt werden."),
        "return": _("Nur eingereichte Ausstelleranmeldungen können zurückgegeben werden."),
        "in_review": _("Ihre Anmeldung als Aussteller wird gerade geprüft. Bitte warten Sie auf die Rückmeldung."),
    }

    class Meta:
        verbose_name = _("Aussteller")
        verbose_name_plural = _("Aussteller")
        ordering = ["organisation__name"]
        constraints = [
            models.UniqueConstraint(
                fields=["edition", "organisation"],
                condition=models.Q(change_of__isnull=True),
                name="fair_exhibitor_once_per_edition",
            )
        ]

    def __str__(self):
        return str(self.organisation)

    def review_copy_values(self, *, by=None) -> dict:
        return {"edition": self.edition, "organisation": self.organisation}

    def review_before_publish(self, *, now) -> None:
        self.confirmed_at = self.confirmed_at or now

    @property
    def is_confirmed(self) -> bool:
        return self.status == ReviewStatus.PUBLISHED and not self.is_change_copy

    def can_give_feedback(self, today: datetime.date) -> bool:
        return self.is_confirmed and not self.feedback_given and self.edition.feedback_open(today)

    @property
    def places_total(self) -> int:
        return self.internship_places + self.apprenticeship_places + self.dual_study_places


class FeedbackRole(models.TextChoices):
    EXHIBITOR = "aussteller", _("Aussteller")
    SCHOOL = "schule", _("Schule")


class Rating(models.IntegerChoices):
    VERY_GOOD = 5, _("sehr gut")
    GOOD = 4, _("gut")
    AVERAGE = 3, _("teils, teils")
    POOR = 2, _("schlecht")
    VERY_POOR = 1, _("sehr schlecht")


class Feedback(models.Model):
    """One anonymous answer after the fair: no link to the class, the exhibitor or a person.

    Only the edition, the role and the day are kept; the class or exhibitor that
    answered is marked ``feedback_given`` so that nobody answers twice.
    """

    edition = models.ForeignKey(Edition, on_delete=models.CASCADE, related_name="feedback")
    role = models.CharField(_("Rolle"), max_length=10, choices=FeedbackRole.choices)
    satisfaction = models.PositiveSmallIntegerField(_("Wie zufrieden waren Sie insgesamt?"), choices=Rating.choices)
    usefulness = models.PositiveSmallIntegerField(
        _("Wie nützlich war die Börse für die Berufsorientierung?"), choices=Rating.choices
    )
    would_return = models.BooleanField(_("Wir kommen nächstes Jahr wieder."))
    comment = models.TextField(_("Was sollen wir besser machen?"), blank=True, max_length=1000)
    submitted_on = models.DateField(_("eingegangen am"))

    class Meta:
        verbose_name = _("Rückmeldung")
        verbose_name_plural = _("Rückmeldungen")
        ordering = ["edition", "role", "comment"]

    def __str__(self):
        return f"{self.edition} – {self.get_role_display()}"


class ExhibitorApplication(models.Model):
    """A new organisation's wish to exhibit, sent with its join request (one form, one review).

    When the Bildungsbüro accepts the join request (charter), the hook
    ``services.exhibitor_from_join_request`` turns it into an exhibitor entry of the
    edition, submitted for review. The join request's contact person is the stand
    contact, so no personal data is stored here.
    """

    edition = models.ForeignKey(Edition, on_delete=models.CASCADE, related_name="applications")
    join_request = models.OneToOneField(
        "charter.JoinRequest", on_delete=models.CASCADE, related_name="exhibitor_application"
    )
    stand = models.JSONField(_("Standwünsche"), default=dict)
    occupation_codes = models.JSONField(_("Gezeigte Berufe (KldB 2010)"), default=list)
    exhibitor = models.OneToOneField(Exhibitor, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("Ausstelleranmeldung einer neuen Organisation")
        verbose_name_plural = _("Ausstelleranmeldungen neuer Organisationen")

    def __str__(self):
        return f"{self.join_request} – {self.edition}"

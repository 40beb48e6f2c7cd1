"""Projects of the alliance: status, milestones, progress updates and indicator targets.

A project owns its states and predicates: derived progress (from milestones unless
set by hand), whether it is stale (no update for ``PROJECT_STALE_DAYS``), which
targets have newer values.
"""

from __future__ import annotations

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _


def stale_after() -> datetime.timedelta:
    return datetime.timedelta(days=getattr(settings, "PROJECT_STALE_DAYS", 90))


class ProjectQuerySet(models.QuerySet):
    def public(self):
        return self.filter(is_public=True)

    def stale(self, now):
        return self.exclude(status__in=Project.FINISHED).filter(last_activity_at__lt=now - stale_after())

    def of_organisation(self, organisation):
        return self.filter(models.Q(lead_organisation=organisation) | models.Q(partners=organisation)).distinct()


class Project(models.Model):
    class State(models.TextChoices):
        IDEA = "idee", _("Idee")
        PLANNING = "planung", _("Planung")
        RUNNING = "umsetzung", _("Umsetzung")
        FINISHED = "abgeschlossen", _("abgeschlossen")
        PAUSED = "pausiert", _("pausiert")

    FINISHED = (State.FINISHED,)

    title = models.CharField(_("Titel"), max_length=200)
    slug = models.SlugField(_("Kurzadresse"), max_length=100, unique=True)
    summary = models.CharField(_("Kurzbeschreibung"), max_length=300)
    description = models.TextField(_("Beschreibung"), blank=True)
    fields_of_action = models.ManyToManyField(
        "charter.FieldOfAction", verbose_name=_("Handlungsfelder"), blank=True, related_name="projects"
    )
    target_groups = models.ManyToManyField(
        "charter.TargetGroup", verbose_name=_("Zielgruppen"), blank=True, related_name="projects"
    )
    lead_organisation = models.ForeignKey(
        "organisations.Organisation",
        verbose_name=_("federführende Organisation"),
        on_delete=models.PROTECT,
        related_name="led_projects",
    )
    partners = models.ManyToManyField(
        "organisations.Organisation", verbose_name=_("Partner"), blank=True, related_name="partner_projects"
    )
    status = models.CharField(_("Status"), max_length=20, choices=State.choices, default=State.IDEA)
    start_date = models.DateField(_("Beginn"), null=True, blank=True)
    end_date = models.DateField(_("Ende"), null=True, blank=True)
    funding_source = models.CharField(_("Finanzierung"), max_length=200, blank=True)
    progress_override = models.PositiveSmallIntegerField(
        _("Fortschritt in %"),
        null=True,
        blank=True,
        validators=[MaxValueValidator(100)],
        help_text=_("Leer lassen: der Fortschritt ergibt sich aus den erledigten Meilensteinen."),
    )
    contact_name = models.CharField(_("Ansprechperson"), max_length=120, blank=True)
    contact_email = models.EmailField(_("E-Mail der Ansprechperson"), blank=True)
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("Bild"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    origin_idea = models.ForeignKey(
        "cooperation.Idea",
        verbose_name=_("entstanden aus der Idee"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="projects",
    )
    is_public = models.BooleanField(_("öffentlich sichtbar"), default=True)
    last_activity_at = models.DateTimeField(_("zuletzt aktualisiert"))
    created_at = models.DateTimeField(auto_now_add=True)

    objects = ProjectQuerySet.as_manager()

    class Meta:
        verbose_name = _("Projekt")
        verbose_name_plural = _("Projekte")
        ordering = ["title"]
        indexes = [models.Index(fields=["status", "title"]), models.Index(fields=["last_activity_at"])]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("projects:detail", kwargs={"slug": self.slug})

    def clean(self):
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("Das Ende darf nicht vor dem Beginn liegen.")})

    def progress_from(self, milestones) -> int:
        """Progress in %: the value set by hand, else the share of milestones done."""
        if self.progress_override is not None:
            return self.progress_override
        milestones = list(milestones)
        if not milestones:
            return 100 if self.status == self.State.FINISHED else 0
        return round(100 * sum(1 for m in milestones if m.done) / len(milestones))

    @property
    def progress(self) -> int:
        return self.progress_from(self.milestones.all())

    @property
    def progress_is_derived(self) -> bool:
        return self.progress_override is None

    def is_stale(self, now) -> bool:
        return self.status not in self.FINISHED and self.last_activity_at < now - stale_after()

    @property
    def is_finished(self) -> bool:
        return self.status in self.FINISHED


class Milestone(models.Model):
    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="milestones")
    title = models.CharField(_("Meilenstein"), max_length=200)
    due_date = models.DateField(_("Datum"))
    done = models.BooleanField(_("erledigt"), default=False)

    class Meta:
        verbose_name = _("Meilenstein")
        verbose_name_plural = _("Meilensteine")
        ordering = ["due_date", "pk"]

    def __str__(self):
        return self.title


class ProgressUpdate(models.Model):
    class Kind(models.TextChoices):
        UPDATE = "bericht", _("Bericht")
        ON_TRACK = "auf-kurs", _("weiterhin im Plan")
        STATUS = "status", _("Statusänderung")

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="updates")
    kind = models.CharField(_("Art"), max_length=10, choices=Kind.choices, default=Kind.UPDATE)
    text = models.TextField(_("Text"), max_length=3000)
    is_public = models.BooleanField(_("öffentlich"), default=True)
    author = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    organisation = models.ForeignKey(
        "organisations.Organisation", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(_("Zeitpunkt"))

    class Meta:
        verbose_name = _("Fortschrittsmeldung")
        verbose_name_plural = _("Fortschrittsmeldungen")
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["project", "created_at"])]

    def __str__(self):
        return self.text[:60]


class IndicatorTarget(models.Model):
    """What a project wants to move: an indicator of the monitoring, in a region, from a baseline to a target."""

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="indicator_targets")
    indicator = models.ForeignKey(
        "monitoring.Indicator", verbose_name=_("Indikator"), on_delete=models.PROTECT, related_name="project_targets"
    )
    region = models.ForeignKey(
        "monitoring.Region", verbose_name=_("Region"), on_delete=models.PROTECT, related_name="project_targets"
    )
    baseline_value = models.DecimalField(_("Ausgangswert"), max_digits=14, decimal_places=3)
    baseline_year = models.PositiveSmallIntegerField(
        _("Ausgangsjahr"), validators=[MinValueValidator(1990), MaxValueValidator(2100)]
    )
    target_value = models.DecimalField(_("Zielwert"), max_digits=14, decimal_places=3)
    target_year = models.PositiveSmallIntegerField(
        _("Zieljahr"), validators=[MinValueValidator(1990), MaxValueValidator(2100)]
    )

    class Meta:
        verbose_name = _("Wirkungsziel")
        verbose_name_plural = _("Wirkungsziele")
        ordering = ["project", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["project", "indicator", "region"], name="one_target_per_indicator")
        ]

    def __str__(self):
        return f"{self.indicator} → {self.target_value} ({self.target_year})"

    def clean(self):
        if self.baseline_year and self.target_year and self.target_year <= self.baseline_year:
            raise ValidationError({"target_year": _("Das Zieljahr muss nach dem Ausgangsjahr liegen.")})

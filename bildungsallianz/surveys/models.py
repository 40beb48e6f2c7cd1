"""Surveys of the alliance (Umfragen): questions, invitation links, anonymous responses.

A response carries no personal data: no account, no address, no name, no link to the
invitation it came through (the invitation only records *that* it was used, as a day).
"""

from __future__ import annotations

import hashlib

from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


def hash_token(token: str) -> str:
    """Invitation tokens carry 256 bits of entropy: a plain SHA-256 is enough (like API tokens)."""
    return hashlib.sha256(token.encode()).hexdigest()


class SurveyQuerySet(models.QuerySet):
    def answerable(self, now=None):
        now = now or timezone.now()
        return self.filter(state=Survey.State.OPEN, closes_at__gt=now)


class Survey(models.Model):
    """One survey (e.g. the Betriebsbefragung 2025) with its life cycle draft → open → closed."""

    class State(models.TextChoices):
        DRAFT = "draft", _("Entwurf")
        OPEN = "open", _("läuft")
        CLOSED = "closed", _("geschlossen")

    title = models.CharField(_("Titel"), max_length=200)
    slug = models.SlugField(_("Kurzadresse"), max_length=80, unique=True)
    intro = models.TextField(_("Einleitung"), blank=True, max_length=3000)
    method = models.CharField(
        _("Methode"),
        max_length=300,
        help_text=_("z. B. „Online-Befragung der Partnerbetriebe über persönliche Einladungslinks“"),
    )
    state = models.CharField(_("Status"), max_length=10, choices=State.choices, default=State.DRAFT)
    closes_at = models.DateTimeField(_("Antworten möglich bis"))
    closed_at = models.DateTimeField(_("geschlossen am"), null=True, blank=True)
    open_link = models.BooleanField(
        _("offener Link"),
        default=False,
        help_text=_("Jede Person mit dem Link kann antworten. Sonst nur über Einladungslinks."),
    )
    reference_year = models.PositiveSmallIntegerField(
        _("Berichtsjahr"), help_text=_("Zeitraum der Werte im Monitoring")
    )
    theme = models.CharField(
        _("Themenfeld im Monitoring"), max_length=30, default="uebergang", help_text=_("für die Indikatoren")
    )
    aggregated_at = models.DateTimeField(_("ins Monitoring übernommen am"), null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = SurveyQuerySet.as_manager()

    class Meta:
        ordering = ["-closes_at", "title"]
        verbose_name = _("Umfrage")
        verbose_name_plural = _("Umfragen")

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("surveys:answer_open", args=[self.slug])

    @property
    def source_code(self) -> str:
        """The monitoring source of this survey's numbers."""
        return f"umfrage-{self.slug}"[:60]

    # Life cycle -----------------------------------------------------------------
    def is_answerable(self, now=None) -> bool:
        now = now or timezone.now()
        return self.state == self.State.OPEN and self.closes_at > now

    def is_over(self, now=None) -> bool:
        """Closed by staff, or past its closing date."""
        now = now or timezone.now()
        return self.state == self.State.CLOSED or (self.state == self.State.OPEN and self.closes_at <= now)

    @property
    def is_draft(self) -> bool:
        return self.state == self.State.DRAFT

    @property
    def is_public(self) -> bool:
        """Reachable by respondents (a draft is not)."""
        return self.state != self.State.DRAFT

    @property
    def can_edit_questions(self) -> bool:
        return self.state == self.State.DRAFT

    @property
    def can_open(self) -> bool:
        return self.state == self.State.DRAFT

    @property
    def can_close(self) -> bool:
        return self.state == self.State.OPEN

    @property
    def can_invite(self) -> bool:
        return self.state != self.State.CLOSED

    @property
    def can_aggregate(self) -> bool:
        return self.state == self.State.CLOSED


class Question(models.Model):
    class Kind(models.TextChoices):
        SINGLE = "single", _("Einfachauswahl")
        MULTIPLE = "multiple", _("Mehrfachauswahl")
        NUMBER = "number", _("Zahl")
        SCALE = "scale", _("Skala")
        TEXT = "text", _("Freitext")

    survey = models.ForeignKey(Survey, on_delete=models.CASCADE, related_name="questions")
    order = models.PositiveSmallIntegerField(_("Reihenfolge"), default=0)
    kind = models.CharField(_("Art"), max_length=10, choices=Kind.choices)
    text = models.CharField(_("Frage"), max_length=300)
    label = models.CharField(
        _("Kurzname"),
        max_length=60,
        help_text=_("Name des Merkmals im Monitoring, z. B. „Branche“ oder „Fachkräftebedarf“"),
    )
    help_text = models.CharField(_("Hinweis"), max_length=300, blank=True)
    required = models.BooleanField(_("Pflichtfrage"), default=True)
    options = models.TextField(
        _("Antwortmöglichkeiten"), blank=True, help_text=_("Eine je Zeile (nur bei Einfach- und Mehrfachauswahl)")
    )
    scale_min = models.SmallIntegerField(_("Skala von"), default=1)
    scale_max = models.SmallIntegerField(_("Skala bis"), default=5)
    scale_labels = models.CharField(
        _("Beschriftung der Skalenenden"), max_length=120, blank=True, help_text=_("z. B. „sehr schlecht – sehr gut“")
    )
    unit = models.CharField(_("Einheit"), max_length=40, blank=True, help_text=_("bei Zahlen, z. B. „Plätze“"))
    breaks_down = models.BooleanField(
        _("Auswertung danach gliedern"),
        default=False,
        help_text=_("Alle anderen Fragen werden nach den Antworten dieser Frage aufgeschlüsselt (z. B. Branche)."),
    )

    class Meta:
        ordering = ["survey", "order", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["survey", "label"], name="surveys_question_label_unique"),
            models.UniqueConstraint(
                fields=["survey"], condition=models.Q(breaks_down=True), name="surveys_one_breakdown_question"
            ),
        ]
        verbose_name = _("Frage")
        verbose_name_plural = _("Fragen")

    def __str__(self):
        return self.text

    @property
    def choices(self) -> list[str]:
        """The answer options in order: lines of ``options``, or the scale points."""
        if self.kind == self.Kind.SCALE:
            return [str(n) for n in range(self.scale_min, self.scale_max + 1)]
        if self.kind in (self.Kind.SINGLE, self.Kind.MULTIPLE):
            return [line.strip() for line in self.options.splitlines() if line.strip()]
        return []

    @property
    def is_categorical(self) -> bool:
        return self.kind in (self.Kind.SINGLE, self.Kind.MULTIPLE, self.Kind.SCALE)

    @property
    def is_free_text(self) -> bool:
        return self.kind == self.Kind.TEXT


class Invitation(models.Model):
    """A one-time link for one organisation. Only the SHA-256 of the token is stored; it is shown once."""

    survey = models.ForeignKey(Survey, on_delete=models.CASCADE, related_name="invitations")
    organisation = models.ForeignKey(
        "organisations.Organisation", on_delete=models.CASCADE, related_name="+", verbose_name=_("Organisation")
    )
    token_hash = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(_("erstellt am"), auto_now_add=True)
    #: Only the day: the response itself is not linked to the invitation.
    used_on = models.DateField(_("beantwortet am"), null=True, blank=True)

    class Meta:
        ordering = ["organisation__name", "-created_at"]
        verbose_name = _("Einladung")
        verbose_name_plural = _("Einladungen")

    def __str__(self):
        return f"{self.survey} – {self.organisation}"

    @property
    def is_used(self) -> bool:
        return self.used_on is not None


class Response(models.Model):
    """One anonymous answer sheet: no account, no address, no invitation, the day only."""

    survey = models.ForeignKey(Survey, on_delete=models.CASCADE, related_name="responses")
    submitted_on = models.DateField(_("eingegangen am"))

    class Meta:
        ordering = ["survey", "pk"]
        verbose_name = _("Antwortbogen")
        verbose_name_plural = _("Antwortbögen")

    def __str__(self):
        return f"{self.survey} #{self.pk}"


class Answer(models.Model):
    response = models.ForeignKey(Response, on_delete=models.CASCADE, related_name="answers")
    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="answers")
    #: Single choice and scale: the option; free text: the text.
    text = models.TextField(blank=True)
    #: Multiple choice: the chosen options.
    choices = models.JSONField(default=list, blank=True)
    number = models.DecimalField(max_digits=14, decimal_places=2, null=True, blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["response", "question"], name="surveys_answer_unique")]
        verbose_name = _("Antwort")
        verbose_name_plural = _("Antworten")

    def __str__(self):
        return f"{self.question_id}: {self.display}"

    @property
    def display(self) -> str:
        if self.choices:
            return ", ".join(self.choices)
        if self.number is not None:
            return str(self.number.normalize() if self.number != self.number.to_integral() else int(self.number))
        return self.text


__all__ = ["Answer", "Invitation", "Question", "Response", "Survey", "hash_token"]

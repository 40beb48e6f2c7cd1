"""Working groups, their meetings and tasks; the workshop (Kooperationswerkstatt) with
its tables, ideas, comments and dots; feed tokens and digest settings.

The models own their states and predicates (``is_overdue``, ``accepts_ideas`` …);
services enforce them, views pass flags to templates.
"""

from __future__ import annotations

import datetime
import secrets

from django.conf import settings
from django.db import models
from django.db.models import Count, Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from bildungsallianz.core.files import PrivateStorage


class WorkingGroupQuerySet(models.QuerySet):
    def public(self):
        return self.filter(is_public=True)

    def with_member(self, user):
        return self.filter(memberships__user=user)


class WorkingGroup(models.Model):
    name = models.CharField(_("Name"), max_length=160, unique=True)
    slug = models.SlugField(_("Kurzadresse"), max_length=80, unique=True)
    purpose = models.TextField(_("Zweck"), max_length=3000)
    fields_of_action = models.ManyToManyField(
        "charter.FieldOfAction", verbose_name=_("Handlungsfelder"), blank=True, related_name="working_groups"
    )
    target_groups = models.ManyToManyField(
        "charter.TargetGroup", verbose_name=_("Zielgruppen"), blank=True, related_name="working_groups"
    )
    chair = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("Vorsitz"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="chaired_groups",
    )
    is_public = models.BooleanField(
        _("öffentlich"), default=True, help_text=_("Öffentliche Gruppen zeigen Zweck, Termine und Beschlüsse.")
    )
    created_at = models.DateTimeField(auto_now_add=True)

    objects = WorkingGroupQuerySet.as_manager()

    class Meta:
        verbose_name = _("Arbeitsgruppe")
        verbose_name_plural = _("Arbeitsgruppen")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("cooperation:group_detail", kwargs={"slug": self.slug})


class GroupMembership(models.Model):
    group = models.ForeignKey(WorkingGroup, on_delete=models.CASCADE, related_name="memberships")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="group_memberships")
    organisation = models.ForeignKey(
        "organisations.Organisation",
        verbose_name=_("Organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="group_memberships",
    )
    joined_on = models.DateField(_("Mitglied seit"), default=datetime.date.today)

    class Meta:
        verbose_name = _("Mitgliedschaft in einer Arbeitsgruppe")
        verbose_name_plural = _("Mitgliedschaften in Arbeitsgruppen")
        constraints = [models.UniqueConstraint(fields=["group", "user"], name="one_membership_per_group")]

    def __str__(self):
        return f"{self.user} – {self.group}"


class MeetingQuerySet(models.QuerySet):
    def upcoming(self, now):
        return self.filter(starts_at__gte=now).order_by("starts_at")

    def between(self, start, end):
        return self.filter(starts_at__gte=start, starts_at__lt=end)


class Meeting(models.Model):
    group = models.ForeignKey(WorkingGroup, on_delete=models.CASCADE, related_name="meetings")
    title = models.CharField(_("Titel"), max_length=200)
    starts_at = models.DateTimeField(_("Beginn"))
    ends_at = models.DateTimeField(_("Ende"), null=True, blank=True)
    place = models.CharField(_("Ort"), max_length=200, blank=True)
    online_url = models.URLField(_("Online-Link"), blank=True)
    agenda = models.TextField(_("Tagesordnung"), blank=True, help_text=_("Ein Tagesordnungspunkt je Zeile."))
    minutes = models.TextField(_("Protokoll"), blank=True)
    decisions = models.TextField(_("Beschlüsse"), blank=True, help_text=_("Ein Beschluss je Zeile."))
    decisions_public = models.BooleanField(
        _("Beschlüsse veröffentlichen"),
        default=False,
        help_text=_("Bei öffentlichen Gruppen erscheinen die Beschlüsse auf der Gruppenseite."),
    )
    attendees = models.ManyToManyField(
        settings.AUTH_USER_MODEL, verbose_name=_("Teilnehmende"), blank=True, related_name="attended_meetings"
    )
    organisations = models.ManyToManyField(
        "organisations.Organisation",
        verbose_name=_("Vertretene Organisationen"),
        blank=True,
        related_name="attended_meetings",
    )
    minutes_published_at = models.DateTimeField(_("Protokoll veröffentlicht am"), null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = MeetingQuerySet.as_manager()

    class Meta:
        verbose_name = _("Sitzung")
        verbose_name_plural = _("Sitzungen")
        ordering = ["-starts_at"]
        indexes = [models.Index(fields=["group", "starts_at"])]

    def __str__(self):
        return f"{self.title} ({self.starts_at:%d.%m.%Y})"

    def get_absolute_url(self):
        return reverse("cooperation:meeting_detail", kwargs={"slug": self.group.slug, "pk": self.pk})

    @property
    def agenda_items(self) -> list[str]:
        return [line.strip() for line in self.agenda.splitlines() if line.strip()]

    @property
    def decision_items(self) -> list[str]:
        return [line.strip() for line in self.decisions.splitlines() if line.strip()]


ATTACHMENT_KIND = "arbeitsgruppen"


def attachment_path(instance, filename):
    return f"{instance.meeting.group_id}/{instance.meeting_id}/{secrets.token_hex(8)}-{filename}"


class MeetingAttachment(models.Model):
    """A file of a meeting: a private file of kind "arbeitsgruppen" (core.files), members and staff only."""

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="attachments")
    title = models.CharField(_("Titel"), max_length=200)
    file = models.FileField(
        _("Datei"), upload_to=attachment_path, storage=PrivateStorage(ATTACHMENT_KIND), max_length=300
    )
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    uploaded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("Anhang")
        verbose_name_plural = _("Anhänge")
        ordering = ["title", "pk"]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse(
            "cooperation:attachment",
            kwargs={"slug": self.meeting.group.slug, "pk": self.meeting_id, "attachment": self.pk},
        )


class ActionItemQuerySet(models.QuerySet):
    def open(self):
        return self.filter(status=ActionItem.State.OPEN)

    def overdue(self, today):
        return self.open().filter(due_date__lt=today)

    def for_user(self, user):
        """Tasks of a person: assigned to them, or to an organisation they belong to in that group."""
        return self.filter(
            Q(responsible_user=user)
            | Q(
                responsible_user__isnull=True,
                responsible_organisation__group_memberships__user=user,
                responsible_organisation__group_memberships__group=models.F("group"),
            )
        ).distinct()


class ActionItem(models.Model):
    """Aufgabe: who does what by when, from which meeting."""

    class State(models.TextChoices):
        OPEN = "offen", _("offen")
        DONE = "erledigt", _("erledigt")

    group = models.ForeignKey(WorkingGroup, on_delete=models.CASCADE, related_name="action_items")
    meeting = models.ForeignKey(
        Meeting,
        verbose_name=_("aus der Sitzung"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="action_items",
    )
    title = models.CharField(_("Aufgabe"), max_length=250)
    responsible_user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("verantwortliche Person"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="action_items",
    )
    responsible_organisation = models.ForeignKey(
        "organisations.Organisation",
        verbose_name=_("verantwortliche Organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="action_items",
    )
    due_date = models.DateField(_("fällig am"), null=True, blank=True)
    status = models.CharField(_("Status"), max_length=10, choices=State.choices, default=State.OPEN)
    created_at = models.DateTimeField(auto_now_add=True)
    done_at = models.DateTimeField(_("erledigt am"), null=True, blank=True)

    objects = ActionItemQuerySet.as_manager()

    class Meta:
        verbose_name = _("Aufgabe")
        verbose_name_plural = _("Aufgaben")
        ordering = [models.F("due_date").asc(nulls_last=True), "pk"]

    def __str__(self):
        return self.title

    @property
    def is_open(self) -> bool:
        return self.status == self.State.OPEN

    def is_overdue(self, today: datetime.date) -> bool:
        return self.is_open and self.due_date is not None and self.due_date < today

    @property
    def responsible_display(self) -> str:
        return str(self.responsible_user or self.responsible_organisation or "")


class FeedToken(models.Model):
    """The secret of a person's private calendar feed; renewing it invalidates the old URL."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="meeting_feed")
    token = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("Kalender-Abonnement")
        verbose_name_plural = _("Kalender-Abonnements")

    def __str__(self):
        return str(self.user)


class DigestSettings(models.Model):
    """Which kinds of news a person wants in the daily digest; the last day one was sent."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="digest_settings")
    enabled = models.BooleanField(_("Tägliche Zusammenfassung erhalten"), default=True)
    minutes = models.BooleanField(_("neue Protokolle"), default=True)
    tasks = models.BooleanField(_("neue Aufgaben"), default=True)
    due = models.BooleanField(_("fällige und überfällige Aufgaben"), default=True)
    projects = models.BooleanField(_("Neuigkeiten aus meinen Projekten"), default=True)
    last_sent_on = models.DateField(null=True, blank=True)
    last_sent_at = models.DateTimeField(null=True, blank=True)

    KINDS = ("minutes", "tasks", "due", "projects")

    class Meta:
        verbose_name = _("Einstellung der Zusammenfassung")
        verbose_name_plural = _("Einstellungen der Zusammenfassung")

    def __str__(self):
        return str(self.user)

    def wants(self, kind: str) -> bool:
        return self.enabled and bool(getattr(self, kind, False))


# --- workshop and ideas -------------------------------------------------------


class Workshop(models.Model):
    class Phase(models.TextChoices):
        COLLECTING = "sammeln", _("Ideen sammeln")
        SUPPORTING = "unterstuetzen", _("Ideen unterstützen")
        EVALUATING = "bewerten", _("Bewertung")
        CLOSED = "abgeschlossen", _("abgeschlossen")

    title = models.CharField(_("Titel"), max_length=200)
    slug = models.SlugField(_("Kurzadresse"), max_length=80, unique=True)
    date = models.DateField(_("Datum"))
    description = models.TextField(_("Beschreibung"), blank=True)
    phase = models.CharField(_("Phase"), max_length=20, choices=Phase.choices, default=Phase.COLLECTING)
    dots_per_participant = models.PositiveSmallIntegerField(_("Punkte je Person"), default=5)
    code = models.CharField(_("Werkstatt-Code"), max_length=12, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("Werkstatt")
        verbose_name_plural = _("Werkstätten")
        ordering = ["-date"]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("cooperation:workshop_detail", kwargs={"slug": self.slug})

    @property
    def accepts_ideas(self) -> bool:
        return self.phase in (self.Phase.COLLECTING, self.Phase.SUPPORTING)

    @property
    def accepts_dots(self) -> bool:
        return self.phase == self.Phase.SUPPORTING

    @property
    def accepts_comments(self) -> bool:
        return self.phase != self.Phase.CLOSED

    @property
    def is_evaluating(self) -> bool:
        return self.phase == self.Phase.EVALUATING


class WorkshopTable(models.Model):
    """A table on the day (a working group of the workshop)."""

    workshop = models.ForeignKey(Workshop, on_delete=models.CASCADE, related_name="tables")
    name = models.CharField(_("Name"), max_length=160)
    order = models.PositiveSmallIntegerField(_("Reihenfolge"), default=0)

    class Meta:
        verbose_name = _("Tisch")
        verbose_name_plural = _("Tische")
        ordering = ["workshop", "order", "pk"]
        constraints = [models.UniqueConstraint(fields=["workshop", "name"], name="unique_table_name")]

    def __str__(self):
        return self.name


class IdeaQuerySet(models.QuerySet):
    def with_dots(self):
        return self.annotate(dot_count=Count("dots", distinct=True))

    def open_for_evaluation(self):
        return self.filter(status=Idea.State.NEW)


class Idea(models.Model):
    class State(models.TextChoices):
        NEW = "neu", _("neu")
        ACCEPTED = "angenommen", _("angenommen")
        DECLINED = "abgelehnt", _("abgelehnt")
        MERGED = "zusammengefuehrt", _("zusammengeführt")

    workshop = models.ForeignKey(Workshop, on_delete=models.CASCADE, related_name="ideas")
    table = models.ForeignKey(
        WorkshopTable, verbose_name=_("Tisch"), null=True, blank=True, on_delete=models.SET_NULL, related_name="ideas"
    )
    title = models.CharField(_("Titel"), max_length=200)
    description = models.TextField(_("Beschreibung"), max_length=3000)
    field_of_action = models.ForeignKey(
        "charter.FieldOfAction",
        verbose_name=_("Handlungsfeld"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="ideas",
    )
    target_groups = models.ManyToManyField(
        "charter.TargetGroup", verbose_name=_("Zielgruppen"), blank=True, related_name="ideas"
    )
    possible_partners = models.CharField(_("Wer könnte mitmachen?"), max_length=500, blank=True)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="ideas"
    )
    organisation = models.ForeignKey(
        "organisations.Organisation",
        verbose_name=_("Organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="ideas",
    )
    participant_key = models.CharField(max_length=64, blank=True, editable=False)
    status = models.CharField(_("Status"), max_length=20, choices=State.choices, default=State.NEW)
    decline_reason = models.TextField(_("Begründung"), blank=True)
    merged_into = models.ForeignKey(
        "self",
        verbose_name=_("zusammengeführt mit"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="merged_ideas",
    )
    evaluated_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = IdeaQuerySet.as_manager()

    class Meta:
        verbose_name = _("Idee")
        verbose_name_plural = _("Ideen")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("cooperation:idea_detail", kwargs={"slug": self.workshop.slug, "pk": self.pk})

    @property
    def can_be_evaluated(self) -> bool:
        return self.status == self.State.NEW

    @property
    def can_become_project(self) -> bool:
        return self.status == self.State.ACCEPTED

    @property
    def is_accepted(self) -> bool:
        return self.status == self.State.ACCEPTED


class IdeaComment(models.Model):
    idea = models.ForeignKey(Idea, on_delete=models.CASCADE, related_name="comments")
    text = models.TextField(_("Kommentar"), max_length=1500)
    author = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    participant_key = models.CharField(max_length=64, blank=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("Kommentar")
        verbose_name_plural = _("Kommentare")
        ordering = ["created_at", "pk"]

    def __str__(self):
        return self.text[:60]


class Dot(models.Model):
    """One dot of dot-voting; the voter is an account or a device (workshop code)."""

    idea = models.ForeignKey(Idea, on_delete=models.CASCADE, related_name="dots")
    workshop = models.ForeignKey(Workshop, on_delete=models.CASCADE, related_name="dots")
    voter = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.CASCADE)
    participant_key = models.CharField(max_length=64, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("Punkt")
        verbose_name_plural = _("Punkte")
        indexes = [models.Index(fields=["workshop", "participant_key"]), models.Index(fields=["workshop", "voter"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(voter__isnull=False) | ~Q(participant_key=""), name="dot_has_a_voter_or_device"
            )
        ]

    def __str__(self):
        return f"• {self.idea}"

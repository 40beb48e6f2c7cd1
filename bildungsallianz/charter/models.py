"""The charter (with versions), its principles, fields of action, goals,
signatures, commitments, the shared target-group taxonomy and join requests."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from bildungsallianz.core.fields import postcode_validator
from bildungsallianz.organisations.models import Sector


class FieldOfAction(models.Model):
    """Handlungsfeld: shared by offers, events, projects, ideas and indicators."""

    number = models.PositiveSmallIntegerField(_("Nummer"), unique=True)
    slug = models.SlugField(_("Kurzadresse"), unique=True)
    title = models.CharField(_("Titel"), max_length=160)
    description = models.TextField(_("Beschreibung"), blank=True)

    class Meta:
        verbose_name = _("Handlungsfeld")
        verbose_name_plural = _("Handlungsfelder")
        ordering = ["number"]

    def __str__(self):
        return f"{self.number}. {self.title}"


class TargetGroup(models.Model):
    """Zielgruppe: the second axis of the shared taxonomy."""

    slug = models.SlugField(_("Kurzadresse"), unique=True)
    name = models.CharField(_("Name"), max_length=120)
    order = models.PositiveSmallIntegerField(_("Reihenfolge"), default=0)

    class Meta:
        verbose_name = _("Zielgruppe")
        verbose_name_plural = _("Zielgruppen")
        ordering = ["order", "name"]

    def __str__(self):
        return self.name


class CharterQuerySet(models.QuerySet):
    def current(self):
        return self.filter(is_current=True).first()


class Charter(models.Model):
    title = models.CharField(_("Titel"), max_length=200)
    version = models.CharField(_("Version"), max_length=20)
    preamble = models.TextField(_("Präambel"))
    adopted_on = models.DateField(_("Verabschiedet am"))
    is_current = models.BooleanField(_("aktuelle Fassung"), default=False)

    objects = CharterQuerySet.as_manager()

    class Meta:
        verbose_name = _("Charta")
        verbose_name_plural = _("Charta-Fassungen")
        ordering = ["-adopted_on"]
        constraints = [
            models.UniqueConstraint(fields=["version"], name="unique_charter_version"),
            models.UniqueConstraint(fields=["is_current"], condition=Q(is_current=True), name="one_current_charter"),
        ]

    def __str__(self):
        return f"{self.title} ({self.version})"

    def get_absolute_url(self):
        return reverse("charter:detail")


class Principle(models.Model):
    charter = models.ForeignKey(Charter, on_delete=models.CASCADE, related_name="principles")
    number = models.PositiveSmallIntegerField(_("Nummer"))
    title = models.CharField(_("Titel"), max_length=200)
    description = models.TextField(_("Beschreibung"), blank=True)

    class Meta:
        verbose_name = _("Leitprinzip")
        verbose_name_plural = _("Leitprinzipien")
        ordering = ["charter", "number"]
        constraints = [models.UniqueConstraint(fields=["charter", "number"], name="unique_principle_number")]

    def __str__(self):
        return self.title


class Goal(models.Model):
    charter = models.ForeignKey(Charter, on_delete=models.CASCADE, related_name="goals")
    field_of_action = models.ForeignKey(FieldOfAction, on_delete=models.PROTECT, related_name="goals")
    text = models.CharField(_("Ziel"), max_length=300)
    order = models.PositiveSmallIntegerField(_("Reihenfolge"), default=0)

    class Meta:
        verbose_name = _("Ziel")
        verbose_name_plural = _("Ziele")
        ordering = ["field_of_action__number", "order", "pk"]

    def __str__(self):
        return self.text


class SignatureQuerySet(models.QuerySet):
    def confirmed(self):
        return self.filter(confirmed=True)

    def with_pending_change(self):
        return self.filter(change_requested_at__isnull=False)


class Signature(models.Model):
    charter = models.ForeignKey(Charter, on_delete=models.PROTECT, related_name="signatures")
    organisation = models.ForeignKey("organisations.Organisation", on_delete=models.CASCADE, related_name="signatures")
    signatory_name = models.CharField(_("Name der unterzeichnenden Person"), max_length=120, blank=True)
    signatory_function = models.CharField(_("Funktion"), max_length=120, blank=True)
    signed_on = models.DateField(_("Unterzeichnet am"), null=True, blank=True)
    confirmed = models.BooleanField(
        _("bestätigt"),
        default=False,
        help_text=_("Nach einem angenommenen Beitrittsantrag bestätigt die Organisation ihre Unterzeichnung."),
    )

    # A change of a confirmed signature waits here until staff approve it (the public charter
    # and its PDF keep showing the confirmed values meanwhile).
    pending_signatory_name = models.CharField(_("beantragter Name"), max_length=120, blank=True)
    pending_signatory_function = models.CharField(_("beantragte Funktion"), max_length=120, blank=True)
    change_requested_at = models.DateTimeField(_("Änderung beantragt am"), null=True, blank=True)
    change_requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    objects = SignatureQuerySet.as_manager()

    class Meta:
        verbose_name = _("Unterzeichnung")
        verbose_name_plural = _("Unterzeichnungen")
        ordering = ["signed_on", "organisation__name"]
        constraints = [models.UniqueConstraint(fields=["charter", "organisation"], name="one_signature_per_charter")]

    def __str__(self):
        return f"{self.organisation} – {self.charter.version}"

    @property
    def has_pending_change(self) -> bool:
        return self.change_requested_at is not None


class Commitment(models.Model):
    """Selbstverpflichtung: an organisation's own pledge in a field of action."""

    organisation = models.ForeignKey("organisations.Organisation", on_delete=models.CASCADE, related_name="commitments")
    field_of_action = models.ForeignKey(FieldOfAction, on_delete=models.PROTECT, related_name="commitments")
    text = models.TextField(_("Selbstverpflichtung"), max_length=1500)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("Selbstverpflichtung")
        verbose_name_plural = _("Selbstverpflichtungen")
        ordering = ["field_of_action__number", "pk"]

    def __str__(self):
        return f"{self.organisation}: {self.text[:60]}"


class JoinRequest(models.Model):
    """Beitrittsantrag from the public form, reviewed by the Bildungsbüro."""

    class State(models.TextChoices):
        """Where the request stands in the Bildungsbüro's decision (glossary: *state*, not *status*)."""

        RECEIVED = "received", _("Eingegangen")
        IN_REVIEW = "in_review", _("In Prüfung")
        ACCEPTED = "accepted", _("Angenommen")
        DECLINED = "declined", _("Abgelehnt")

    state = models.CharField(_("Status"), max_length=20, choices=State.choices, default=State.RECEIVED)
    organisation_name = models.CharField(_("Name der Organisation"), max_length=200)
    short_name = models.CharField(_("Kurzname"), max_length=60, blank=True)
    sector = models.CharField(_("Bereich"), max_length=30, choices=Sector.choices)
    description = models.TextField(_("Kurzbeschreibung der Organisation"), max_length=3000)
    street = models.CharField(_("Straße und Hausnummer"), max_length=200)
    postcode = models.CharField(_("Postleitzahl"), max_length=5, validators=[postcode_validator])
    city = models.CharField(_("Ort"), max_length=100)
    website = models.URLField(_("Website"), blank=True)
    organisation_email = models.EmailField(_("E-Mail-Adresse der Organisation"), blank=True)
    phone = models.CharField(_("Telefon"), max_length=40, blank=True)
    contact_name = models.CharField(_("Name der Ansprechperson"), max_length=120)
    contact_function = models.CharField(_("Funktion der Ansprechperson"), max_length=120, blank=True)
    contact_email = models.EmailField(_("E-Mail-Adresse der Ansprechperson"))
    fields_of_action = models.ManyToManyField(
        FieldOfAction, verbose_name=_("Handlungsfelder von Interesse"), related_name="join_requests"
    )
    proposed_commitment = models.TextField(_("Vorgeschlagene Selbstverpflichtung"), max_length=1500)
    consent_at = models.DateTimeField(_("Einwilligung zur Datenverarbeitung erteilt am"))
    language = models.CharField(
        _("Sprache der E-Mails"),
        max_length=5,
        default="de",
        editable=False,
        help_text=_("Sprache des Antragsformulars"),
    )
    consent_publish_contact = models.BooleanField(
        _("Website, E-Mail-Adresse und Telefon der Organisation dürfen veröffentlicht werden"),
        default=False,
        help_text=_("Ohne diese Einwilligung erscheinen sie nicht im Partnerverzeichnis."),
    )
    created_at = models.DateTimeField(_("Eingegangen am"), auto_now_add=True)
    decided_at = models.DateTimeField(_("Entschieden am"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("Entschieden von"),
    )
    decline_reason = models.TextField(_("Begründung der Ablehnung"), blank=True)
    organisation = models.ForeignKey(
        "organisations.Organisation",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="join_requests",
        verbose_name=_("Angelegte Organisation"),
    )

    class Meta:
        verbose_name = _("Beitrittsantrag")
        verbose_name_plural = _("Beitrittsanträge")
        ordering = ["-created_at"]

    def __str__(self):
        return self.organisation_name

    OPEN_STATES = (State.RECEIVED, State.IN_REVIEW)

    @property
    def is_open(self) -> bool:
        return self.state in self.OPEN_STATES

    def organisation_data(self) -> dict:
        """The fields of the organisation an accepted request creates (``organisations.services``)."""
        return {
            "name": self.organisation_name,
            "short_name": self.short_name,
            "sector": self.sector,
            "description": self.description,
            "street": self.street,
            "postcode": self.postcode,
            "city": self.city,
            # Contact channels only with the organisation's consent (they may name a person).
            "website": self.website if self.consent_publish_contact else "",
            "email": self.organisation_email if self.consent_publish_contact else "",
            "phone": self.phone if self.consent_publish_contact else "",
        }

    def contact_data(self) -> dict:
        """The requester becomes the organisation's first (non-public) contact."""
        return {
            "name": self.contact_name,
            "function": self.contact_function,
            "email": self.contact_email,
            "consent_public": False,
        }

"""Variables, observations (value + status), their history and import runs."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from bildungsallianz.core.files import PrivateStorage

from ..special_values import NUMBER_LABEL, SPECIAL_VALUE_TABLE

#: Choices of the ``status`` field ("Kennzeichen"): a number or one of the
#: special values of official statistics, built from the one table in
#: :mod:`bildungsallianz.monitoring.special_values`.
SpecialValueChoices = models.TextChoices(
    "SpecialValueChoices",
    [("NUMBER", ("", _(NUMBER_LABEL)))] + [(sv.name, (sv.symbol, _(sv.label))) for sv in SPECIAL_VALUE_TABLE],
)


def breakdown_key(breakdown) -> str:
    """Canonical text of a breakdown: ``Abschluss=…|Geschlecht=…`` (sorted), ``""`` = total."""
    items = breakdown.items() if isinstance(breakdown, dict) else breakdown
    return "|".join(f"{dim}={value}" for dim, value in sorted(items))


class Variable(models.Model):
    """One published variable of a source (e.g. BEVSTD, "Arbeitslose")."""

    source = models.ForeignKey("monitoring.Source", on_delete=models.CASCADE, related_name="variables")
    code = models.CharField(_("Merkmal"), max_length=200)
    label = models.CharField(_("Bezeichnung"), max_length=300, blank=True)
    unit = models.CharField(_("Einheit"), max_length=60, blank=True)

    class Meta:
        ordering = ["source", "code"]
        constraints = [models.UniqueConstraint(fields=["source", "code"], name="monitoring_variable_unique")]
        verbose_name = _("Merkmal")
        verbose_name_plural = _("Merkmale")

    def __str__(self):
        return self.label or self.code


class Observation(models.Model):
    """One published number or special value; every table dimension is a breakdown.

    A special value has ``value=None`` and its symbol in ``status`` — never 0.
    """

    variable = models.ForeignKey(Variable, on_delete=models.CASCADE, related_name="observations")
    region = models.ForeignKey("monitoring.Region", on_delete=models.PROTECT, related_name="observations")
    period = models.CharField(_("Zeitraum"), max_length=10, help_text=_("2023 oder 2023-12-31"))
    year = models.PositiveSmallIntegerField(_("Jahr"))
    breakdown = models.JSONField(_("Gliederung"), default=dict, blank=True)
    breakdown_key = models.CharField(_("Gliederungsschlüssel"), max_length=500, blank=True)
    value = models.DecimalField(_("Wert"), max_digits=20, decimal_places=6, null=True, blank=True)
    status = models.CharField(_("Kennzeichen"), max_length=3, choices=SpecialValueChoices.choices, blank=True)
    quality = models.CharField(
        _("Qualitätskennzeichen"), max_length=3, blank=True, help_text=_("z. B. „()“: Aussagewert eingeschränkt")
    )
    basis = models.CharField(
        _("Basis"),
        max_length=60,
        blank=True,
        help_text=_("Grundlage des Werts, z. B. „Zensus 2022“; wechselt sie in einer Reihe, ist dort ein Reihenbruch."),
    )
    import_run = models.ForeignKey(
        "monitoring.ImportRun", on_delete=models.PROTECT, related_name="observations", null=True, blank=True
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["variable", "region", "period", "breakdown_key"], name="monitoring_observation_unique"
            ),
            models.CheckConstraint(
                condition=(models.Q(status="") & models.Q(value__isnull=False))
                | (~models.Q(status="") & models.Q(value__isnull=True)),
                name="monitoring_observation_value_xor_status",
            ),
        ]
        indexes = [models.Index(fields=["variable", "year"], name="monitoring_obs_var_year")]
        verbose_name = _("Wert")
        verbose_name_plural = _("Werte")

    def __str__(self):
        return f"{self.variable} {self.region_id} {self.period}: {self.display}"

    @property
    def display(self) -> str:
        return self.status if self.status else str(self.value)


class PreviousValue(models.Model):
    """What an observation was before a newer vintage changed it (glossary: *previous value*)."""

    observation = models.ForeignKey(Observation, on_delete=models.CASCADE, related_name="previous_values")
    import_run = models.ForeignKey("monitoring.ImportRun", on_delete=models.PROTECT, related_name="previous_values")
    old_value = models.DecimalField(max_digits=20, decimal_places=6, null=True, blank=True)
    old_status = models.CharField(max_length=3, choices=SpecialValueChoices.choices, blank=True)
    old_import_run = models.ForeignKey(
        "monitoring.ImportRun", on_delete=models.PROTECT, related_name="+", null=True, blank=True
    )
    changed_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-changed_at"]
        verbose_name = _("frühere Fassung eines Werts")
        verbose_name_plural = _("frühere Fassungen von Werten")

    def __str__(self):
        return f"{self.observation_id}: {self.old_status or self.old_value}"


def import_upload_to(instance, filename):
    return f"imports/{filename}"


class ImportRunQuerySet(models.QuerySet):
    def needing_attention(self, *, since):
        """Runs waiting for a decision or a background task, and runs that failed since ``since`` (newest first)."""
        waiting = [ImportRun.State.QUEUED, ImportRun.State.PREVIEWED, ImportRun.State.RUNNING]
        return self.filter(
            models.Q(state__in=waiting) | models.Q(state=ImportRun.State.FAILED, created_at__gte=since)
        ).order_by("-created_at")


class ImportRun(models.Model):
    """One file on its way in: checked (preview), then executed (written all-or-nothing) or discarded."""

    class State(models.TextChoices):
        QUEUED = "queued", _("wird im Hintergrund geprüft")
        PREVIEWED = "previewed", _("geprüft, wartet auf Bestätigung")
        RUNNING = "running", _("wird im Hintergrund importiert")
        SUCCEEDED = "succeeded", _("importiert")
        FAILED = "failed", _("fehlgeschlagen")
        DISCARDED = "discarded", _("verworfen")

    source = models.ForeignKey(
        "monitoring.Source", on_delete=models.SET_NULL, null=True, blank=True, related_name="import_runs"
    )
    source_code = models.CharField(_("Quelle (Kürzel)"), max_length=60, blank=True)
    file = models.FileField(_("Datei"), upload_to=import_upload_to, storage=PrivateStorage("importe"), blank=True)
    filename = models.CharField(_("Dateiname"), max_length=255)
    size = models.PositiveBigIntegerField(_("Größe in Bytes"), default=0)
    sha256 = models.CharField(_("SHA-256"), max_length=64, blank=True, db_index=True)
    format = models.CharField(_("Format"), max_length=30, blank=True)
    state = models.CharField(_("Status"), max_length=12, choices=State.choices, default=State.PREVIEWED)
    ignore_unknown_regions = models.BooleanField(_("unbekannte Regionen auslassen"), default=False)
    basis = models.CharField(
        _("Basis der Werte"),
        max_length=60,
        blank=True,
        help_text=_("z. B. „Zensus 2022“; leer = aus der Datei erkannt (Titel, Fußnoten), sonst ohne Angabe."),
    )
    preview = models.JSONField(_("Vorschau"), default=dict, blank=True)
    error = models.TextField(_("Fehler"), blank=True)
    count_new = models.PositiveIntegerField(_("neu"), default=0)
    count_changed = models.PositiveIntegerField(_("geändert"), default=0)
    count_unchanged = models.PositiveIntegerField(_("unverändert"), default=0)
    #: What a background run is doing now (German, e.g. "Werte werden geschrieben"), and since when.
    progress_step = models.CharField(_("Arbeitsschritt"), max_length=200, blank=True)
    progress_at = models.DateTimeField(_("Schritt begonnen"), null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    objects = ImportRunQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("Importlauf")
        verbose_name_plural = _("Importläufe")

    def __str__(self):
        return f"{self.filename} ({self.get_state_display()})"

    @property
    def is_working(self) -> bool:
        """A background task is checking or writing it (the page reloads itself)."""
        return self.state in (self.State.QUEUED, self.State.RUNNING)

    @property
    def can_decide(self) -> bool:
        """Still waiting: it may be executed or discarded."""
        return self.state == self.State.PREVIEWED

    @property
    def can_execute(self) -> bool:
        """Waiting and without a blocking error (e.g. unknown regions not yet accepted)."""
        return self.can_decide and not self.error

"""Indicator catalogue and computed indicator values."""

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from .observations import SpecialValueChoices
from .sources import source_code


class Theme(models.TextChoices):
    """Themes of the "Anwendungsleitfaden zum Aufbau eines kommunalen Bildungsmonitorings"."""

    DEMOGRAFIE = "demografie", _("Rahmenbedingungen und Demografie")
    FRUEHE_BILDUNG = "fruehe-bildung", _("Frühkindliche Bildung")
    SCHULE = "schule", _("Allgemeinbildende Schulen")
    BERUFLICHE_BILDUNG = "berufliche-bildung", _("Berufliche Bildung")
    UEBERGANG = "uebergang", _("Übergang Schule–Beruf")
    ARBEITSMARKT = "arbeitsmarkt", _("Arbeitsmarkt und Beschäftigung")
    WEITERBILDUNG = "weiterbildung", _("Weiterbildung")
    SOZIALES = "soziales", _("Soziale Lage")


class IndicatorQuerySet(models.QuerySet):
    def published(self):
        return self.filter(published=True)


class Indicator(models.Model):
    """A checked indicator: numerator / denominator over observations, or a direct value.

    ``numerator`` and ``denominator`` are input specs::

        {"source": "21111-02-06-4", "variable": "Absolvierende…",
         "breakdown": {"Abschluss": "ohne Hauptschulabschluss"}}

    The breakdown must match exactly ({} = total). Without denominator the
    numerator is shown directly. ``factor`` scales the ratio (100 for %).
    """

    code = models.SlugField(_("Kürzel"), max_length=80, unique=True)
    name = models.CharField(_("Name"), max_length=200)
    short_name = models.CharField(_("Kurzname"), max_length=80, blank=True)
    definition = models.TextField(_("Definition"))
    theme = models.CharField(_("Themenfeld"), max_length=30, choices=Theme.choices)
    fields_of_action = models.ManyToManyField(
        "charter.FieldOfAction", blank=True, related_name="indicators", verbose_name=_("Handlungsfelder")
    )
    sources = models.ManyToManyField("monitoring.Source", blank=True, related_name="indicators")
    numerator = models.JSONField(_("Zähler"))
    denominator = models.JSONField(_("Nenner"), null=True, blank=True)
    factor = models.DecimalField(_("Faktor"), max_digits=12, decimal_places=2, default=1)
    unit = models.CharField(_("Einheit"), max_length=40)
    decimals = models.PositiveSmallIntegerField(_("Nachkommastellen"), default=0)
    reference_date = models.CharField(_("Stichtag/Zeitbezug"), max_length=200, blank=True)
    caveats = models.TextField(_("Hinweise zur Deutung"), blank=True)
    peer_keys = models.JSONField(
        _("Vergleichskreise"), default=list, blank=True, help_text=_("leer = kreisfreie Städte des eigenen Landes")
    )
    higher_is_better = models.BooleanField(_("höher ist besser"), null=True, blank=True)
    order = models.PositiveSmallIntegerField(_("Reihenfolge"), default=0)
    published = models.BooleanField(_("veröffentlicht"), default=True)

    objects = IndicatorQuerySet.as_manager()

    class Meta:
        ordering = ["theme", "order", "name"]
        verbose_name = _("Indikator")
        verbose_name_plural = _("Indikatoren")

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.numerator = _with_source_code(self.numerator)
        self.denominator = _with_source_code(self.denominator)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("monitoring:detail", args=[self.code])

    @property
    def is_ratio(self) -> bool:
        return bool(self.denominator)

    @property
    def compares_across_regions(self) -> bool:
        """Shares, rates and per-head values compare between regions; absolute counts do not."""
        return self.is_ratio or self.unit != "Anzahl"

    def input_specs(self) -> list[dict]:
        """Numerator and denominator, their table under its stored code (``AI002-1-5`` → ``ai002-1-5``)."""
        return [_with_source_code(spec) for spec in (self.numerator, self.denominator) if spec]


def _with_source_code(spec):
    if isinstance(spec, dict) and isinstance(spec.get("source"), str):
        return {**spec, "source": source_code(spec["source"])}
    return spec


class IndicatorValue(models.Model):
    """A computed indicator value for one region and period, or why it is missing.

    Recomputed after every import that touches one of the indicator's sources.
    """

    indicator = models.ForeignKey(Indicator, on_delete=models.CASCADE, related_name="values")
    region = models.ForeignKey("monitoring.Region", on_delete=models.CASCADE, related_name="indicator_values")
    period = models.CharField(_("Zeitraum"), max_length=10)
    year = models.PositiveSmallIntegerField(_("Jahr"))
    value = models.DecimalField(_("Wert"), max_digits=20, decimal_places=6, null=True, blank=True)
    status = models.CharField(_("Kennzeichen"), max_length=3, choices=SpecialValueChoices.choices, blank=True)
    quality = models.CharField(_("Qualitätskennzeichen"), max_length=3, blank=True)
    basis = models.CharField(_("Basis"), max_length=60, blank=True)
    reason = models.CharField(_("Grund für fehlenden Wert"), max_length=300, blank=True)
    numerator = models.DecimalField(max_digits=20, decimal_places=6, null=True, blank=True)
    denominator = models.DecimalField(max_digits=20, decimal_places=6, null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["indicator", "region", "period"], name="monitoring_indicatorvalue_unique")
        ]
        indexes = [models.Index(fields=["indicator", "year"], name="monitoring_iv_ind_year")]
        verbose_name = _("Indikatorwert")
        verbose_name_plural = _("Indikatorwerte")

    def __str__(self):
        shown = self.value if self.value is not None else self.status
        return f"{self.indicator_id} {self.region_id} {self.period}: {shown}"

    @property
    def missing(self) -> bool:
        return self.value is None

"""Regions (Gebietseinheiten) with their official keys."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class RegionQuerySet(models.QuerySet):
    def active(self):
        return self.filter(active=True)

    def kreise(self):
        """The current Kreise and kreisfreie Städte (400 in 2024)."""
        return self.filter(level=Region.Level.KREIS, active=True)

    def gemeinden_of(self, kreis_key: str):
        """The current Gemeinden of a Kreis (a kreisfreie Stadt has none: it is its own Gemeinde)."""
        return self.filter(level=Region.Level.GEMEINDE, active=True, parent__key=kreis_key)

    def in_land(self, land_key: str):
        return self.filter(key__startswith=land_key)


class Region(models.Model):
    """A Bund, Land, Regierungsbezirk, Kreis, Gemeinde or Agenturbezirk.

    ``key`` is the official key as published (AGS/ARS prefix: ``DG`` for
    Germany, 2 digits Land, 3 Regierungsbezirk or statistical region, 5 Kreis,
    9 Gemeindeverband (ARS prefix), 8 Gemeinde; a 12-digit ARS of a Gemeinde
    is read as its 8-digit key). The Gemeinde of a kreisfreie Stadt
    (``07317000``) is not a region of its own: it is the Kreis (``07317``).
    Names change ("Kreisfreie Stadt" → "kreisfreie Stadt"): the latest name
    is ``name``, every other name seen in a file is kept in ``aliases``. An
    Arbeitsagenturbezirk groups Kreise, a Gemeindeverband its Gemeinden via
    ``members``.
    """

    class Level(models.TextChoices):
        BUND = "bund", _("Bund")
        LAND = "land", _("Land")
        BEZIRK = "bezirk", _("Regierungsbezirk/statistische Region")
        KREIS = "kreis", _("Kreis/kreisfreie Stadt")
        GEMEINDEVERBAND = "gemeindeverband", _("Gemeindeverband")
        GEMEINDE = "gemeinde", _("Gemeinde")
        AGENTUR = "agentur", _("Arbeitsagenturbezirk")

    class KreisType(models.TextChoices):
        NONE = "", _("–")
        KREISFREIE_STADT = "kreisfreie_stadt", _("kreisfreie Stadt")
        LANDKREIS = "landkreis", _("Landkreis")

    key = models.CharField(_("Regionalschlüssel"), max_length=12, unique=True)
    name = models.CharField(_("Name"), max_length=200)
    aliases = models.JSONField(_("frühere und andere Namen"), default=list, blank=True)
    level = models.CharField(_("Ebene"), max_length=20, choices=Level.choices)
    kreis_type = models.CharField(_("Kreistyp"), max_length=20, choices=KreisType.choices, blank=True)
    parent = models.ForeignKey(
        "self", on_delete=models.PROTECT, null=True, blank=True, related_name="children", verbose_name=_("übergeordnet")
    )
    members = models.ManyToManyField(
        "self",
        symmetrical=False,
        blank=True,
        related_name="groups",
        verbose_name=_("umfasst (Agenturbezirk, Gemeindeverband)"),
    )
    area_km2 = models.DecimalField(_("Fläche in km²"), max_digits=12, decimal_places=2, null=True, blank=True)
    population = models.PositiveIntegerField(_("Bevölkerung"), null=True, blank=True)
    population_date = models.DateField(_("Bevölkerung am"), null=True, blank=True)
    active = models.BooleanField(
        _("aktuell"), default=True, help_text=_("Nein für frühere Gebiete, die Tabellen noch ausweisen.")
    )
    origin = models.CharField(_("Herkunft"), max_length=100, blank=True)

    objects = RegionQuerySet.as_manager()

    class Meta:
        ordering = ["key"]
        verbose_name = _("Gebietseinheit")
        verbose_name_plural = _("Gebietseinheiten")

    def __str__(self):
        return f"{self.name} ({self.key})"

    @property
    def land_key(self) -> str:
        return "DG" if self.key == "DG" else self.key[:2]

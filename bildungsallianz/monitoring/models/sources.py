"""Data sources: one official table (or file series) with its licence."""

from django.db import models
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

DEFAULT_LICENCE = "dl-de/by-2-0"
DEFAULT_LICENCE_URL = "https://www.govdata.de/dl-de/by-2-0"
DEFAULT_PUBLISHER = "Statistische Ämter des Bundes und der Länder"


def source_code(text: str) -> str:
    """The code a source is stored under: a slug in lower case (``AI002-1-5`` → ``ai002-1-5``).

    Imports, indicator specs and the mappings across vintages compare codes
    through it, so an indicator may name its table as the publisher writes it.
    """
    return slugify(text or "", allow_unicode=True)


class Source(models.Model):
    """A statistics table such as 21111-02-06-4, imported in several vintages.

    ``column_mapping`` is the Excel/plain-CSV column mapping chosen once and
    reused for every later file of this source.
    """

    code = models.SlugField(_("Kürzel"), max_length=60, unique=True, allow_unicode=True)
    table_code = models.CharField(_("Tabellencode"), max_length=60, blank=True)
    title = models.CharField(_("Titel"), max_length=500, blank=True)
    publisher = models.CharField(_("Herausgeber"), max_length=200, default=DEFAULT_PUBLISHER)
    licence = models.CharField(_("Lizenz"), max_length=100, default=DEFAULT_LICENCE)
    licence_url = models.URLField(_("Lizenztext"), blank=True, default=DEFAULT_LICENCE_URL)
    url = models.URLField(_("Fundstelle"), blank=True)
    reference_date = models.CharField(
        _("Stichtag/Zeitbezug"), max_length=200, blank=True, help_text=_("z. B. „Schuljahresende“, „31.12.“")
    )
    attribution = models.CharField(
        _("Quellenangabe"),
        max_length=300,
        blank=True,
        help_text=_("Erscheint unter jeder Grafik und Tabelle, z. B. „© Statistische Ämter …, 2025“."),
    )
    column_mapping = models.JSONField(_("Spaltenzuordnung"), default=dict, blank=True)
    stand = models.CharField(_("Datenstand"), max_length=100, blank=True)
    category_tree = models.JSONField(
        _("Gliederungshierarchie"),
        default=dict,
        blank=True,
        help_text=_(
            "Je Gliederung {Ausprägung: übergeordnete Ausprägung}: Zwischensummen („… zusammen“) und "
            "„darunter“-Zeilen, damit Summen nichts doppelt zählen. Wird beim Import aus der Reihenfolge der "
            "Tabelle erkannt."
        ),
    )
    dash_meaning = models.CharField(
        _("Bedeutung von „-“ laut Herausgeber"),
        max_length=300,
        blank=True,
        help_text=_(
            "Leer = „nichts vorhanden“ (amtliche Zeichenerklärung). Füllen Sie dieses Feld, wenn der Herausgeber "
            "„-“ in dieser Tabelle anders erklärt, z. B. „Wert noch nicht veröffentlicht“ oder „kein Nachweis "
            "(Stichprobe zu klein)“. Das Zeichen bleibt „–“; es wird nie als 0 gezählt."
        ),
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["code"]
        verbose_name = _("Datenquelle")
        verbose_name_plural = _("Datenquellen")

    def __str__(self):
        return f"{self.table_code or self.code} – {self.title}" if self.title else self.code

    def summable_categories(self, dimension: str, categories) -> list[str]:
        """The categories of ``dimension`` that add up without double counting (no subtotals, no "darunter")."""
        from ..parsers.hierarchy import summable

        return summable(categories, self.category_tree.get(dimension, {}))

    @property
    def dash_label(self) -> str:
        """What ``-`` means in this table: the publisher's own words, else the official legend."""
        from ..special_values import BY_SYMBOL

        return self.dash_meaning or _(BY_SYMBOL["-"].label)

    @property
    def attribution_line(self) -> str:
        """The line shown under charts and tables."""
        parts = [self.attribution or f"© {self.publisher}"]
        if self.table_code:
            parts.append(f"Tabelle {self.table_code}")
        if self.licence:
            parts.append(self.licence)
        return ", ".join(parts)

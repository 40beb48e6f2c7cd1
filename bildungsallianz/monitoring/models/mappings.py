"""Names across vintages: one series although a publisher renamed a table, variable or category."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class LabelMapping(models.Model):
    """``old`` as written in an older (or newer) vintage is stored as ``new``.

    Applied by every import before the file is compared with the database, so
    2013/14 and 2025 files of one table land in one source, with one variable
    and the same breakdown keys (``Ausländer`` → ``ausländisch``). Staff edit
    the table in the back office; the obvious mappings ship with the product
    (migration ``0008``).
    """

    class Kind(models.TextChoices):
        SOURCE = "source", _("Tabelle (Kürzel der Datenquelle)")
        VARIABLE = "variable", _("Merkmal (Code)")
        DIMENSION = "dimension", _("Gliederung (Name)")
        CATEGORY = "category", _("Ausprägung einer Gliederung")

    kind = models.CharField(_("Art"), max_length=10, choices=Kind.choices)
    dimension = models.CharField(
        _("nur in Gliederung"),
        max_length=200,
        blank=True,
        help_text=_("Nur für Ausprägungen: leer = in jeder Gliederung (nach Umbenennung der Gliederung)."),
    )
    old = models.CharField(_("alte Bezeichnung"), max_length=300)
    new = models.CharField(_("gespeichert als"), max_length=300)
    note = models.CharField(_("Hinweis"), max_length=300, blank=True)

    class Meta:
        ordering = ["kind", "dimension", "old"]
        constraints = [
            models.UniqueConstraint(fields=["kind", "dimension", "old"], name="monitoring_labelmapping_unique")
        ]
        verbose_name = _("Zuordnung über Jahrgänge")
        verbose_name_plural = _("Zuordnungen über Jahrgänge")

    def __str__(self):
        return f"{self.get_kind_display()}: {self.old} → {self.new}"

    def clean(self):
        from django.core.exceptions import ValidationError

        if self.old.strip() == self.new.strip():
            raise ValidationError(_("Alte und neue Bezeichnung sind gleich – diese Zuordnung bewirkt nichts."))
        if self.dimension and self.kind != self.Kind.CATEGORY:
            raise ValidationError({"dimension": _("Eine Gliederung kann nur für Ausprägungen angegeben werden.")})

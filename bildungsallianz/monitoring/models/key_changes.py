"""Key history of Gemeinden and Gemeindeverbände: mergers, splits, renames and new keys over time."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _


class RegionKeyChange(models.Model):
    """One official change: ``old_key`` (as of before ``effective``) → ``new_key``.

    A merger has one row per dissolved Gemeinde (all pointing to the
    successor), a split one row per successor (several rows with the same
    ``old_key``), a rename one row with ``old_key == new_key``. The importer
    maps an old key that is no longer a region to its successor when that is
    unambiguous (key change, merger) and refuses a split (decision 0209).
    Shipped rows come from Destatis "Namens-, Grenz- und Schlüsseländerungen
    bei Gemeinden" (``data/key_changes.csv``); staff add more in the back
    office.
    """

    class Kind(models.TextChoices):
        MERGER = "merger", _("Zusammenschluss/Eingliederung")
        SPLIT = "split", _("Aufteilung")
        KEY_CHANGE = "key_change", _("Schlüsseländerung")
        RENAME = "rename", _("Namensänderung")

    old_key = models.CharField(_("alter Schlüssel"), max_length=12, db_index=True)
    old_name = models.CharField(_("alter Name"), max_length=200, blank=True)
    new_key = models.CharField(_("neuer Schlüssel"), max_length=12)
    new_name = models.CharField(_("neuer Name"), max_length=200, blank=True)
    effective = models.DateField(_("wirksam ab"))
    kind = models.CharField(_("Art"), max_length=12, choices=Kind.choices)
    reference = models.CharField(
        _("Nummer der Änderung"), max_length=40, blank=True, help_text=_("z. B. „07/2014/0002-R“ (Destatis).")
    )
    source = models.CharField(_("Quelle"), max_length=300, blank=True)
    licence = models.CharField(_("Lizenz"), max_length=100, blank=True)

    class Meta:
        ordering = ["-effective", "old_key", "new_key"]
        constraints = [
            models.UniqueConstraint(fields=["old_key", "new_key", "effective"], name="monitoring_keychange_unique")
        ]
        verbose_name = _("Schlüsseländerung")
        verbose_name_plural = _("Schlüsseländerungen (Gemeinden)")

    def __str__(self):
        return f"{self.old_key} {self.old_name} → {self.new_key} {self.new_name} ({self.effective:%d.%m.%Y})"

    def clean(self):
        for name in ("old_key", "new_key"):
            value = getattr(self, name).strip()
            if not value.isdigit() or len(value) not in (8, 9, 12):
                raise ValidationError(
                    {name: _("Bitte einen Gemeindeschlüssel (8 Ziffern) oder Verbandsschlüssel (9 Ziffern) angeben.")}
                )
        same = self.old_key.strip() == self.new_key.strip()
        if self.kind == self.Kind.RENAME and not same:
            raise ValidationError(_("Bei einer Namensänderung bleibt der Schlüssel gleich."))
        if self.kind != self.Kind.RENAME and same:
            raise ValidationError(_("Alter und neuer Schlüssel sind gleich – wählen Sie „Namensänderung“."))

"""Models of the core: the audit log of data-protection actions."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class PrivacyAction(models.Model):
    """One export or erasure of a person's data (DSGVO Art. 15/17), for the record.

    The person's address is kept only as a keyed hash: the log proves that a
    request was handled without keeping the data that was deleted.
    """

    class Action(models.TextChoices):
        EXPORT = "export", _("Auskunft (Export)")
        ERASE = "erase", _("Löschung/Anonymisierung")

    action = models.CharField(_("Aktion"), max_length=10, choices=Action.choices)
    subject_hash = models.CharField(_("Person (Schlüssel-Hash der E-Mail-Adresse)"), max_length=64, db_index=True)
    counts = models.JSONField(_("betroffene Datensätze"), default=dict)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("von"),
    )
    at = models.DateTimeField(_("am"), auto_now_add=True)

    class Meta:
        verbose_name = _("Datenschutz-Vorgang")
        verbose_name_plural = _("Datenschutz-Vorgänge")
        ordering = ["-at"]

    def __str__(self):
        return f"{self.get_action_display()} {self.at:%d.%m.%Y %H:%M}"

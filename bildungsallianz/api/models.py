"""API tokens of partner organisations: shown once, stored hashed, named, expiring, revocable."""

from __future__ import annotations

import hashlib

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


def hash_secret(secret: str) -> str:
    """Tokens have 256 bits of entropy: a plain SHA-256 is enough (no password stretching needed)."""
    return hashlib.sha256(secret.encode()).hexdigest()


class ApiTokenQuerySet(models.QuerySet):
    def usable(self, *, now=None):
        now = now or timezone.now()
        return self.filter(revoked_at__isnull=True, expires_at__gt=now)


class ApiToken(models.Model):
    organisation = models.ForeignKey(
        "organisations.Organisation",
        on_delete=models.CASCADE,
        related_name="api_tokens",
        verbose_name=_("Organisation"),
    )
    name = models.CharField(_("Name"), max_length=100, help_text=_("z. B. „Nächtlicher Abgleich Kursdatenbank“"))
    prefix = models.CharField(_("Anfang des Schlüssels"), max_length=12)
    token_hash = models.CharField(max_length=64, unique=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(_("erstellt am"), auto_now_add=True)
    expires_at = models.DateTimeField(_("gültig bis"))
    revoked_at = models.DateTimeField(_("widerrufen am"), null=True, blank=True)
    last_used_at = models.DateTimeField(_("zuletzt benutzt am"), null=True, blank=True)

    objects = ApiTokenQuerySet.as_manager()

    class Meta:
        verbose_name = _("API-Schlüssel")
        verbose_name_plural = _("API-Schlüssel")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.name} ({self.prefix}…)"

    def is_usable(self, *, now=None) -> bool:
        now = now or timezone.now()
        return self.revoked_at is None and self.expires_at > now

    @property
    def can_revoke(self) -> bool:
        return self.revoked_at is None


class ExternalId(models.Model):
    """A partner system's own id of an object, so a nightly sync can send its whole list again."""

    organisation = models.ForeignKey("organisations.Organisation", on_delete=models.CASCADE, related_name="+")
    external_id = models.CharField(_("Kennung im Partnersystem"), max_length=100)

    class Meta:
        abstract = True

    def __str__(self):
        return self.external_id


class ExternalOfferId(ExternalId):
    offer = models.OneToOneField("offers.Offer", on_delete=models.CASCADE, related_name="external_id")

    class Meta:
        verbose_name = _("Fremdkennung eines Angebots")
        verbose_name_plural = _("Fremdkennungen von Angeboten")
        constraints = [
            models.UniqueConstraint(fields=["organisation", "external_id"], name="one_offer_per_external_id")
        ]


class ExternalEventId(ExternalId):
    event = models.OneToOneField("events.Event", on_delete=models.CASCADE, related_name="external_id")

    class Meta:
        verbose_name = _("Fremdkennung einer Veranstaltung")
        verbose_name_plural = _("Fremdkennungen von Veranstaltungen")
        constraints = [
            models.UniqueConstraint(fields=["organisation", "external_id"], name="one_event_per_external_id")
        ]

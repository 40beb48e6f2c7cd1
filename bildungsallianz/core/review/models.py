"""The abstract model of the review life cycle: review fields, predicates, hooks.

See the package docstring (:mod:`bildungsallianz.core.review`) for how a module uses it.
"""

from __future__ import annotations

from typing import ClassVar

from django.core.exceptions import ObjectDoesNotExist
from django.db import models
from django.utils.translation import gettext_lazy as _

from .states import DELETABLE, LIVE, ReviewStatus, allowed

#: German messages for refused steps; a model may override single keys in ``review_messages``.
DEFAULT_MESSAGES = {
    "submit": _("Nur Entwürfe und zurückgegebene Einträge können eingereicht werden."),
    "publish": _("Nur eingereichte Einträge können veröffentlicht werden."),
    "return": _("Nur eingereichte Einträge können zurückgegeben werden."),
    "expire": _("Nur veröffentlichte Einträge können ablaufen."),
    "delete": _("Nur Entwürfe können gelöscht werden."),
    "in_review": _("Der Eintrag wird gerade geprüft. Bitte warten Sie auf die Rückmeldung."),
    "comment_required": _("Bitte schreiben Sie, was geändert werden soll."),
}


class ReviewableQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status=ReviewStatus.PUBLISHED)

    def originals(self):
        """Rows themselves, without pending change copies."""
        return self.filter(change_of__isnull=True)

    def awaiting_review(self):
        return self.filter(status=ReviewStatus.SUBMITTED)


class Reviewable(models.Model):
    """Abstract model: inherit it, declare ``review_fields`` (and optionally
    ``review_m2m_fields``, ``review_related``), run makemigrations."""

    status = models.CharField(
        _("Status"), max_length=20, choices=ReviewStatus.choices, default=ReviewStatus.DRAFT, db_index=True
    )
    change_of = models.OneToOneField(
        "self",
        verbose_name=_("Änderung an"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="change_copy",
    )
    review_comment = models.TextField(_("Anmerkung des Bildungsbüros"), blank=True, max_length=3000)
    submitted_at = models.DateTimeField(_("eingereicht am"), null=True, blank=True)
    published_at = models.DateTimeField(_("veröffentlicht am"), null=True, blank=True, db_index=True)
    expired_at = models.DateTimeField(_("abgelaufen am"), null=True, blank=True)

    #: Concrete fields partners edit; copied into and back from a change copy.
    review_fields: ClassVar[list[str]] = []
    #: Many-to-many fields copied like ``review_fields``.
    review_m2m_fields: ClassVar[list[str]] = []
    #: Reverse foreign keys (e.g. ``places``) whose rows are cloned into / back from a change copy.
    review_related: ClassVar[list[str]] = []
    #: Overrides of :data:`DEFAULT_MESSAGES` (same keys).
    review_messages: ClassVar[dict] = {}

    class Meta:
        abstract = True

    # --- predicates (templates and views read these, never ``status == "…"``) ---

    @property
    def can_submit(self) -> bool:
        return allowed("submit", self.status)

    @property
    def can_publish(self) -> bool:
        return allowed("publish", self.status)

    @property
    def can_return(self) -> bool:
        return allowed("return", self.status)

    @property
    def can_expire(self) -> bool:
        return allowed("expire", self.status)

    @property
    def can_delete(self) -> bool:
        return self.status in DELETABLE

    @property
    def is_published(self) -> bool:
        return self.status == ReviewStatus.PUBLISHED

    @property
    def is_in_review(self) -> bool:
        return self.status == ReviewStatus.SUBMITTED

    @property
    def is_change_copy(self) -> bool:
        return self.change_of_id is not None

    @property
    def needs_change_copy(self) -> bool:
        """Edits of this row go into a change copy (it is live and not a copy itself)."""
        return not self.is_change_copy and self.status in LIVE

    @property
    def pending_change_copy(self):
        """The change copy waiting for this live row, or None (no query unless the row is live)."""
        if not self.needs_change_copy:
            return None
        try:
            return self.change_copy
        except ObjectDoesNotExist:
            return None

    @property
    def work_item(self):
        """The row the partner's next step applies to: the pending change copy, else the row itself."""
        return self.pending_change_copy or self

    @property
    def accepts_edits(self) -> bool:
        """The partner may edit now (not while the row or its change copy is in review)."""
        return not self.work_item.is_in_review

    def review_message(self, key: str) -> str:
        return str(self.review_messages.get(key) or DEFAULT_MESSAGES[key])

    # --- hooks a model may override ---

    def review_copy_values(self, *, by=None) -> dict:
        """Values a new change copy needs beyond ``review_fields`` (owner, slug, created_by …)."""
        return {}

    def review_save_new_copy(self) -> None:
        """Save a freshly built change copy (override to allocate a unique slug)."""
        self.save()

    def review_before_publish(self, *, now) -> None:
        """Called on the live row just before it is saved as published."""

    def review_display(self, name: str) -> str | None:
        """Text of one field for the diff; None means the default rendering."""
        return None

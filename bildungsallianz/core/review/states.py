"""The states of the review life cycle and the one table of allowed transitions."""

from __future__ import annotations

from dataclasses import dataclass

from django.db import models
from django.utils.translation import gettext_lazy as _


class ReviewStatus(models.TextChoices):
    DRAFT = "draft", _("Entwurf")
    SUBMITTED = "submitted", _("Zur Prüfung eingereicht")
    RETURNED = "returned", _("Zur Überarbeitung zurückgegeben")
    PUBLISHED = "published", _("Veröffentlicht")
    EXPIRED = "expired", _("Abgelaufen")


@dataclass(frozen=True)
class Transition:
    sources: frozenset[str]
    target: str


#: action -> allowed source states and the resulting state. Services consult
#: nothing else; the model's ``can_<action>`` predicates read the same table.
TRANSITIONS: dict[str, Transition] = {
    "submit": Transition(frozenset({ReviewStatus.DRAFT, ReviewStatus.RETURNED}), ReviewStatus.SUBMITTED),
    "publish": Transition(frozenset({ReviewStatus.SUBMITTED}), ReviewStatus.PUBLISHED),
    "return": Transition(frozenset({ReviewStatus.SUBMITTED}), ReviewStatus.RETURNED),
    "expire": Transition(frozenset({ReviewStatus.PUBLISHED}), ReviewStatus.EXPIRED),
}

#: States whose rows the partner may still delete (never reviewed or sent back).
DELETABLE = frozenset({ReviewStatus.DRAFT, ReviewStatus.RETURNED})
#: States of a live row whose edits go into a change copy.
LIVE = frozenset({ReviewStatus.PUBLISHED, ReviewStatus.EXPIRED})


def allowed(action: str, status: str) -> bool:
    return status in TRANSITIONS[action].sources

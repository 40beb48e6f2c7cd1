"""Slugs that are unique by construction, also under concurrent writes (SQLite and PostgreSQL)."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _

MAX_ATTEMPTS = 100


def slug_base(text: str, *, max_length: int, fallback: str) -> str:
    """A slug from ``text``, leaving room for a ``-NN`` suffix."""
    return slugify(text)[: max_length - 6].strip("-") or fallback


def _candidates(base: str):
    yield base
    for n in range(2, MAX_ATTEMPTS + 2):
        yield f"{base}-{n}"


def save_with_unique_slug(obj, base: str, *, field: str = "slug") -> None:
    """Save ``obj`` under ``base``, or ``base-2``, ``base-3`` … — the first one free.

    A candidate is checked first; if another transaction takes it between the
    check and the insert, the unique constraint fails inside a savepoint and the
    next candidate is tried, so the caller's transaction stays usable.
    """
    manager = type(obj)._default_manager
    for candidate in _candidates(base):
        taken = manager.filter(**{field: candidate}).exclude(pk=obj.pk)
        if taken.exists():
            continue
        setattr(obj, field, candidate)
        try:
            with transaction.atomic():
                obj.save()
        except IntegrityError:
            if not taken.exists():
                raise  # another constraint failed: not ours to hide
            continue
        return
    raise ValidationError({field: _("Für diesen Titel ist keine freie Kurzadresse mehr übrig.")})

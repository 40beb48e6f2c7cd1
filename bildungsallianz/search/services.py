"""Writes of the search app: the shipped synonym list and the aggregated search statistics."""

from __future__ import annotations

import datetime
import re

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from .analysis.synonyms import load_synonym_file
from .models import SearchStat, Synonym

#: Search statistics are kept this long (then deleted by ``manage.py search_stats_prune``).
STATS_RETENTION_DAYS = 180
#: Longer inputs are not recorded (people paste whole texts; nothing to learn from them).
STATS_MAX_WORDS = 8
_PERSONAL_RE = re.compile(r"@|\d{5,}|\d[\d /-]{6,}\d")


@transaction.atomic
def synonyms_load_shipped() -> int:
    """Create the entries of ``data/synonyms.tsv`` that are missing; never overwrite staff edits.

    Returns the number of entries created.
    """
    existing = {term.casefold() for term in Synonym.objects.values_list("term", flat=True)}
    created = 0
    for term, expansions in load_synonym_file().items():
        if term.casefold() in existing:
            continue
        synonym = Synonym(term=term, expansions=", ".join(expansions))
        synonym.full_clean()
        synonym.save()
        existing.add(term.casefold())
        created += 1
    return created


def normalise_query(text: str) -> str:
    """Lower case, words only, single spaces, at most 100 characters; "" if it is not worth
    keeping or may hold personal data (e-mail addresses, phone or other long numbers)."""
    if _PERSONAL_RE.search(text or ""):
        return ""
    words = re.findall(r"\w+", (text or "").casefold())
    if not words or len(words) > STATS_MAX_WORDS:
        return ""
    return " ".join(words)[:100]


def search_stats_record(*, text: str, results: int, today: datetime.date | None = None) -> None:
    """Count one search of ``text`` for today (and whether it found nothing). No personal data."""
    query = normalise_query(text)
    if not query:
        return
    day = today or timezone.localdate()
    zero = 1 if results == 0 else 0
    updated = SearchStat.objects.filter(day=day, query=query).update(
        searches=F("searches") + 1, zero_results=F("zero_results") + zero
    )
    if updated:
        return
    try:
        with transaction.atomic():
            SearchStat.objects.create(day=day, query=query, searches=1, zero_results=zero)
    except IntegrityError:  # created by a parallel request in the meantime
        SearchStat.objects.filter(day=day, query=query).update(
            searches=F("searches") + 1, zero_results=F("zero_results") + zero
        )


def search_stats_prune(*, today: datetime.date | None = None) -> int:
    """Delete statistics older than :data:`STATS_RETENTION_DAYS`; returns the number of rows."""
    cutoff = (today or timezone.localdate()) - datetime.timedelta(days=STATS_RETENTION_DAYS)
    deleted, _ = SearchStat.objects.filter(day__lt=cutoff).delete()
    return deleted

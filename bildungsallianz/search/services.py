"""Writes of the search app: the shipped synonym list and the aggregated search statistics."""

from __future__ import annotations

import atexit
import contextlib
import datetime
import re
import threading
import time
from collections import Counter

from django.conf import settings
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
    """Count one search of ``text`` for ``today`` at once (and whether it found nothing)."""
    query = normalise_query(text)
    if query:
        _add(today or timezone.localdate(), query, 1, 1 if results == 0 else 0)


_buffer_lock = threading.Lock()
_buffer: Counter = Counter()  # (day, query, zero) -> searches
_buffer_since = time.monotonic()


def search_stats_count(*, text: str, results: int) -> None:
    """Count a search from a request: buffered in the process and written at most every
    ``SEARCH_STATS_FLUSH_SECONDS`` (default 30; 0 writes at once), so a search costs no
    database write (a write would also cost a commit on every search request)."""
    query = normalise_query(text)
    if not query:
        return
    with _buffer_lock:
        _buffer[(timezone.localdate(), query, results == 0)] += 1
        due = time.monotonic() - _buffer_since >= settings.SEARCH_STATS_FLUSH_SECONDS
    if due or len(_buffer) > 500:
        search_stats_flush()


def search_stats_flush() -> None:
    """Write the buffered counts: per day one read of the rows that exist, one insert of the
    new ones and one update per distinct increment — a few statements however many different
    queries were buffered (the flush runs inside the request that finds it due)."""
    global _buffer_since
    with _buffer_lock:
        items = list(_buffer.items())
        _buffer.clear()
        _buffer_since = time.monotonic()
    by_day: dict[datetime.date, dict[str, list[int]]] = {}
    for (day, query, zero), count in items:
        totals = by_day.setdefault(day, {}).setdefault(query, [0, 0])
        totals[0] += count
        totals[1] += count if zero else 0
    for day, counts in by_day.items():
        _write_day(day, counts)


def _chunks(values: list, size: int = 500):
    for start in range(0, len(values), size):
        yield values[start : start + size]


def _write_day(day: datetime.date, counts: dict[str, list[int]]) -> None:
    existing: set[str] = set()
    for chunk in _chunks(sorted(counts)):
        existing |= set(SearchStat.objects.filter(day=day, query__in=chunk).values_list("query", flat=True))
    new = [
        SearchStat(day=day, query=query, searches=searches, zero_results=zero)
        for query, (searches, zero) in counts.items()
        if query not in existing
    ]
    try:
        with transaction.atomic():
            SearchStat.objects.bulk_create(new, batch_size=500)
    except IntegrityError:  # another process created some of them in the meantime
        for row in new:
            _add(day, row.query, row.searches, row.zero_results)
    increments: dict[tuple[int, int], list[str]] = {}
    for query in existing:
        increments.setdefault(tuple(counts[query]), []).append(query)
    for (searches, zero), queries in increments.items():
        for chunk in _chunks(sorted(queries)):
            SearchStat.objects.filter(day=day, query__in=chunk).update(
                searches=F("searches") + searches, zero_results=F("zero_results") + zero
            )


def _add(day, query: str, searches: int, zero: int) -> None:
    updated = SearchStat.objects.filter(day=day, query=query).update(
        searches=F("searches") + searches, zero_results=F("zero_results") + zero
    )
    if updated:
        return
    try:
        with transaction.atomic():
            SearchStat.objects.create(day=day, query=query, searches=searches, zero_results=zero)
    except IntegrityError:  # created by another process in the meantime
        SearchStat.objects.filter(day=day, query=query).update(
            searches=F("searches") + searches, zero_results=F("zero_results") + zero
        )


@atexit.register
def _flush_at_exit() -> None:
    with contextlib.suppress(Exception):  # interpreter shutting down; counts are best effort
        search_stats_flush()


def search_stats_prune(*, today: datetime.date | None = None) -> int:
    """Delete statistics older than :data:`STATS_RETENTION_DAYS`; returns the number of rows."""
    cutoff = (today or timezone.localdate()) - datetime.timedelta(days=STATS_RETENTION_DAYS)
    deleted, _ = SearchStat.objects.filter(day__lt=cutoff).delete()
    return deleted

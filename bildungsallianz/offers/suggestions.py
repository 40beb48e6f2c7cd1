"""Search-as-you-type suggestions: offer titles, occupations and places of published offers.

One list per process, rebuilt when the search index changes (``engine.content_token``), so a
keystroke costs one small query and a scan of the folded labels in memory.
"""

from __future__ import annotations

import threading

from bildungsallianz.search import engine
from bildungsallianz.search.analysis import fold
from bildungsallianz.search.ui import SUGGESTION_KINDS

from .indexing import SPEC
from .models import Occupation, Offer, OfferPlace

MAX_SUGGESTIONS = 8
_lock = threading.Lock()
_cache: dict[str, tuple[str, list[tuple[tuple[str, ...], str, str]]]] = {}

OCCUPATION, PLACE, OFFER = "beruf", "ort", "angebot"


def _entries() -> list[tuple[tuple[str, ...], str, str]]:
    """(folded words, label, kind) for every published title, occupation and place."""
    published = Offer.objects.published()
    labels: dict[tuple[str, str], None] = {}
    for title in published.values_list("title", flat=True).iterator(chunk_size=2000):
        labels[(title, OFFER)] = None
    occupations = Occupation.objects.filter(offers__in=published).distinct()
    for short, title in occupations.values_list("short_title", "title"):
        labels[(short or title, OCCUPATION)] = None
    for city in OfferPlace.objects.filter(offer__in=published).values_list("city", flat=True).distinct():
        labels[(city, PLACE)] = None
    out = []
    for label, kind in labels:
        words = tuple(w for part in fold(label).split() for w in part.split("-") if w)
        if words:
            out.append((words, label, kind))
    return out


def _all_entries():
    token = engine.content_token(SPEC)
    cached = _cache.get(SPEC.name)
    if cached and cached[0] == token:
        return cached[1]
    with _lock:
        entries = _entries()
        _cache[SPEC.name] = (token, entries)
        return entries


def suggestions(text: str, limit: int = MAX_SUGGESTIONS) -> list[dict[str, str]]:
    """Labels whose words start with every typed word ("frise" -> "Friseur/-in"), best first:
    labels that start with the input, then occupations, places, offers."""
    typed = [w for part in fold(text[:100]).split() for w in part.split("-") if w]
    if not typed or sum(len(w) for w in typed) < 2:
        return []
    kinds = {OCCUPATION: 0, PLACE: 1, OFFER: 2}
    found = []
    for words, label, kind in _all_entries():
        if all(any(w.startswith(t) for w in words) for t in typed):
            later = not words[0].startswith(typed[0])
            found.append((later, kinds[kind], len(label), label, kind))
    found.sort()
    return [{"label": label, "kind": str(SUGGESTION_KINDS[kind])} for *_, label, kind in found[:limit]]

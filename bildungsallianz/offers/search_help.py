"""What the offer search shows when it finds nothing or little (issue 15): "Meinten Sie …?",
broader searches with their counts, and counselling offers as a way on."""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urlencode

from bildungsallianz.core.cache import cached
from bildungsallianz.search import engine, spelling

from .indexing import SPEC
from .models import Offer
from .selectors import RankedOffers

#: "Little" means at most this many results.
FEW_RESULTS = 2
#: Counselling that helps with any question about school, training and work: one offer each.
COUNSELLING_QUERIES = ("Berufsberatung", "Jugendmigrationsdienst")


@dataclass
class SearchHelp:
    suggestion: str | None = None
    suggestion_url: str = ""
    broader: list[tuple[str, str, int]] = field(default_factory=list)  # (label, url, count)
    without_filters: tuple[str, int] | None = None  # (url, count)
    counselling: list = field(default_factory=list)


def _url(q: str) -> str:
    return "?" + urlencode({"q": q})


def _matches(q: str):
    query = engine.compile_query(q, SPEC)
    if not query:
        return None, Offer.objects.none()
    return query, engine.restrict(Offer.objects.published(), SPEC, query)


def _count(q: str) -> int:
    """Matches of a text search without filters: one count, no facets (cheap at any size)."""
    query, matches = _matches(q)
    return matches.count() if query else 0


def _counselling() -> list:
    """The best offer of each counselling search; cached until offers or synonyms change."""

    def build():
        offers, shown = [], set()
        for q in COUNSELLING_QUERIES:
            query, matches = _matches(q)
            for offer in RankedOffers(matches, matches, query)[0:1] if query else []:
                if offer.pk not in shown:
                    shown.add(offer.pk)
                    offers.append(offer)
        return offers

    return cached("offers:search-help:counselling", build, kinds=("offers", "search"))


def search_help(filters: dict, total: int) -> SearchHelp | None:
    """Help for a text search with at most :data:`FEW_RESULTS` results, else None."""
    q = (filters.get("q") or "").strip()
    if not q or total > FEW_RESULTS:
        return None
    help_ = SearchHelp()
    suggestion = spelling.did_you_mean(q, SPEC)
    if suggestion and _count(suggestion):
        help_.suggestion, help_.suggestion_url = suggestion, _url(suggestion)
    if len(filters) > 1 + ("sortierung" in filters):
        count = _count(q)
        if count > total:
            help_.without_filters = (_url(q), count)
    for broader in spelling.broader_queries(q):
        count = _count(broader)
        if count:
            help_.broader.append((broader, _url(broader), count))
    help_.counselling = _counselling()
    return help_

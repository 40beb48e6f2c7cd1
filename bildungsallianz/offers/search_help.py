"""What the offer search shows when it finds nothing or little (issue 15): "Meinten Sie …?",
broader searches with their counts, and counselling offers as a way on."""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urlencode

from bildungsallianz.search import spelling

from .indexing import SPEC
from .selectors import offer_search

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


def _count(q: str) -> int:
    return offer_search(filters={"q": q}, page_size=1).total


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
    shown = set()
    for query in COUNSELLING_QUERIES:
        for offer in offer_search(filters={"q": query}, page_size=1).page:
            if offer.pk not in shown:
                shown.add(offer.pk)
                help_.counselling.append(offer)
    return help_

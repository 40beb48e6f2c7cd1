"""Reads of the search app: what people search for and what finds nothing."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.db.models import Sum
from django.utils import timezone

from .models import SearchStat


@dataclass
class StatsSummary:
    since: datetime.date
    until: datetime.date
    searches: int
    zero_results: int
    top: list[dict]  # {"query", "searches", "zero_results"}
    zero: list[dict]  # queries that found nothing, most frequent first
    days: list[dict]  # {"day", "searches", "zero_results"}


def search_stats_summary(*, days: int = 30, limit: int = 50, today: datetime.date | None = None) -> StatsSummary:
    """Totals per query and per day over the last ``days`` days (four queries)."""
    until = today or timezone.localdate()
    since = until - datetime.timedelta(days=days - 1)
    rows = SearchStat.objects.filter(day__gte=since, day__lte=until)
    per_query = rows.values("query").annotate(searches=Sum("searches"), zero_results=Sum("zero_results"))
    totals = rows.aggregate(searches=Sum("searches"), zero_results=Sum("zero_results"))
    return StatsSummary(
        since=since,
        until=until,
        searches=totals["searches"] or 0,
        zero_results=totals["zero_results"] or 0,
        top=list(per_query.order_by("-searches", "query")[:limit]),
        zero=list(per_query.filter(zero_results__gt=0).order_by("-zero_results", "query")[:limit]),
        days=list(
            rows.values("day").annotate(searches=Sum("searches"), zero_results=Sum("zero_results")).order_by("-day")
        ),
    )

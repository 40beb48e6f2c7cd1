"""Reads of the reports module: the public list, editions and the Kommunalprofil."""

from __future__ import annotations

from django.conf import settings
from django.db.models import Count, Max, Prefetch

from bildungsallianz.monitoring import selectors as monitoring
from bildungsallianz.monitoring.models import Theme

from .models import Edition, ReportPage


def published_reports():
    """Live reports with at least one edition, newest edition first (one query)."""
    return (
        ReportPage.objects.live()
        .annotate(edition_count=Count("editions"), last_published=Max("editions__published_at"))
        .filter(edition_count__gt=0)
        .order_by("-last_published", "title")
    )


def published_reports_with_editions():
    """:func:`published_reports` with their editions, oldest first (two queries)."""
    editions = Edition.objects.order_by("number").only("pk", "number", "published_at", "report_id")
    return published_reports().prefetch_related(Prefetch("editions", queryset=editions))


def report_editions(report: ReportPage) -> list[Edition]:
    return list(report.editions.order_by("-number").only("pk", "number", "published_at", "title", "report_id"))


def report_file_names():
    return Edition.objects.exclude(pdf="").values_list("pdf", flat=True)


def kommunalprofil() -> dict:
    """Every published indicator: latest value, change, position against Land, Bund and all Kreise.

    Six queries whatever the number of indicators (the overview's five and one for the ranks).
    """
    overview = monitoring.indicator_overview()
    wanted = {
        row.indicator.pk: row.own.period
        for row in overview["rows"]
        if row.own and not row.own.missing and row.indicator.compares_across_regions
    }
    kreise = monitoring.kreis_values(wanted)
    ranks = {}
    for row in overview["rows"]:
        values = kreise.get(row.indicator.pk)
        if values and row.indicator.pk in wanted:
            ranks[row.indicator.pk] = (sum(1 for v in values if v > row.own.value) + 1, len(values))
    themes = []
    for value, label in Theme.choices:
        rows = [(row, ranks.get(row.indicator.pk)) for row in overview["rows"] if row.indicator.theme == value]
        if rows:
            themes.append((label, rows))
    return {**overview, "profile_themes": themes, "municipality_name": settings.MUNICIPALITY_NAME}

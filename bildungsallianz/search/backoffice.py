"""Back office of the search: what people search for and what finds nothing (issue 15).

Staff only through :func:`bildungsallianz.core.backoffice.staff_view` (404 for everyone else);
``wagtail_hooks.py`` only registers the URL and the menu item.
"""

from __future__ import annotations

from django.shortcuts import render
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext as _

from bildungsallianz.core.backoffice import Panel, PanelItem, StaffMenuItem, staff_view
from bildungsallianz.core.permissions import is_staff_member

from .selectors import search_stats_summary
from .services import STATS_RETENTION_DAYS

PERIODS = (7, 30, 90, 180)


def stats_url() -> str:
    return reverse("search_admin:stats")


def stats_menu_item() -> StaffMenuItem:
    return StaffMenuItem(_("Suchanfragen"), stats_url(), icon_name="search", order=215)


@staff_view
def search_stats(request):
    """Aggregated searches per normalised query and day; no personal data is ever stored."""
    try:
        days = int(request.GET.get("tage", 30))
    except ValueError:
        days = 30
    days = days if days in PERIODS else 30
    context = {
        "summary": search_stats_summary(days=days),
        "days": days,
        "periods": PERIODS,
        "retention_days": STATS_RETENTION_DAYS,
        "synonyms_url": _synonyms_url(),
    }
    return render(request, "search/admin/search_stats.html", context)


def _synonyms_url() -> str:
    try:
        return reverse("synonym:index")
    except NoReverseMatch:  # the synonym viewset is registered by the offers app
        return ""


def zero_results_panel(request) -> Panel | None:
    """Start page of the back office: searches of the last 7 days that found nothing."""
    if not is_staff_member(request.user):
        return None
    summary = search_stats_summary(days=7, limit=5)
    items = [
        PanelItem(
            label=row["query"],
            url=stats_url() + "?tage=7",
            detail=_("%(n)s× ohne Treffer") % {"n": row["zero_results"]},
        )
        for row in summary.zero
    ]
    return Panel(
        title=_("Suchen ohne Treffer (7 Tage)"),
        count=len(items),
        url=stats_url() + "?tage=7",
        items=items,
        empty_text=_("Jede Suche der letzten 7 Tage hat etwas gefunden."),
        order=70,
    )

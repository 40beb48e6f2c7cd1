"""Counts searches for the statistics, also when the page comes from the page cache.

A view that ran a text search sets the header ``X-Search-Results`` (the number of results).
The page cache stores and replays it, so this middleware, placed before
``PublicPageCacheMiddleware``, sees it on every request, counts the search (page 1 only,
aggregated, no personal data; buffered in the process, see ``search_stats_count``) and
removes the header.
"""

from __future__ import annotations

from .services import search_stats_count

HEADER = "X-Search-Results"


def mark_search(response, total: int):
    """Let the statistics count this response as one search with ``total`` results."""
    response[HEADER] = str(total)
    return response


class SearchStatsMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        total = response.get(HEADER)
        if total is not None:
            del response[HEADER]
            query = request.GET.get("q", "")
            if request.method == "GET" and query and not request.GET.get("seite") and total.isdigit():
                search_stats_count(text=query[:200], results=int(total))
        return response

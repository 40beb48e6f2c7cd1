"""The review queue: counts per status in the database, one list per status."""

from __future__ import annotations

from django.db.models import Count

from .states import ReviewStatus


def parse_review_status(value, default: str = ReviewStatus.SUBMITTED) -> str:
    return value if value in ReviewStatus.values else default


def review_counts(queryset) -> dict[str, int]:
    """Number of rows per status (every status present, zero when none): one grouped query."""
    counts = dict.fromkeys(ReviewStatus.values, 0)
    for row in queryset.order_by().values("status").annotate(n=Count("pk")):
        counts[row["status"]] = row["n"]
    return counts


def review_tabs(queryset, active: str) -> list[dict]:
    """One tab per status with its count, for the back-office queue."""
    counts = review_counts(queryset)
    return [
        {"value": value, "label": label, "count": counts[value], "active": value == active}
        for value, label in ReviewStatus.choices
    ]


def review_queue(queryset, status: str, *, order_by=("submitted_at",), limit: int = 500):
    """Rows in one status, oldest submission first."""
    return queryset.filter(status=status).order_by(*order_by)[:limit]

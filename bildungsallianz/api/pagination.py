"""Cursor pagination: stable under inserts, constant cost per page.

Lists are ordered by a unique key (the primary key); the cursor is that key of
the last item, encoded so that clients treat it as opaque.
"""

from __future__ import annotations

import base64
import binascii

DEFAULT_LIMIT = 50
MAX_LIMIT = 500


class InvalidCursor(Exception):
    pass


def encode_cursor(value) -> str:
    return base64.urlsafe_b64encode(str(value).encode()).decode().rstrip("=")


def decode_cursor(cursor: str) -> int:
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        value = int(base64.urlsafe_b64decode(padded.encode()).decode())
    except (ValueError, binascii.Error, UnicodeDecodeError) as exc:
        raise InvalidCursor from exc
    if value < 0 or value > 2**63:
        raise InvalidCursor
    return value


def page(request, queryset, *, cursor: str | None, limit: int | None, key: str = "pk"):
    """(items, next_url) for one page of ``queryset`` ordered by ``key``."""
    limit = min(max(limit or DEFAULT_LIMIT, 1), MAX_LIMIT)
    queryset = queryset.order_by(key)
    if cursor:
        after = decode_cursor(cursor)  # InvalidCursor → 400 problem document
        queryset = queryset.filter(**{f"{key}__gt": after})
    items = list(queryset[: limit + 1])
    next_url = None
    if len(items) > limit:
        items = items[:limit]
        params = request.GET.copy()
        params["cursor"] = encode_cursor(getattr(items[-1], key))
        params["limit"] = str(limit)
        next_url = request.build_absolute_uri(request.path) + "?" + params.urlencode()
    return items, next_url

"""A small, process-independent rate limit on top of Django's (database) cache.

Sliding-window counter: requests are counted in fixed buckets of ``window``
seconds; the count of the current bucket plus the previous bucket's count,
weighted by how much of it still lies inside the window, is compared with the
limit. A hit never extends a window (unlike an expiry reset on every hit), and
nothing but the views' own decision decides what counts: a form view checks
:func:`limited` first and calls :func:`hit` only for what it wants to count
(e.g. a submission that was saved).

Client addresses come from :func:`client_address` (the trusted proxy header
when configured) and are kept only as a keyed hash (:func:`address_hash`).
"""

from __future__ import annotations

import datetime
import hashlib
import hmac
import ipaddress
import math
import time

from django.conf import settings
from django.core.cache import cache


def client_address(request) -> str:
    """The client's address: REMOTE_ADDR, or — when the request comes from a trusted proxy —
    the address that proxy put into ``CLIENT_IP_HEADER`` (the right-most entry, the only one
    the proxy vouches for; everything left of it the client can forge)."""
    remote = request.META.get("REMOTE_ADDR", "")
    header = getattr(settings, "CLIENT_IP_HEADER", "")
    if not header or remote not in getattr(settings, "TRUSTED_PROXY_IPS", []):
        return remote
    meta_key = "HTTP_" + header.upper().replace("-", "_")
    entries = [e.strip() for e in request.META.get(meta_key, "").split(",") if e.strip()]
    if not entries:
        return remote
    try:
        return str(ipaddress.ip_address(entries[-1]))
    except ValueError:
        return remote


def client_address_hash(request) -> str:
    """The client address as the day's keyed hash (AXES_CLIENT_IP_CALLABLE: axes never sees the address)."""
    return address_hash(client_address(request))


def _day_key(day: datetime.date) -> bytes:
    """A key derived from SECRET_KEY and the day: yesterday's hashes cannot be linked to today's."""
    return hmac.new(settings.SECRET_KEY.encode(), f"client-address:{day.isoformat()}".encode(), hashlib.sha256).digest()


def address_hash(address: str, *, day: datetime.date | None = None) -> str:
    """HMAC-SHA-256 of the address under the day's key (not reversible by trying all IPv4 addresses)."""
    day = day or datetime.datetime.now(datetime.UTC).date()
    return hmac.new(_day_key(day), address.encode(), hashlib.sha256).hexdigest()[:32]


def _bucket_key(request, scope: str, bucket: int, window: int, key: str | None) -> str:
    day = datetime.datetime.fromtimestamp(bucket * window, datetime.UTC).date()
    subject = client_address(request) if key is None else key
    return f"rl:{scope}:{window}:{bucket}:{address_hash(subject, day=day)}"


def _counts(request, scope: str, window: int, now: float, key: str | None) -> tuple[str, float, float]:
    bucket = math.floor(now / window)
    bucket_key = _bucket_key(request, scope, bucket, window, key)
    previous = cache.get(_bucket_key(request, scope, bucket - 1, window, key), 0)
    elapsed = (now - bucket * window) / window
    estimate = cache.get(bucket_key, 0) + previous * (1 - elapsed)
    return bucket_key, estimate, elapsed


def limited(
    request, *, scope: str, limit: int, window: int = 3600, now: float | None = None, key: str | None = None
) -> bool:
    """Is the client (or ``key``, e.g. an e-mail address) at or over the limit? Counts nothing."""
    now = time.time() if now is None else now
    _bucket_key, count, _elapsed = _counts(request, scope, window, now, key)
    return count >= limit


def record(request, *, scope: str, window: int = 3600, now: float | None = None, key: str | None = None) -> None:
    """Count one request of the client (or of ``key``)."""
    now = time.time() if now is None else now
    bucket_key = _bucket_key(request, scope, math.floor(now / window), window, key)
    if not cache.add(bucket_key, 1, 2 * window):
        try:
            cache.incr(bucket_key)
        except ValueError:  # expired between add and incr
            cache.set(bucket_key, 1, 2 * window)


def hit(
    request, *, scope: str, limit: int, window: int = 3600, now: float | None = None, key: str | None = None
) -> bool:
    """Count one request; return True when the client is over the limit (the request is refused)."""
    if limited(request, scope=scope, limit=limit, window=window, now=now, key=key):
        return True
    record(request, scope=scope, window=window, now=now, key=key)
    return False

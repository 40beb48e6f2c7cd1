"""A small, process-independent rate limit on top of Django's (database) cache."""

import hashlib

from django.core.cache import cache


def client_key(request, scope: str) -> str:
    # Only a hash of the address is kept, and only for the window below.
    address = request.META.get("REMOTE_ADDR", "")
    return f"rl:{scope}:" + hashlib.sha256(address.encode()).hexdigest()[:32]


def hit(request, *, scope: str, limit: int, window: int = 3600) -> bool:
    """Count one request; return True when the client is over the limit."""
    key = client_key(request, scope)
    if cache.add(key, 1, window):
        return limit < 1
    try:
        count = cache.incr(key)
    except ValueError:
        cache.set(key, 1, window)
        count = 1
    return count > limit

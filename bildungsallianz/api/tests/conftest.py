import pytest


@pytest.fixture(autouse=True)
def _local_cache(settings):
    """The throttle counts in the cache: one fresh cache per test."""
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    from django.core.cache import cache

    cache.clear()

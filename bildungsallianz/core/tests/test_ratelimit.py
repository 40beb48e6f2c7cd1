"""The shared rate limit: a window that a hit does not extend, keyed hashes, trusted proxy (finding 7)."""

import datetime
import hashlib

import pytest
import time_machine
from django.core.cache import cache
from django.test import RequestFactory

from bildungsallianz.core import ratelimit

START = datetime.datetime(2026, 3, 2, 10, 0, tzinfo=datetime.UTC)


@pytest.fixture(autouse=True)
def _locmem(settings):
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    cache.clear()
    yield
    cache.clear()


def _request(addr="203.0.113.7", **meta):
    return RequestFactory().post("/mitmachen/", REMOTE_ADDR=addr, **meta)


def test_the_window_is_not_extended_by_further_hits():
    request = _request()
    with time_machine.travel(START, tick=False) as clock:
        for _ in range(5):
            assert not ratelimit.hit(request, scope="t", limit=5, window=3600)
            clock.shift(datetime.timedelta(minutes=11))
        assert ratelimit.hit(request, scope="t", limit=5, window=3600)  # 55 min: still the same hour
        clock.shift(datetime.timedelta(hours=2))
        assert not ratelimit.hit(request, scope="t", limit=5, window=3600)  # the old hits have run out


def test_the_previous_window_still_counts_in_part_so_a_burst_at_the_boundary_is_caught():
    request = _request()
    with time_machine.travel(START + datetime.timedelta(minutes=59), tick=False) as clock:
        for _ in range(5):
            ratelimit.hit(request, scope="t", limit=5, window=3600)
        clock.shift(datetime.timedelta(minutes=2))  # next bucket, 1 minute in: 5 × 59/60 still count
        assert not ratelimit.hit(request, scope="t", limit=5, window=3600)
        assert ratelimit.hit(request, scope="t", limit=5, window=3600)  # 6 in 2 minutes, not 10
        clock.shift(datetime.timedelta(minutes=45))  # 46 minutes in: 1 + 5 × 14/60 ≈ 2.2
        assert not ratelimit.limited(request, scope="t", limit=5, window=3600)


def test_refused_requests_do_not_count():
    request = _request()
    with time_machine.travel(START, tick=False):
        for _ in range(20):
            ratelimit.hit(request, scope="t", limit=2)
        assert ratelimit._counts(request, "t", 3600, START.timestamp(), None)[1] == 2  # noqa: SLF001


def test_other_clients_have_their_own_budget():
    with time_machine.travel(START, tick=False):
        for _ in range(3):
            ratelimit.hit(_request("198.51.100.1"), scope="t", limit=3)
        assert ratelimit.limited(_request("198.51.100.1"), scope="t", limit=3)
        assert not ratelimit.limited(_request("198.51.100.2"), scope="t", limit=3)


def test_behind_the_trusted_proxy_the_forwarded_address_is_the_client(settings):
    settings.CLIENT_IP_HEADER = "X-Forwarded-For"
    settings.TRUSTED_PROXY_IPS = ["127.0.0.1"]
    request = _request("127.0.0.1", HTTP_X_FORWARDED_FOR="1.2.3.4, 198.51.100.9")
    assert ratelimit.client_address(request) == "198.51.100.9"  # the entry the proxy added
    with time_machine.travel(START, tick=False):
        for _ in range(3):
            ratelimit.hit(request, scope="t", limit=3)
        other = _request("127.0.0.1", HTTP_X_FORWARDED_FOR="198.51.100.10")
        assert not ratelimit.limited(other, scope="t", limit=3)  # not one bucket for everybody


def test_the_header_is_ignored_from_untrusted_senders_and_when_not_configured(settings):
    settings.TRUSTED_PROXY_IPS = ["127.0.0.1"]
    settings.CLIENT_IP_HEADER = ""
    assert ratelimit.client_address(_request("127.0.0.1", HTTP_X_FORWARDED_FOR="1.2.3.4")) == "127.0.0.1"
    settings.CLIENT_IP_HEADER = "X-Forwarded-For"
    assert ratelimit.client_address(_request("203.0.113.5", HTTP_X_FORWARDED_FOR="1.2.3.4")) == "203.0.113.5"
    assert ratelimit.client_address(_request("127.0.0.1", HTTP_X_FORWARDED_FOR="kein-ip")) == "127.0.0.1"


def test_addresses_are_kept_only_as_a_keyed_hash_that_changes_every_day():
    address = "203.0.113.7"
    today = ratelimit.address_hash(address, day=datetime.date(2026, 3, 2))
    tomorrow = ratelimit.address_hash(address, day=datetime.date(2026, 3, 3))
    assert today != tomorrow
    assert today not in (hashlib.sha256(address.encode()).hexdigest()[:32], address)
    with time_machine.travel(START, tick=False):
        ratelimit.record(_request(address), scope="t")
    assert not any(address in str(key) for key in cache._cache)  # noqa: SLF001

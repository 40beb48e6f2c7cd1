import datetime

import pytest


@pytest.fixture(autouse=True)
def _local_cache(settings):
    """The throttle counts in the cache: one fresh cache per test."""
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    from django.core.cache import cache

    cache.clear()


@pytest.fixture
def monitoring_demo(db):
    from bildungsallianz.charter.models import FieldOfAction
    from bildungsallianz.monitoring.demo import seed
    from bildungsallianz.monitoring.services import indicators_load, regions_load

    regions_load()
    for number, slug in enumerate(
        ["chancengerechtigkeit", "bildung-wirtschaft", "migration-integration", "vernetzung", "transparenz"], start=1
    ):
        FieldOfAction.objects.get_or_create(slug=slug, defaults={"number": number, "title": slug.title()})
    indicators_load()
    seed()


@pytest.fixture
def token_a(org_a, editor_a):
    from bildungsallianz.api.services import api_token_create

    _token, secret = api_token_create(
        organisation=org_a,
        name="Kursdatenbank",
        expires_on=datetime.date.today() + datetime.timedelta(days=30),
        by=editor_a,
    )
    return secret


@pytest.fixture
def token_b(org_b, editor_b):
    from bildungsallianz.api.services import api_token_create

    _token, secret = api_token_create(
        organisation=org_b, name="B", expires_on=datetime.date.today() + datetime.timedelta(days=30), by=editor_b
    )
    return secret

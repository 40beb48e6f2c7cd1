import pytest

from bildungsallianz.monitoring.services import indicators_load, regions_load


@pytest.fixture(autouse=True)
def _media_in_tmp(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}


@pytest.fixture
def fields_of_action(db):
    from bildungsallianz.charter.models import FieldOfAction

    for number, slug in enumerate(
        ["chancengerechtigkeit", "bildung-wirtschaft", "migration-integration", "vernetzung", "transparenz"], start=1
    ):
        FieldOfAction.objects.get_or_create(slug=slug, defaults={"number": number, "title": slug.title()})


@pytest.fixture
def monitoring_demo(fields_of_action):
    from bildungsallianz.monitoring.demo import seed

    regions_load()
    indicators_load()
    seed()


@pytest.fixture
def report_index(site_pages):
    from .factories import ensure_index

    return ensure_index()

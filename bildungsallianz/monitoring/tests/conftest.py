import pytest

from bildungsallianz.monitoring.services import indicators_load, regions_load


@pytest.fixture
def regions(db):
    regions_load()


@pytest.fixture
def catalogue(regions):
    from bildungsallianz.charter.models import FieldOfAction

    for number, slug in enumerate(
        ["chancengerechtigkeit", "bildung-wirtschaft", "migration-integration", "vernetzung", "transparenz"], start=1
    ):
        FieldOfAction.objects.get_or_create(slug=slug, defaults={"number": number, "title": slug.title()})
    indicators_load()


@pytest.fixture
def demo(catalogue):
    from bildungsallianz.monitoring.demo import seed

    seed()


@pytest.fixture(autouse=True)
def _media_in_tmp(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

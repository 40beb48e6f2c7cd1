import pytest


@pytest.fixture
def regions(db):
    from bildungsallianz.monitoring.services import regions_load

    regions_load()

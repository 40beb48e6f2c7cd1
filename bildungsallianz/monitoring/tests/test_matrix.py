"""Runs the monitoring permission-matrix rows for every persona (until the central matrix collects them)."""

import pytest

from bildungsallianz.core.testing.matrix import LOGIN, REDIRECT
from bildungsallianz.monitoring.models import ImportRun

from .matrix import ROWS, world


@pytest.fixture
def places(db, org_a, org_b, editor_a, editor_b, wg_member, staff, settings):
    settings.SECURE_SSL_REDIRECT = False
    return world()


def _snapshot():
    return list(ImportRun.objects.order_by("pk").values_list("state", "finished_at"))


@pytest.mark.parametrize("row", ROWS, ids=[f"{r.method} {r.url}" for r in ROWS])
def test_every_persona_gets_what_it_may_see_and_refused_posts_change_nothing(places, persona, row):
    name, client = persona
    url = row.url.format(**places)
    expected = row.expected(name)
    before = _snapshot()
    response = client.post(url, row.data or {}) if row.method == "post" else client.get(url)
    if expected == LOGIN:
        assert response.status_code == 302 and "login" in response["Location"].replace("anmelden", "login"), name
    elif expected == REDIRECT:
        assert response.status_code == 302, name
    else:
        assert response.status_code == expected, f"{name} {url}: {response.status_code}"
    if row.method == "post" and expected != REDIRECT:
        assert _snapshot() == before, "a refused POST must leave every row unchanged"

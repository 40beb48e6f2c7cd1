"""Runs the events permission-matrix rows for every persona (until the central matrix collects them)."""

import pytest

from bildungsallianz.core.testing.matrix import LOGIN, REDIRECT
from bildungsallianz.events.models import Event, Registration

from .matrix import ROWS, world


@pytest.fixture
def places(db, org_a, org_b, editor_a, editor_b, wg_member, staff):
    return world()


def _snapshot():
    return (
        list(Event.objects.order_by("pk").values_list("pk", "status", "title", "change_of")),
        list(Registration.objects.order_by("pk").values_list("pk", "status")),
    )


@pytest.mark.parametrize("row", ROWS, ids=[f"{r.method} {r.url}" for r in ROWS])
def test_every_persona_gets_what_it_may_see(places, persona, row):
    name, client = persona
    url = row.url.format(**places)
    expected = row.expected(name)
    before = _snapshot()
    response = client.post(url, row.data or {}) if row.method == "post" else client.get(url)
    if expected == LOGIN:
        assert response.status_code == 302 and "/konto/anmelden/" in response["Location"], name
    elif expected == REDIRECT:
        assert response.status_code == 302, f"{name} {url}: {response.status_code}"
    else:
        assert response.status_code == expected, f"{name} {url}: {response.status_code}"
        if row.method == "post":
            assert _snapshot() == before, "a refused POST must leave every row unchanged"

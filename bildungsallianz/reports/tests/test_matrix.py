"""Runs the reports' permission-matrix rows for every persona (the central matrix runs them too)."""

import pytest
from django.db import transaction

from bildungsallianz.core.testing.matrix import LOGIN, REDIRECT

from .matrix import ROWS, world


@pytest.fixture
def places(db, site_pages, staff, editor_a, editor_b, wg_member, cms_editor):
    return world()


@pytest.mark.parametrize("row", ROWS, ids=[f"{r.method} {r.url}" for r in ROWS])
def test_every_persona_gets_what_it_may_see(places, client, request, row):
    for persona in row.personas():
        client.logout()
        if persona != "anonymous":
            client.force_login(request.getfixturevalue(persona))
        url = row.url.format(**places)
        with transaction.atomic():
            response = getattr(client, row.method)(url, row.data or {})
            transaction.set_rollback(True)
        expected = row.expected(persona)
        if expected == LOGIN:
            assert response.status_code == 302 and "/konto/anmelden/" in response["Location"], (persona, url)
        elif expected == REDIRECT:
            assert response.status_code == 302 and "/konto/anmelden/" not in response["Location"], (persona, url)
        else:
            assert response.status_code == expected, (persona, url, response.status_code)

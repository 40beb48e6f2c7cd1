"""Runs the core and charter-review matrix rows of issue 8 for every persona (until the central matrix
collects them)."""

from types import SimpleNamespace

import pytest

from bildungsallianz.charter.tests import matrix as charter_matrix
from bildungsallianz.core.testing.matrix import LOGIN

from . import matrix as core_matrix

ROWS = [(core_matrix, row) for row in core_matrix.ROWS] + [(charter_matrix, row) for row in charter_matrix.ROWS]


@pytest.mark.parametrize(("module", "row"), ROWS, ids=[row.url for _module, row in ROWS])
def test_every_persona_gets_what_it_may_see(settings, tmp_path, org_a, org_b, persona, module, row):
    settings.MEDIA_ROOT = tmp_path / "media"
    places = module.world(SimpleNamespace(org_a=org_a, org_b=org_b))
    name, client = persona
    url = row.url.format(**places)
    response = client.get(url)
    expected = row.expected(name)
    if expected == LOGIN:
        assert response.status_code == 302, f"{name} {url}: {response.status_code}"
        assert "login" in response["Location"] or "anmelden" in response["Location"]
    else:
        assert response.status_code == expected, f"{name} {url}: {response.status_code}"

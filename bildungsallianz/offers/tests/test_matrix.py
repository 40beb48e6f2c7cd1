"""Runs the offers rows of the permission matrix for every persona (until the central test collects them).

Refused writes (login, 403, 404) must leave every offers row unchanged.
"""

from types import SimpleNamespace

import pytest

from bildungsallianz.core.testing.matrix import LOGIN, PERSONAS, REDIRECT
from bildungsallianz.offers.models import Offer, OfferPlace

from .matrix import ROWS, world

pytestmark = pytest.mark.django_db


def _snapshot():
    return [sorted(map(repr, model.objects.order_by("pk").values())) for model in (Offer, OfferPlace)]


@pytest.fixture(autouse=True)
def _plain_http(settings):
    settings.SECURE_SSL_REDIRECT = False


@pytest.mark.parametrize("row", ROWS, ids=[f"{r.method} {r.url}" for r in ROWS])
@pytest.mark.parametrize("persona_name", PERSONAS)
def test_every_persona_gets_what_it_may_see_and_refused_writes_change_nothing(request, client, persona_name, row):
    ctx = SimpleNamespace(org_a=request.getfixturevalue("org_a"))
    values = world(ctx)
    if persona_name != "anonymous":
        client.force_login(request.getfixturevalue(persona_name))
    url = row.url.format(**values)
    before = _snapshot()
    response = client.post(url, row.data or {}) if row.method == "post" else client.get(url)
    expected, status = row.expected(persona_name), response.status_code
    where = f"{persona_name} {row.method.upper()} {url}: {status}"
    if expected in (LOGIN, REDIRECT):
        assert status == 302, where
        if expected == LOGIN:
            assert "anmelden" in response["Location"] or "login" in response["Location"], where
    else:
        assert status == expected, where
    if row.method == "post" and expected not in (REDIRECT, 200):
        assert _snapshot() == before, f"{where} changed data although refused"

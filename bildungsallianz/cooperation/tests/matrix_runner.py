"""Runs one app's matrix rows for one persona until the central matrix test collects them.

Forbidden or refused requests (login, 403, 404) must leave every row of the
cooperation and projects tables unchanged.
"""

from __future__ import annotations

from types import SimpleNamespace

from django.apps import apps

from bildungsallianz.core.testing.matrix import LOGIN, REDIRECT

WATCHED_APPS = ("cooperation", "projects")


def snapshot() -> dict:
    state = {}
    for label in WATCHED_APPS:
        for model in apps.get_app_config(label).get_models():
            state[model._meta.label] = sorted(map(repr, model.objects.order_by("pk").values()))
    return state


def context(request) -> SimpleNamespace:
    names = ("org_a", "org_b", "org_c", "editor_a", "editor_b", "wg_member", "staff")
    return SimpleNamespace(**{name: request.getfixturevalue(name) for name in names})


def check(client, row, persona: str, values: dict) -> None:
    url = row.url.format(**values)
    expected = row.expected(persona)
    before = snapshot() if row.method == "post" else None
    response = client.post(url, row.data or {}) if row.method == "post" else client.get(url)
    status = response.status_code
    where = f"{persona} {row.method.upper()} {url}: {status}"
    if expected == LOGIN:
        assert status == 302, where
        assert "anmelden" in response["Location"] or "login" in response["Location"], where
    elif expected == REDIRECT:
        assert status == 302, where
    else:
        assert status == expected, where
    if row.method == "post" and (expected == LOGIN or expected in (403, 404)):
        assert snapshot() == before, f"{where} changed data although refused"

"""Every URL of the project, for every persona: the rows live in ``<app>/tests/matrix.py``.

404 for what a persona cannot see, 403 for what it may see but not change, a
redirect to the login for pages that need an account. Format and rules:
``bildungsallianz/core/testing/matrix.py``.
"""

import re
from importlib import import_module
from types import SimpleNamespace
from urllib.parse import urlsplit

import pytest
from django.apps import apps
from django.db import transaction
from django.db.models import QuerySet
from django.forms.models import model_to_dict
from django.urls import Resolver404, URLPattern, URLResolver, get_resolver, resolve
from wagtail.admin.viewsets import viewsets as wagtail_viewsets

from bildungsallianz.core.registry import components
from bildungsallianz.core.testing.matrix import CMS_EDITOR, LOGIN, REDIRECT, REFUSED, Row

# URL prefixes that are not the project's own: Wagtail's admin (except the back-office
# views and viewsets our apps register there), Wagtail's document serving and password
# forms, uploaded media, and Wagtail's page-serving catch-all (pages are covered by the
# pages app's rows but need not be, they are content).
EXCLUDED_PREFIXES = ("cms/", "dokumente/", "media/", "_util/")
EXCLUDED_NAMES = ("wagtail_serve",)


def _matrix_modules():
    """(app label, module) for every app with ``tests/matrix.py``, in the order of the component registry."""
    order = {component.app_label: component.order for component in components.all()}
    configs = [c for c in apps.get_app_configs() if c.name.startswith("bildungsallianz.")]
    found = []
    for config in sorted(configs, key=lambda c: (order.get(c.label, 1000), c.label)):
        try:
            module = import_module(f"{config.name}.tests.matrix")
        except ModuleNotFoundError as exc:
            if exc.name != f"{config.name}.tests.matrix":
                raise
            continue
        found.append((config.label, module))
    return found


def _walk(patterns, prefix="", namespace=""):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            inner = namespace + (f"{pattern.namespace}:" if pattern.namespace else "")
            yield from _walk(pattern.url_patterns, prefix + str(pattern.pattern), inner)
        elif isinstance(pattern, URLPattern):
            yield prefix + str(pattern.pattern), namespace + (pattern.name or ""), pattern.callback


def _our_viewset_namespaces() -> set[str]:
    return {v.url_namespace for v in wagtail_viewsets.viewsets if type(v).__module__.startswith("bildungsallianz.")}


def _viewset_routes(namespace: str) -> dict[str, str]:
    return {
        name.split(":", 1)[1]: route
        for route, name, _callback in _walk(get_resolver().url_patterns)
        if name.startswith(f"{namespace}:")
    }


def project_routes() -> dict[str, str]:
    """Route → URL name of every pattern the project itself serves (what the matrix must cover)."""
    ours = _our_viewset_namespaces()
    routes = {}
    for route, name, callback in _walk(get_resolver().url_patterns):
        if name in EXCLUDED_NAMES:
            continue
        module = getattr(getattr(callback, "view_class", callback), "__module__", "")
        if route.startswith("cms/"):
            if module.startswith("bildungsallianz.") or name.split(":")[0] in ours:
                routes[route] = name
            continue
        if route.startswith(EXCLUDED_PREFIXES):
            continue
        routes[route] = name
    return routes


def all_rows() -> list[tuple[str, Row]]:
    rows = []
    for label, module in _matrix_modules():
        rows += [(label, row) for row in getattr(module, "ROWS", [])]
        for viewset in getattr(module, "VIEWSETS", []):
            rows += [(label, row) for row in viewset.rows(_viewset_routes(viewset.namespace))]
    return rows


def _route_of(row: Row) -> str | None:
    """The route a row covers; ``row.pattern`` may name it by route or by URL name."""
    if row.pattern:
        return row.pattern
    path = urlsplit(re.sub(r"\{[^}]+\}", "1", row.url)).path
    if path.startswith("/en/"):
        path = path[3:]
    try:
        return resolve(path).route
    except Resolver404:
        return None


# ---- the world ---------------------------------------------------------------------------------


def build_world(ctx, up_to: str):
    """Run the worlds of the apps up to and including ``up_to`` (in registry order)."""
    for label, module in _matrix_modules():
        if hasattr(module, "world"):
            ctx.values.update(module.world(ctx) or {})
        if label == up_to:
            break
    return ctx


@pytest.fixture
def personas_ctx(db, org_a, org_b, org_c, editor_a, editor_b, wg_member, staff, cms_editor):
    return SimpleNamespace(
        org_a=org_a,
        org_b=org_b,
        org_c=org_c,
        editor_a=editor_a,
        editor_b=editor_b,
        wg_member=wg_member,
        staff=staff,
        cms_editor=cms_editor,
        values={},
    )


def _snapshot(obj):
    """What a refused POST must not change: one row (a model instance) or all rows of a QuerySet."""
    if obj is None:
        return None
    if isinstance(obj, QuerySet):
        return sorted(map(repr, obj.values()))  # .values() runs a fresh query each time
    fresh = type(obj)._default_manager.filter(pk=obj.pk).first()
    return fresh and model_to_dict(fresh)


def _check(client, ctx, persona: str, row: Row) -> str | None:
    """Request ``row`` as ``persona``; a description of the mismatch, or None."""
    expected = row.expected(persona)
    url = row.url.format(**ctx.values)
    data = {k: v.format(**ctx.values) if isinstance(v, str) else v for k, v in (row.data or {}).items()}
    if row.unchanged and row.unchanged not in ctx.values:
        return f"{url}: unchanged={row.unchanged!r} is not a key of the world"
    watched = ctx.values.get(row.unchanged) if row.unchanged else None
    client.logout()
    if persona != "anonymous":
        client.force_login(getattr(ctx, persona))
    with transaction.atomic():
        before = _snapshot(watched)
        response = getattr(client, row.method)(url, data)
        after = _snapshot(watched)
        transaction.set_rollback(True)
    got = response.status_code
    where = f"{persona:10} {row.method.upper():4} {url}: expected {expected}, got {got}"
    if expected == LOGIN:
        if got != 302 or "/konto/anmelden/" not in response["Location"]:
            return where + f" ({response.get('Location', '')})"
    elif expected == REDIRECT:
        if got != 302 or "/konto/anmelden/" in response["Location"]:
            return where + f" ({response.get('Location', '')})"
    elif got != expected:
        return where
    if row.method == "post" and expected in REFUSED and before != after:
        return f"{persona} POST {url} was refused ({got}) but changed {row.unchanged}"
    return None


# ---- the tests ---------------------------------------------------------------------------------


@pytest.mark.parametrize("app_label", [label for label, _module in _matrix_modules()])
def test_every_persona_gets_what_it_may_see(personas_ctx, client, app_label):
    world = build_world(personas_ctx, up_to=app_label)
    mismatches = []
    for label, row in all_rows():
        if label == app_label:
            mismatches += [m for p in row.personas() if (m := _check(client, world, p, row))]
    assert not mismatches, "\n".join(mismatches)


def test_every_url_pattern_has_a_matrix_row():
    covered = {_route_of(row) for _label, row in all_rows()}
    missing = sorted(
        f"{name or '(no name)'}: /{route}"
        for route, name in project_routes().items()
        if route not in covered and name not in covered
    )
    assert not missing, "URL patterns without a row in any <app>/tests/matrix.py:\n" + "\n".join(missing)


def test_every_row_points_at_a_real_url_pattern():
    routes = project_routes()
    known = set(routes) | set(routes.values())
    unresolved = [
        row.url for _label, row in all_rows() if _route_of(row) is None or (row.pattern and row.pattern not in known)
    ]
    assert not unresolved, unresolved


def test_back_office_rows_say_what_a_non_staff_admin_user_gets():
    missing = [row.url for label, row in all_rows() if row.url.startswith("/cms/") and row.cms_editor is None]
    assert not missing, missing


def test_forbidden_posts_name_the_row_that_must_stay_unchanged():
    missing = [
        row.url
        for label, row in all_rows()
        if row.method == "post" and any(row.expected(p) in REFUSED for p in row.personas()) and not row.unchanged
    ]
    assert not missing, missing


def test_the_url_walk_sees_the_project_urls():
    """Guard against a walk that silently finds nothing."""
    routes = project_routes()
    assert "partner/" in routes and "cms/beitrittsantraege/<int:pk>/entscheiden/" in routes
    assert CMS_EDITOR == "cms_editor"


class _WritingClient:
    """A client whose every request writes (creates a contact) and then answers ``status``."""

    def __init__(self, status, organisation):
        self.status, self.organisation = status, organisation

    def logout(self):
        pass

    def force_login(self, user):
        pass

    def post(self, url, data):
        from bildungsallianz.organisations.models import Contact

        self.sent = data
        Contact.objects.create(organisation=self.organisation, name=data.get("name", "x"))
        self.organisation.name = "geändert"
        self.organisation.save(update_fields=["name"])
        return SimpleNamespace(status_code=self.status, headers={})


@pytest.mark.parametrize("watched", ["org", "contacts"])
def test_a_refused_post_that_writes_anyway_is_reported(personas_ctx, watched):
    from bildungsallianz.core.testing.matrix import FORBIDDEN
    from bildungsallianz.organisations.models import Contact

    ctx = personas_ctx
    ctx.values = {"org": ctx.org_a, "contacts": Contact.objects.filter(organisation=ctx.org_a), "slug": "a"}
    row = Row(
        "/x/{slug}/",
        method="post",
        data={"name": "{slug}-neu"},
        unchanged=watched,
        anonymous=FORBIDDEN,
        editor_a=FORBIDDEN,
        editor_b=FORBIDDEN,
        wg_member=FORBIDDEN,
        staff=FORBIDDEN,
    )
    client = _WritingClient(FORBIDDEN, ctx.org_a)
    problem = _check(client, ctx, "editor_b", row)
    assert problem == f"editor_b POST /x/a/ was refused (403) but changed {watched}"
    assert client.sent == {"name": "a-neu"}  # placeholders in data are filled from the world
    assert not Contact.objects.filter(organisation=ctx.org_a).exists()  # and the request was rolled back


def test_a_row_naming_an_unknown_world_key_is_reported(personas_ctx):
    ctx = personas_ctx
    ctx.values = {}
    row = Row(
        "/x/",
        method="post",
        unchanged="nope",
        **dict.fromkeys(("anonymous", "editor_a", "editor_b", "wg_member", "staff"), 403),
    )
    assert "unchanged='nope' is not a key of the world" in _check(None, ctx, "staff", row)

"""Rows of the central permission matrix, one table per app.

Each app with URLs keeps ``<app>/tests/matrix.py`` with

    from bildungsallianz.core.testing.matrix import FORBIDDEN, HIDDEN, LOGIN, OK, Row, StaffViewSet

    def world(ctx):            # optional: build the objects the rows' URLs need
        offer = OfferFactory(provider=ctx.org_a, status="draft")
        return {"draft_a": offer.slug, "draft_a_obj": offer}

    ROWS = [
        Row(url="/angebote/{draft_a}/", anonymous=HIDDEN, editor_a=OK, editor_b=HIDDEN, wg_member=HIDDEN, staff=OK),
        Row(url="/angebote/{draft_a}/loeschen/", method="post", unchanged="draft_a_obj",
            anonymous=LOGIN, editor_a=REDIRECT, editor_b=HIDDEN, wg_member=HIDDEN, staff=REDIRECT),
    ]
    VIEWSETS = [StaffViewSet(namespace="beitrittsantraege", pk="{join_request}")]   # Wagtail viewsets

The central test (core/tests/test_permission_matrix.py) builds every app's
world once (``ctx`` carries the personas and organisations A, B, C; the worlds
run in the order of the component registry and may read what earlier worlds
returned through ``ctx.values``), then requests each row's URL as each persona.
Every request runs in a savepoint that is rolled back, so rows never see each
other's writes. For a refused POST (LOGIN, 401, FORBIDDEN, HIDDEN) the object named
by ``unchanged`` must be exactly as before; a world value that is a QuerySet
(e.g. ``Attachment.objects.filter(meeting=m)``) must keep exactly its rows, which
also catches a refused POST that would have created one. String values in
``data`` may use the world's placeholders (``{"registration": "{registration}"}``). A URL pattern of the project that no
row and no viewset covers fails ``test_every_url_pattern_has_a_matrix_row``.

The sixth persona ``cms_editor`` may enter Wagtail's admin (Wagtail's "Editors"
group) without being Bildungsbüro staff; rows under ``/cms/`` must say what it
gets (back-office views: HIDDEN). Elsewhere it is optional.
"""

from __future__ import annotations

from dataclasses import dataclass

OK, FORBIDDEN, HIDDEN = 200, 403, 404
LOGIN = "login"  # redirect to the login page
REDIRECT = "redirect"  # any other redirect (e.g. after a POST)
GONE = 410
UNAUTHENTICATED = 401  # the partner write API: a token, never a session
PERSONAS = ("anonymous", "editor_a", "editor_b", "wg_member", "staff")
CMS_EDITOR = "cms_editor"  # may enter Wagtail's admin, is not Bildungsbüro staff
REFUSED = (LOGIN, UNAUTHENTICATED, FORBIDDEN, HIDDEN)

Expected = int | str


@dataclass(frozen=True)
class Row:
    url: str
    anonymous: Expected
    editor_a: Expected
    editor_b: Expected
    wg_member: Expected
    staff: Expected
    method: str = "get"  # "post" rows send ``data`` and must leave ``unchanged`` as it was when refused
    data: dict | None = None
    pattern: str = ""  # URL route this row covers, when it cannot be derived by resolving ``url``
    cms_editor: Expected | None = None  # required for /cms/ URLs
    unchanged: str = ""  # world key of a model instance a refused POST must not change

    def expected(self, persona: str) -> Expected | None:
        return getattr(self, persona)

    def personas(self) -> tuple[str, ...]:
        return PERSONAS + ((CMS_EDITOR,) if self.cms_editor is not None else ())


@dataclass(frozen=True)
class StaffViewSet:
    """A Wagtail (Model)ViewSet of the back office: every URL in its namespace gets a generated row.

    Users without admin access are sent to the login; ``cms_editor`` gets ``cms_editor``
    (HIDDEN once the viewset uses ``core.backoffice.StaffOnlyViewSetMixin``); staff get ``staff``.
    ``overrides`` lists exceptions as (view name, persona, expected), e.g. ``("add", "staff", REDIRECT)``.
    ``pk`` is the world placeholder for ``<pk>`` in the viewset's URLs.
    """

    namespace: str
    pk: str = ""
    cms_editor: Expected = HIDDEN
    staff: Expected = OK
    overrides: tuple[tuple[str, str, Expected], ...] = ()

    def rows(self, routes: dict[str, str]) -> list[Row]:
        """``routes``: view name → route (e.g. ``"inspect"`` → ``"cms/beitrittsantraege/inspect/<int:pk>/"``)."""
        rows = []
        for name, route in sorted(routes.items()):
            expected = {persona: LOGIN for persona in PERSONAS} | {"staff": self.staff, CMS_EDITOR: self.cms_editor}
            expected |= {persona: value for view, persona, value in self.overrides if view == name}
            rows.append(Row(url="/" + _fill_route(route, self.pk), pattern=route, **expected))
        return rows


def _fill_route(route: str, pk: str) -> str:
    """``cms/x/edit/<int:pk>/`` → ``cms/x/edit/{placeholder}/``."""
    import re

    return re.sub(r"<(?:\w+:)?pk>", pk, route)

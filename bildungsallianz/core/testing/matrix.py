"""Rows of the central permission matrix, one table per app.

Each app with URLs keeps ``<app>/tests/matrix.py`` with

    from bildungsallianz.core.testing.matrix import FORBIDDEN, HIDDEN, LOGIN, OK, Row

    def world(ctx):            # optional: build the objects the rows' URLs need
        offer = OfferFactory(provider=ctx.org_a, status="draft")
        return {"draft_a": offer.slug}

    ROWS = [
        Row("/angebote/{draft_a}/", anonymous=HIDDEN, editor_a=OK, editor_b=HIDDEN, wg_member=HIDDEN, staff=OK),
    ]

The central test (core/tests/test_permission_matrix.py) collects every app's
ROWS, fills the placeholders from the worlds and requests each URL as each
persona. A URL pattern of the project that no row covers fails the test.
"""

from __future__ import annotations

from dataclasses import dataclass

OK, FORBIDDEN, HIDDEN = 200, 403, 404
LOGIN = "login"  # redirect to the login page
REDIRECT = "redirect"  # any other redirect (e.g. after a POST)
GONE = 410
PERSONAS = ("anonymous", "editor_a", "editor_b", "wg_member", "staff")


@dataclass(frozen=True)
class Row:
    url: str
    anonymous: int | str
    editor_a: int | str
    editor_b: int | str
    wg_member: int | str
    staff: int | str
    method: str = "get"  # "post" rows send ``data`` and must leave rows unchanged when refused
    data: dict | None = None
    pattern: str = ""  # URL-pattern name this row covers, when it cannot be derived by resolving ``url``

    def expected(self, persona: str) -> int | str:
        return getattr(self, persona)

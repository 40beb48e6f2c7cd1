"""Permission matrix rows for every URL of the offers module (format: core/testing/matrix.py)."""

from bildungsallianz.core.testing.matrix import FORBIDDEN, HIDDEN, LOGIN, OK, REDIRECT, Row


def world(ctx):
    from bildungsallianz.core.review.states import ReviewStatus

    from .factories import OfferFactory, PublishedOfferFactory, tomorrow

    dated = {"date_kind": "einmalig", "start_date": tomorrow(5)}
    PublishedOfferFactory(provider=ctx.org_a, slug="mx-live", **dated)
    OfferFactory(provider=ctx.org_a, slug="mx-entwurf", **dated)
    OfferFactory(provider=ctx.org_a, slug="mx-zurueck", status=ReviewStatus.RETURNED, **dated)
    submitted = OfferFactory(provider=ctx.org_a, slug="mx-eingereicht", status=ReviewStatus.SUBMITTED)
    return {"live": "mx-live", "draft": "mx-entwurf", "returned": "mx-zurueck", "submitted_pk": submitted.pk}


def _all(status):
    return {"anonymous": status, "editor_a": status, "editor_b": status, "wg_member": status, "staff": status}


OWN = {"anonymous": HIDDEN, "editor_a": OK, "editor_b": HIDDEN, "wg_member": HIDDEN, "staff": OK}
EDIT_OWN = {**OWN, "anonymous": LOGIN}
EDIT_LIVE = {"anonymous": LOGIN, "editor_a": OK, "editor_b": FORBIDDEN, "wg_member": FORBIDDEN, "staff": OK}
POST_OWN = {"anonymous": LOGIN, "editor_a": REDIRECT, "editor_b": HIDDEN, "wg_member": HIDDEN, "staff": REDIRECT}
POST_LIVE = {**POST_OWN, "editor_b": FORBIDDEN, "wg_member": FORBIDDEN}
STAFF_ONLY = {**_all(LOGIN), "staff": OK}

ROWS = [
    Row("/angebote/", **_all(OK)),
    Row("/angebote/merkliste/?ids={live},{draft}", **_all(OK)),
    Row("/angebote/verwalten/", **{**_all(OK), "anonymous": LOGIN}),
    Row("/angebote/neu/", **{**_all(OK), "anonymous": LOGIN, "wg_member": FORBIDDEN}),
    Row("/angebote/{live}/", **_all(OK)),
    Row("/angebote/{live}/kalender.ics", **_all(OK)),
    Row("/angebote/{draft}/", **OWN),
    Row("/angebote/{returned}/", **OWN),
    Row("/angebote/{draft}/kalender.ics", **OWN),
    Row("/angebote/gibt-es-nicht/", **_all(HIDDEN)),
    Row("/angebote/{live}/bearbeiten/", **EDIT_LIVE),
    Row("/angebote/{draft}/bearbeiten/", **EDIT_OWN),
    Row("/angebote/{draft}/einreichen/", method="post", **POST_OWN),
    Row("/angebote/{live}/bestaetigen/", method="post", **POST_LIVE),
    Row("/angebote/{draft}/loeschen/", method="post", **POST_OWN),
    Row("/angebote/{live}/loeschen/", method="post", **POST_LIVE),
    Row("/cms/angebote-pruefen/", **STAFF_ONLY),
    Row("/cms/angebote-pruefen/{submitted_pk}/", **STAFF_ONLY),
    Row(
        "/cms/angebote-pruefen/{submitted_pk}/",
        method="post",
        data={"publish": "1"},
        **{**_all(LOGIN), "staff": REDIRECT},
    ),
    Row("/cms/angebote-pruefen/export/", **STAFF_ONLY),
    Row("/cms/angebote-pruefen/import/", **STAFF_ONLY),
    Row("/cms/angebote-pruefen/import/vorlage.csv", **STAFF_ONLY),
]

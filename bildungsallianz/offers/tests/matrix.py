"""Permission matrix rows for every URL of the offers module (format: core/testing/matrix.py).

Refused writes name the offer that must stay as it was (``unchanged``)."""

from bildungsallianz.core.testing.matrix import FORBIDDEN, HIDDEN, LOGIN, OK, REDIRECT, Row, StaffViewSet


def world(ctx):
    from bildungsallianz.core.review.states import ReviewStatus
    from bildungsallianz.offers.models import Occupation
    from bildungsallianz.search.models import Synonym

    from .factories import OfferFactory, PublishedOfferFactory, tomorrow

    dated = {"date_kind": "einmalig", "start_date": tomorrow(5)}
    live = PublishedOfferFactory(provider=ctx.org_a, slug="mx-live", **dated)
    draft = OfferFactory(provider=ctx.org_a, slug="mx-entwurf", **dated)
    OfferFactory(provider=ctx.org_a, slug="mx-zurueck", status=ReviewStatus.RETURNED, **dated)
    submitted = OfferFactory(provider=ctx.org_a, slug="mx-eingereicht", status=ReviewStatus.SUBMITTED)
    synonym = Synonym.objects.create(term="matrix", expansions="tabelle")
    occupation = Occupation.objects.create(code="99999", title="Matrix-Beruf")
    return {
        "live": "mx-live",
        "draft": "mx-entwurf",
        "returned": "mx-zurueck",
        "submitted_pk": submitted.pk,
        "live_obj": live,
        "draft_obj": draft,
        "submitted_obj": submitted,
        "synonym_pk": synonym.pk,
        "occupation_pk": occupation.pk,
    }


def _all(status):
    return {"anonymous": status, "editor_a": status, "editor_b": status, "wg_member": status, "staff": status}


OWN = {"anonymous": HIDDEN, "editor_a": OK, "editor_b": HIDDEN, "wg_member": HIDDEN, "staff": OK}
EDIT_OWN = {**OWN, "anonymous": LOGIN}
EDIT_LIVE = {"anonymous": LOGIN, "editor_a": OK, "editor_b": FORBIDDEN, "wg_member": FORBIDDEN, "staff": OK}
POST_OWN = {"anonymous": LOGIN, "editor_a": REDIRECT, "editor_b": HIDDEN, "wg_member": HIDDEN, "staff": REDIRECT}
POST_LIVE = {**POST_OWN, "editor_b": FORBIDDEN, "wg_member": FORBIDDEN}
STAFF_ONLY = {**_all(LOGIN), "staff": OK, "cms_editor": HIDDEN}

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
    Row("/angebote/{draft}/einreichen/", method="post", unchanged="draft_obj", **POST_OWN),
    Row("/angebote/{live}/bestaetigen/", method="post", unchanged="live_obj", **POST_LIVE),
    Row("/angebote/{draft}/loeschen/", method="post", unchanged="draft_obj", **POST_OWN),
    Row("/angebote/{live}/loeschen/", method="post", unchanged="live_obj", **POST_LIVE),
    Row("/angebote/{live}/uebersetzungen/", **EDIT_LIVE),
    Row("/angebote/{draft}/uebersetzungen/", **EDIT_OWN),
    Row("/angebote/{draft}/uebersetzungen/ar/", **EDIT_OWN),
    Row("/angebote/{draft}/uebersetzungen/xx/", **{**EDIT_OWN, "editor_a": HIDDEN, "staff": HIDDEN}),
    Row(
        "/angebote/{draft}/uebersetzungen/ar/",
        method="post",
        data={"title": "دورة تدريبية"},
        unchanged="draft_obj",
        **POST_OWN,
    ),
    Row(
        "/angebote/{live}/uebersetzungen/ar/",
        method="post",
        data={"title": "دورة تدريبية"},
        unchanged="live_obj",
        **POST_LIVE,
    ),
    Row("/cms/angebote-pruefen/", **STAFF_ONLY),
    Row("/cms/angebote-pruefen/{submitted_pk}/", **STAFF_ONLY),
    Row(
        "/cms/angebote-pruefen/{submitted_pk}/",
        method="post",
        data={"publish": "1"},
        unchanged="submitted_obj",
        **{**_all(LOGIN), "staff": REDIRECT, "cms_editor": HIDDEN},
    ),
    Row("/cms/angebote-pruefen/export/", **STAFF_ONLY),
    Row("/cms/angebote-pruefen/import/", **STAFF_ONLY),
    Row("/cms/angebote-pruefen/import/vorlage.csv", **STAFF_ONLY),
]

# Back office (Wagtail model views with StaffOnlyViewSetMixin): search synonyms and occupations.
VIEWSETS = [
    StaffViewSet(namespace="synonym", pk="{synonym_pk}"),
    StaffViewSet(namespace="occupation", pk="{occupation_pk}"),
]

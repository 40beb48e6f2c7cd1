"""Permission matrix rows for every URL of the reports module (format: bildungsallianz/core/testing/matrix.py).

Published reports and their editions are public; drafts answer 404 to everybody but staff
(who see a preview with today's data); the back office under /cms/berichte/ is staff only.
"""

from bildungsallianz.core.testing.matrix import HIDDEN, LOGIN, OK, REDIRECT, Row

TEXT_ONLY = [("heading", "Kapitel"), ("text", "<p>Ein Bericht ohne Zahlen.</p>")]


def world(ctx=None):
    from bildungsallianz.reports import services

    from .factories import ensure_index, make_report

    index = ensure_index()
    published = make_report(slug="matrix-bericht", title="Matrix-Bericht", body=TEXT_ONLY)
    services.edition_republish(report=published, by=None)  # a second edition: /ausgabe/1/ is an earlier one
    draft = make_report(slug="matrix-entwurf", title="Matrix-Entwurf", body=TEXT_ONLY, publish=False)
    return {
        "report": published.slug,
        "report_pk": published.pk,
        "report_obj": published,
        "draft": draft.slug,
        "draft_pk": draft.pk,
        "report_index_obj": index,
    }


ALL_OK = {"anonymous": OK, "editor_a": OK, "editor_b": OK, "wg_member": OK, "staff": OK}
STAFF_ONLY = {"anonymous": HIDDEN, "editor_a": HIDDEN, "editor_b": HIDDEN, "wg_member": HIDDEN, "staff": OK}
ALL_HIDDEN = {**STAFF_ONLY, "staff": HIDDEN}
BACK_OFFICE = {"anonymous": LOGIN, "editor_a": LOGIN, "editor_b": LOGIN, "wg_member": LOGIN, "cms_editor": HIDDEN}

ROWS = [
    Row("/berichte/", **ALL_OK),
    Row("/berichte/kommunalprofil/", **ALL_OK),
    Row("/berichte/{report}/", **ALL_OK),
    Row("/en/berichte/{report}/", **ALL_OK),
    Row("/berichte/{draft}/", **STAFF_ONLY),
    Row("/berichte/gibt-es-nicht/", **ALL_HIDDEN),
    Row("/berichte/{report}/pdf/", **ALL_OK),
    Row("/berichte/{draft}/pdf/", **ALL_HIDDEN),
    Row("/berichte/{report}/ausgabe/1/", **ALL_OK),
    Row("/berichte/{report}/ausgabe/2/", **ALL_OK),
    Row("/berichte/{report}/ausgabe/99/", **ALL_HIDDEN),
    Row("/berichte/{draft}/ausgabe/1/", **ALL_HIDDEN),
    Row("/berichte/{report}/ausgabe/1/pdf/", **ALL_OK),
    Row("/berichte/{draft}/ausgabe/1/pdf/", **ALL_HIDDEN),
    Row("/cms/berichte/", staff=OK, **BACK_OFFICE),
    Row("/cms/berichte/{report_pk}/", staff=OK, **BACK_OFFICE),
    Row("/cms/berichte/{draft_pk}/", staff=OK, **BACK_OFFICE),
    Row("/cms/berichte/999999/", staff=HIDDEN, **BACK_OFFICE),
    Row("/cms/berichte/vorlage/", staff=405, **BACK_OFFICE),
    Row(
        "/cms/berichte/vorlage/",
        method="post",
        data={"title": "Bildungsbericht Matrix"},
        unchanged="report_index_obj",
        staff=REDIRECT,
        **BACK_OFFICE,
    ),
    Row("/cms/berichte/{report_pk}/neue-ausgabe/", staff=405, **BACK_OFFICE),
    Row(
        "/cms/berichte/{report_pk}/neue-ausgabe/",
        method="post",
        unchanged="report_obj",
        staff=REDIRECT,
        **BACK_OFFICE,
    ),
]

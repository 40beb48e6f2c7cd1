"""Core URLs: the health check, the back-office start page, private files, public image renditions."""

from django.core.files.base import ContentFile

from bildungsallianz.core.testing.matrix import HIDDEN, LOGIN, OK, REDIRECT, Row


def world(ctx):
    from bildungsallianz.monitoring.models import ImportRun
    from bildungsallianz.offers.tests.factories import OfferFactory

    run = ImportRun(filename="zahlen.csv", state=ImportRun.State.SUCCEEDED)
    run.file.save("matrix-zahlen.csv", ContentFile(b"Region;Wert\n"), save=False)
    run.save()
    draft = OfferFactory(provider=ctx.org_a, status="draft")
    draft.image.save("matrix-entwurf.png", ContentFile(b"\x89PNG\r\n\x1a\n"))
    from bildungsallianz.charter.tests.factories import JoinRequestFactory

    person = JoinRequestFactory(contact_email="loeschen@example.org")
    return {"import_file": run.file.name, "draft_image": draft.image.name, "privacy_person": person}


ROWS = [
    Row(url="/healthz", anonymous=OK, editor_a=OK, editor_b=OK, wg_member=OK, staff=OK),
    # Partners have no admin access; a member of Wagtail's own "Editors" group may enter (and sees no workplace).
    Row(url="/cms/", anonymous=LOGIN, editor_a=LOGIN, editor_b=LOGIN, wg_member=LOGIN, staff=OK, cms_editor=OK),
    Row(
        url="/dateien/importe/{import_file}",
        anonymous=HIDDEN,
        editor_a=HIDDEN,
        editor_b=HIDDEN,
        wg_member=HIDDEN,
        staff=OK,
    ),
    Row(
        url="/dateien/angebotsbilder/{draft_image}",
        anonymous=HIDDEN,
        editor_a=OK,
        editor_b=HIDDEN,
        wg_member=HIDDEN,
        staff=OK,
    ),
    Row(
        url="/media/images/gibt-es-nicht.png",
        anonymous=HIDDEN,
        editor_a=HIDDEN,
        editor_b=HIDDEN,
        wg_member=HIDDEN,
        staff=HIDDEN,
    ),
    # Privacy: search, export and erase a person's data (staff only; issue 8).
    Row(
        url="/cms/datenschutz/?email=loeschen@example.org",
        anonymous=LOGIN,
        editor_a=LOGIN,
        editor_b=LOGIN,
        wg_member=LOGIN,
        staff=OK,
        cms_editor=HIDDEN,
    ),
    Row(
        url="/cms/datenschutz/export/?email=loeschen@example.org",
        anonymous=LOGIN,
        editor_a=LOGIN,
        editor_b=LOGIN,
        wg_member=LOGIN,
        staff=OK,
        cms_editor=HIDDEN,
    ),
    Row(
        url="/cms/datenschutz/loeschen/",
        method="post",
        data={"email": "loeschen@example.org", "confirm": "on"},
        unchanged="privacy_person",
        anonymous=LOGIN,
        editor_a=LOGIN,
        editor_b=LOGIN,
        wg_member=LOGIN,
        staff=REDIRECT,
        cms_editor=HIDDEN,
    ),
    # UI translations: read-only overview per language and catalogue (staff only; issue 14).
    Row(
        url="/cms/uebersetzungen/",
        anonymous=LOGIN,
        editor_a=LOGIN,
        editor_b=LOGIN,
        wg_member=LOGIN,
        staff=OK,
        cms_editor=HIDDEN,
    ),
    Row(
        url="/cms/uebersetzungen/?sprache=fr",
        anonymous=LOGIN,
        editor_a=LOGIN,
        editor_b=LOGIN,
        wg_member=LOGIN,
        staff=OK,
        cms_editor=HIDDEN,
    ),
]

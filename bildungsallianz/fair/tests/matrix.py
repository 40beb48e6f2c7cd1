"""Permission matrix rows for every URL of the fair (format: bildungsallianz/core/testing/matrix.py)."""

import datetime

from bildungsallianz.core.testing.matrix import FORBIDDEN, HIDDEN, LOGIN, OK, REDIRECT, Row


def world(ctx=None):
    from bildungsallianz.fair import services
    from bildungsallianz.fair.models import ClassRegistration, Edition, Feedback

    from .factories import ClassRegistrationFactory, EditionFactory, ExhibitorFactory

    edition = EditionFactory(slug="bib-matrix", title="BIB Matrix")
    EditionFactory(slug="bib-entwurf", title="BIB Entwurf", is_published=False)
    past = EditionFactory(slug="bib-2019", title="BIB 2019", date=datetime.date(2019, 9, 18))
    registration = ClassRegistrationFactory(edition=edition)
    past_registration = ClassRegistrationFactory(edition=past)
    exhibitor = ExhibitorFactory(edition=edition)
    return {
        "exhibitor_token": services.exhibitor_token(exhibitor),
        "exhibitor": exhibitor.pk,
        "exhibitor_obj": exhibitor,
        "edition": edition.slug,
        "draft": "bib-entwurf",
        "token": services.class_token(registration),
        "past_token": services.class_token(past_registration),
        "registration": registration.pk,
        "edition_obj": edition,
        "registration_obj": registration,
        "past_registration_obj": past_registration,
        "edition_registrations": ClassRegistration.objects.filter(edition=edition),
        "all_editions": Edition.objects.all(),
        "all_feedback": Feedback.objects.all(),
    }


ALL_OK = {"anonymous": OK, "editor_a": OK, "editor_b": OK, "wg_member": OK, "staff": OK}
ALL_HIDDEN = {"anonymous": HIDDEN, "editor_a": HIDDEN, "editor_b": HIDDEN, "wg_member": HIDDEN, "staff": HIDDEN}
STAFF_ONLY = {**ALL_HIDDEN, "staff": OK}
STAFF_POST = {**ALL_HIDDEN, "staff": REDIRECT}

ROWS = [
    Row("/bib/", **ALL_OK),
    Row("/bib/{edition}/", **ALL_OK),
    Row("/bib/{draft}/", **STAFF_ONLY),
    Row("/bib/{edition}/aussteller/", **ALL_OK),
    Row("/fr/bib/{edition}/aussteller/", **ALL_OK),
    Row("/bib/{edition}/aussteller.csv", **ALL_OK),
    Row("/bib/{draft}/aussteller.csv", **STAFF_ONLY),
    Row("/bib/{edition}/aussteller.pdf", **ALL_OK),
    Row("/fr/bib/{edition}/aussteller.pdf", pattern="fair:exhibitors_pdf", **ALL_OK),
    Row("/bib/{draft}/aussteller.pdf", **STAFF_ONLY),
    Row("/bib/{edition}/hallenplan/", **ALL_OK),
    Row("/fr/bib/{edition}/hallenplan/", **ALL_OK),
    Row("/bib/{draft}/hallenplan/", **STAFF_ONLY),
    Row("/bib/{edition}/klasse-anmelden/", **ALL_OK),
    Row("/bib/{edition}/aussteller-neu/", **ALL_OK),
    Row("/bib/{draft}/aussteller-neu/", **STAFF_ONLY),
    Row("/bib/{draft}/klasse-anmelden/", **STAFF_ONLY),
    Row(
        "/bib/{edition}/aussteller-anmelden/",
        anonymous=LOGIN,
        editor_a=OK,
        editor_b=OK,
        wg_member=FORBIDDEN,
        staff=OK,
    ),
    Row("/bib/klasse/{token}/", **ALL_OK),
    Row("/bib/klasse/ungueltig/", **ALL_HIDDEN),
    Row(
        "/bib/klasse/{past_token}/absagen/",
        method="post",
        unchanged="past_registration_obj",
        **{k: FORBIDDEN for k in ALL_OK},
    ),
    # feedback after the fair: the matrix edition lies in the future, so the form says "not possible"
    Row("/bib/klasse/{token}/rueckmeldung/", **ALL_OK),
    Row(
        "/bib/klasse/{token}/rueckmeldung/",
        method="post",
        data={"satisfaction": "5", "usefulness": "5", "would_return": "ja"},
        unchanged="all_feedback",
        **ALL_OK,
    ),
    Row("/bib/klasse/ungueltig/rueckmeldung/", **ALL_HIDDEN),
    Row("/bib/aussteller/{exhibitor_token}/rueckmeldung/", **ALL_OK),
    Row("/bib/aussteller/ungueltig/rueckmeldung/", **ALL_HIDDEN),
    Row("/bib/{edition}/verwaltung/", **STAFF_ONLY),
    Row("/bib/{edition}/verwaltung/listen/", **STAFF_ONLY),
    Row("/bib/{edition}/verwaltung/einlass/", **STAFF_ONLY),
    Row("/bib/{edition}/verwaltung/aussteller/", **STAFF_ONLY),
    Row("/bib/{edition}/verwaltung/planen/", method="post", unchanged="edition_registrations", **STAFF_POST),
    Row(
        "/bib/{edition}/verwaltung/festlegen/",
        method="post",
        data={"registration": "{registration}", "slot": ""},
        unchanged="registration_obj",
        **STAFF_POST,
    ),
    Row("/bib/{edition}/verwaltung/veroeffentlichen/", method="post", unchanged="edition_obj", **STAFF_POST),
    Row("/bib/{edition}/verwaltung/rueckmeldungen/", **STAFF_ONLY),
    Row(
        "/bib/{edition}/verwaltung/aussteller/zurueckgeben/",
        method="post",
        data={"exhibitor": "{exhibitor}", "comment": "Bitte Standgröße prüfen."},
        unchanged="exhibitor_obj",
        **STAFF_POST,
    ),
    Row("/bib/verwaltung/", **STAFF_ONLY),
    Row("/bib/verwaltung/neu/", **STAFF_ONLY),
    Row("/bib/verwaltung/neu/", method="post", data={"title": "Neu"}, unchanged="all_editions", **STAFF_ONLY),
    Row("/bib/{edition}/verwaltung/ausgabe/", **STAFF_ONLY),
    Row("/bib/{draft}/verwaltung/ausgabe/", **STAFF_ONLY),
    Row(
        "/bib/{edition}/verwaltung/ausgabe/",
        method="post",
        data={"title": "Geändert"},
        unchanged="edition_obj",
        **{**ALL_HIDDEN, "staff": OK},
    ),
    Row("/bib/{edition}/verwaltung/rueckmeldungen/erbitten/", method="post", unchanged="edition_obj", **STAFF_POST),
    Row("/bib/{edition}/verwaltung/zahlen-monitoring/", method="post", unchanged="edition_obj", **STAFF_POST),
]

"""Permission matrix rows for every URL of the events module (format: core/testing/matrix.py)."""

from bildungsallianz.core.testing.matrix import FORBIDDEN, HIDDEN, LOGIN, OK, REDIRECT, Row


def world(ctx=None):
    from bildungsallianz.charter.tests.factories import FieldOfActionFactory
    from bildungsallianz.core.review.states import ReviewStatus
    from bildungsallianz.events import services
    from bildungsallianz.events.models import Registration
    from bildungsallianz.organisations.models import Organisation

    from .factories import EventFactory, RegistrationFactory

    org_a = Organisation.objects.get(slug="organisation-a")
    field = FieldOfActionFactory()
    public = EventFactory(organiser=org_a, slug="ev-oeffentlich", registration_mode="hier", capacity=5)
    draft = EventFactory(organiser=org_a, slug="ev-entwurf", status=ReviewStatus.DRAFT)
    submitted = EventFactory(organiser=org_a, slug="ev-eingereicht", status=ReviewStatus.SUBMITTED)
    registration = RegistrationFactory(event=public)
    return {
        "ev_public": public.slug,
        "ev_draft": "ev-entwurf",
        "ev_submitted": "ev-eingereicht",
        "ev_field": field.slug,
        "ev_org": org_a.slug,
        "ev_token": services.registration_token(registration),
        "ev_public_obj": public,
        "ev_submitted_obj": submitted,
        "ev_draft_registrations": Registration.objects.filter(event=draft),
        "ev_draft_obj": draft,
    }


def _all(status):
    return {"anonymous": status, "editor_a": status, "editor_b": status, "wg_member": status, "staff": status}


OWN = {"anonymous": HIDDEN, "editor_a": OK, "editor_b": HIDDEN, "wg_member": HIDDEN, "staff": OK}
STAFF_ONLY = {**_all(HIDDEN), "staff": OK}

ROWS = [
    Row("/veranstaltungen/", **_all(OK)),
    Row("/veranstaltungen/?ansicht=kalender&monat=2030-03", **_all(OK)),
    Row("/veranstaltungen/kalender.ics", **_all(OK)),
    Row("/veranstaltungen/handlungsfeld/{ev_field}/kalender.ics", **_all(OK)),
    Row("/veranstaltungen/handlungsfeld/gibt-es-nicht/kalender.ics", **_all(HIDDEN)),
    Row("/veranstaltungen/veranstalter/{ev_org}/kalender.ics", **_all(OK)),
    Row("/veranstaltungen/{ev_public}/", **_all(OK)),
    Row("/veranstaltungen/{ev_public}/kalender.ics", **_all(OK)),
    Row("/veranstaltungen/{ev_draft}/", **OWN),
    Row("/veranstaltungen/{ev_draft}/kalender.ics", **OWN),
    Row("/veranstaltungen/anmeldung/{ev_token}/", **_all(OK)),
    Row("/veranstaltungen/anmeldung/ungueltig/", **_all(HIDDEN)),
    Row(
        "/veranstaltungen/{ev_draft}/anmelden/",
        method="post",
        data={"name": "X", "email": "x@example.org", "consent": "on"},
        unchanged="ev_draft_registrations",
        anonymous=HIDDEN,
        editor_a=OK,  # visible to its editor, but a draft takes no registrations: form error, nothing saved
        editor_b=HIDDEN,
        wg_member=HIDDEN,
        staff=OK,
    ),
    Row(
        "/veranstaltungen/{ev_draft}/uebersetzungen/",
        anonymous=LOGIN,
        editor_a=OK,
        editor_b=HIDDEN,
        wg_member=HIDDEN,
        staff=OK,
    ),
    Row(
        "/veranstaltungen/{ev_public}/uebersetzungen/uk/",
        anonymous=LOGIN,
        editor_a=OK,
        editor_b=FORBIDDEN,
        wg_member=FORBIDDEN,
        staff=OK,
    ),
    Row(
        "/veranstaltungen/{ev_draft}/uebersetzungen/uk/",
        method="post",
        data={"title": "Інформаційний вечір"},
        unchanged="ev_draft_obj",
        anonymous=LOGIN,
        editor_a=REDIRECT,
        editor_b=HIDDEN,
        wg_member=HIDDEN,
        staff=REDIRECT,
    ),
    Row(
        "/veranstaltungen/{ev_public}/uebersetzungen/uk/",
        method="post",
        data={"title": "Інформаційний вечір"},
        unchanged="ev_public_obj",
        anonymous=LOGIN,
        editor_a=REDIRECT,
        editor_b=FORBIDDEN,
        wg_member=FORBIDDEN,
        staff=REDIRECT,
    ),
    Row("/veranstaltungen/verwalten/", anonymous=LOGIN, editor_a=OK, editor_b=OK, wg_member=OK, staff=OK),
    Row("/veranstaltungen/neu/", anonymous=LOGIN, editor_a=OK, editor_b=OK, wg_member=FORBIDDEN, staff=OK),
    Row(
        "/veranstaltungen/{ev_draft}/bearbeiten/",
        anonymous=LOGIN,
        editor_a=OK,
        editor_b=HIDDEN,
        wg_member=HIDDEN,
        staff=OK,
    ),
    Row(
        "/veranstaltungen/{ev_public}/bearbeiten/",
        anonymous=LOGIN,
        editor_a=OK,
        editor_b=FORBIDDEN,
        wg_member=FORBIDDEN,
        staff=OK,
    ),
    Row(
        "/veranstaltungen/{ev_public}/einreichen/",
        method="post",
        unchanged="ev_public_obj",
        anonymous=LOGIN,
        editor_a=REDIRECT,
        editor_b=FORBIDDEN,
        wg_member=FORBIDDEN,
        staff=REDIRECT,
    ),
    Row("/veranstaltungen/pruefen/", **STAFF_ONLY),
    Row("/veranstaltungen/{ev_submitted}/pruefen/", **STAFF_ONLY),
    Row(
        "/veranstaltungen/{ev_submitted}/pruefen/",
        method="post",
        data={"action": "publish"},
        unchanged="ev_submitted_obj",
        **{**_all(HIDDEN), "staff": REDIRECT},
    ),
]

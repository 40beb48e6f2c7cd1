"""Permission matrix of the surveys module (format: core/testing/matrix.py).

The world: "offen" (running, open link, one required single-choice question), "nur-einladung"
(running, invitation links only) with a valid and a used invitation token, "entwurf" (draft,
open link set), "vorbei" (closed). Respondents need no account: answering is the same for
every persona; drafts and unknown tokens are 404, a used token 410.
"""

from bildungsallianz.core.testing.matrix import GONE, HIDDEN, LOGIN, OK, REDIRECT, Row

VALID_TOKEN = "gueltiger-einladungslink-fuer-die-matrix-0123456789abcdef"
USED_TOKEN = "benutzter-einladungslink-fuer-die-matrix-0123456789abcdef"


def world(ctx):
    import datetime

    from django.utils import timezone

    from bildungsallianz.surveys.models import Invitation, Survey, hash_token
    from bildungsallianz.surveys.tests.factories import QuestionFactory, SurveyFactory

    running = SurveyFactory(slug="offen", open_link=True)
    question = QuestionFactory(survey=running, options="Ja\nNein")
    invite_only = SurveyFactory(slug="nur-einladung", open_link=False)
    QuestionFactory(survey=invite_only, options="Ja\nNein", label="Frage")
    Invitation.objects.create(survey=invite_only, organisation=ctx.org_a, token_hash=hash_token(VALID_TOKEN))
    Invitation.objects.create(
        survey=invite_only, organisation=ctx.org_b, token_hash=hash_token(USED_TOKEN), used_on=timezone.localdate()
    )
    draft = SurveyFactory(slug="entwurf", open_link=True, state=Survey.State.DRAFT)
    QuestionFactory(survey=draft)
    SurveyFactory(
        slug="vorbei",
        open_link=True,
        state=Survey.State.CLOSED,
        closes_at=timezone.now() - datetime.timedelta(days=1),
    )
    return {
        "survey": running.pk,
        "survey_obj": running,
        "draft": draft.pk,
        "draft_obj": draft,
        "question": question.pk,
        "question_obj": question,
    }


ALL_OK = {"anonymous": OK, "editor_a": OK, "editor_b": OK, "wg_member": OK, "staff": OK}
ALL_REDIRECT = {k: REDIRECT for k in ALL_OK}
ALL_HIDDEN = {k: HIDDEN for k in ALL_OK}
STAFF = {
    "anonymous": LOGIN,
    "editor_a": LOGIN,
    "editor_b": LOGIN,
    "wg_member": LOGIN,
    "staff": OK,
    "cms_editor": HIDDEN,
}
STAFF_POST = {**STAFF, "staff": REDIRECT}

ROWS = [
    Row("/umfragen/offen/", **ALL_OK),
    Row("/umfragen/offen/", method="post", data={"frage_1": "Ja"}, **ALL_REDIRECT),
    Row("/umfragen/vorbei/", **ALL_OK),
    Row("/umfragen/nur-einladung/", **ALL_HIDDEN),
    Row("/umfragen/entwurf/", **ALL_HIDDEN),
    Row("/umfragen/gibt-es-nicht/", **ALL_HIDDEN),
    Row("/umfragen/offen/danke/", **ALL_OK),
    Row("/umfragen/entwurf/danke/", **{**ALL_HIDDEN, "staff": OK}),
    Row(f"/umfragen/einladung/{VALID_TOKEN}/", **ALL_OK),
    Row(f"/umfragen/einladung/{VALID_TOKEN}/", method="post", data={"frage_1": "Nein"}, **ALL_REDIRECT),
    Row(f"/umfragen/einladung/{USED_TOKEN}/", **{k: GONE for k in ALL_OK}),
    Row(
        f"/umfragen/einladung/{USED_TOKEN}/",
        method="post",
        data={"frage_1": "Nein"},
        unchanged="survey_obj",
        **{k: GONE for k in ALL_OK},
    ),
    Row("/umfragen/einladung/ungueltig/", **ALL_HIDDEN),
    Row("/umfragen/einladung/ungueltig/", method="post", data={}, unchanged="survey_obj", **ALL_HIDDEN),
    Row("/cms/umfragen/", **STAFF),
    Row("/cms/umfragen/neu/", **STAFF),
    Row(
        "/cms/umfragen/neu/",
        method="post",
        data={
            "title": "Neu",
            "slug": "neu",
            "method": "Online",
            "closes_at": "2030-01-01T10:00",
            "reference_year": "2030",
            "theme": "uebergang",
        },
        unchanged="survey_obj",
        **STAFF_POST,
    ),
    Row("/cms/umfragen/{survey}/", **STAFF),
    Row("/cms/umfragen/{survey}/bearbeiten/", **STAFF),
    Row(
        "/cms/umfragen/{draft}/fragen/",
        method="post",
        data={"kind": "text", "text": "Was noch?", "label": "Noch", "scale_min": "1", "scale_max": "5"},
        unchanged="draft_obj",
        **STAFF_POST,
    ),
    Row(
        "/cms/umfragen/{survey}/fragen/{question}/loeschen/",
        method="post",
        data={},
        unchanged="question_obj",
        **STAFF_POST,
    ),
    Row("/cms/umfragen/{draft}/starten/", method="post", data={}, unchanged="draft_obj", **STAFF_POST),
    Row("/cms/umfragen/{survey}/schliessen/", method="post", data={}, unchanged="survey_obj", **STAFF_POST),
    Row("/cms/umfragen/{survey}/auswerten/", method="post", data={}, unchanged="survey_obj", **STAFF_POST),
    Row("/cms/umfragen/{survey}/einladungen/", **STAFF),
    Row("/cms/umfragen/{survey}/ergebnisse/", **STAFF),
]

"""Wagtail pages (served by Wagtail's catch-all): home, news, the legally required pages,
Leichte Sprache and the accessibility statement with its feedback form; the feedback's back office."""

import datetime

from bildungsallianz.core.testing.matrix import HIDDEN, OK, REDIRECT, Row, StaffViewSet


def world(ctx):
    from bildungsallianz.pages import demo
    from bildungsallianz.pages.models import AccessibilityFeedback

    demo.seed()
    feedback = AccessibilityFeedback.objects.create(
        message="Der Kontrast ist zu schwach.", consent_at=datetime.datetime(2026, 11, 30, tzinfo=datetime.UTC)
    )
    return {"a11y_feedback": feedback.pk}


EVERYONE = {"anonymous": OK, "editor_a": OK, "editor_b": OK, "wg_member": OK, "staff": OK}
# A valid feedback message is accepted from everybody (and redirects back to the statement).
EVERYONE_POSTS = {"anonymous": REDIRECT, "editor_a": REDIRECT, "editor_b": REDIRECT, "wg_member": REDIRECT}

ROWS = [
    Row(url="/", **EVERYONE),
    Row(url="/en/", **EVERYONE),
    Row(url="/aktuelles/", **EVERYONE),
    Row(url="/aktuelles/kooperationswerkstatt-2025/", **EVERYONE),
    Row(url="/impressum/", **EVERYONE),
    Row(url="/datenschutz/", **EVERYONE),
    Row(url="/barrierefreiheit/", **EVERYONE),
    Row(
        url="/barrierefreiheit/",
        method="post",
        data={"message": "Die Schrift ist zu klein.", "consent": "on"},
        staff=REDIRECT,
        **EVERYONE_POSTS,
    ),
    Row(url="/leichte-sprache/", **EVERYONE),
    Row(url="/leichte-sprache/angebot-finden/", **EVERYONE),
    Row(url="/gibt-es-nicht/", anonymous=HIDDEN, editor_a=HIDDEN, editor_b=HIDDEN, wg_member=HIDDEN, staff=HIDDEN),
]

VIEWSETS = [
    # Feedback comes only from the public form: the staff group has no add right (Wagtail redirects).
    StaffViewSet(
        namespace="rueckmeldungen-barrierefreiheit",
        pk="{a11y_feedback}",
        overrides=(("add", "staff", REDIRECT),),
    ),
]

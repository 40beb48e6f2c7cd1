"""The charter, the join form, the public partner directory, signing, and the charter back office."""

from bildungsallianz.charter.models import Commitment
from bildungsallianz.core.testing.matrix import FORBIDDEN, HIDDEN, LOGIN, OK, REDIRECT, Row, StaffViewSet

from .factories import (
    CharterFactory,
    FieldOfActionFactory,
    GoalFactory,
    JoinRequestFactory,
    PrincipleFactory,
    SignatureFactory,
    TargetGroupFactory,
)


def world(ctx):
    charter = CharterFactory(version="2025")
    signature = SignatureFactory(charter=charter, organisation=ctx.org_a, confirmed=False, signatory_name="")
    field = FieldOfActionFactory()
    join_request = JoinRequestFactory(organisation_name="Antrag GmbH")
    return {
        "join_request": join_request.pk,
        "join_request_obj": join_request,
        "signature_obj": signature,
        "charter_pk": charter.pk,
        "principle_pk": PrincipleFactory(charter=charter).pk,
        "field_pk": field.pk,
        "goal_pk": GoalFactory(charter=charter, field_of_action=field).pk,
        "target_group_pk": TargetGroupFactory().pk,
        "signature_pk": signature.pk,
        "commitment_pk": Commitment.objects.create(organisation=ctx.org_a, field_of_action=field, text="x").pk,
    }


EVERYONE = {"anonymous": OK, "editor_a": OK, "editor_b": OK, "wg_member": OK, "staff": OK}
SIGN = {"signatory_name": "Anna A", "signatory_function": "Leitung"}

ROWS = [
    Row(url="/charta/", **EVERYONE),
    Row(url="/charta/pdf/", **EVERYONE),
    Row(url="/mitmachen/", **EVERYONE),
    Row(url="/mitmachen/danke/", **EVERYONE),
    Row(url="/partner/", **EVERYONE),
    Row(url="/partner/?handlungsfeld=gibt-es-nicht&bereich=schule", **EVERYONE),
    Row(url="/partner/organisation-a/", **EVERYONE),
    Row(url="/partner/versteckt/", anonymous=HIDDEN, editor_a=HIDDEN, editor_b=HIDDEN, wg_member=HIDDEN, staff=OK),
    Row(
        url="/partner/gibt-es-nicht/",
        anonymous=HIDDEN,
        editor_a=HIDDEN,
        editor_b=HIDDEN,
        wg_member=HIDDEN,
        staff=HIDDEN,
    ),
    Row(
        url="/partner/organisation-a/unterzeichnen/",
        anonymous=LOGIN,
        editor_a=OK,
        editor_b=FORBIDDEN,
        wg_member=FORBIDDEN,
        staff=OK,
    ),
    Row(
        url="/partner/organisation-a/unterzeichnen/",
        method="post",
        data=SIGN,
        unchanged="signature_obj",
        anonymous=LOGIN,
        editor_a=REDIRECT,
        editor_b=FORBIDDEN,
        wg_member=FORBIDDEN,
        staff=REDIRECT,
    ),
    Row(
        url="/cms/beitrittsantraege/{join_request}/entscheiden/",
        method="post",
        data={"action": "accept"},
        unchanged="join_request_obj",
        anonymous=LOGIN,
        editor_a=LOGIN,
        editor_b=LOGIN,
        wg_member=LOGIN,
        staff=REDIRECT,
        cms_editor=HIDDEN,
    ),
    # Review of changes to confirmed signatures (issue 8, finding 10): staff only.
    Row(
        url="/cms/unterzeichnungen-aenderungen/",
        anonymous=LOGIN,
        editor_a=LOGIN,
        editor_b=LOGIN,
        wg_member=LOGIN,
        staff=OK,
        cms_editor=HIDDEN,
    ),
    Row(
        url="/cms/unterzeichnungen-aenderungen/999999/",
        anonymous=LOGIN,
        editor_a=LOGIN,
        editor_b=LOGIN,
        wg_member=LOGIN,
        staff=405,
        cms_editor=HIDDEN,
    ),
]

VIEWSETS = [
    # Join requests are decided, not edited: the staff group has no add/change right on them (Wagtail redirects).
    StaffViewSet(
        namespace="beitrittsantraege",
        pk="{join_request}",
        overrides=(("add", "staff", REDIRECT), ("edit", "staff", REDIRECT), ("usage", "staff", REDIRECT)),
    ),
    StaffViewSet(namespace="charter_versions", pk="{charter_pk}"),
    StaffViewSet(namespace="principle", pk="{principle_pk}"),
    StaffViewSet(namespace="fieldofaction", pk="{field_pk}"),
    StaffViewSet(namespace="goal", pk="{goal_pk}"),
    StaffViewSet(namespace="targetgroup", pk="{target_group_pk}"),
    StaffViewSet(namespace="signature", pk="{signature_pk}"),
    StaffViewSet(namespace="commitment", pk="{commitment_pk}"),
]

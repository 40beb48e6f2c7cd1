"""Permission matrix of the projects module (format: core/testing/matrix.py).

The world: "laufend" (public, lead organisation A, partner B) with a milestone and an
indicator target; "intern" (not public, lead A); an accepted idea of a workshop.
Refused writes name what must stay as it was (one row, or a QuerySet that keeps its rows).
"""

from bildungsallianz.core.testing.matrix import FORBIDDEN, HIDDEN, LOGIN, OK, REDIRECT, Row


def world(ctx):
    from bildungsallianz.cooperation.models import Idea
    from bildungsallianz.cooperation.tests.factories import IdeaFactory
    from bildungsallianz.projects.models import IndicatorTarget, Milestone, ProgressUpdate, Project
    from bildungsallianz.projects.tests.factories import MilestoneFactory, ProjectFactory, target_for

    running = ProjectFactory(title="Laufendes Projekt", slug="laufend", lead_organisation=ctx.org_a)
    running.partners.add(ctx.org_b)
    internal = ProjectFactory(title="Internes Projekt", slug="intern", lead_organisation=ctx.org_a, is_public=False)
    milestone = MilestoneFactory(project=running)
    target = target_for(running)
    idea = IdeaFactory(status=Idea.State.ACCEPTED)
    return {
        "ms": milestone.pk,
        "target": target.pk,
        "idea": idea.pk,
        "indicator": target.indicator_id,
        "ms_obj": milestone,
        "running_obj": running,
        "all_projects": Project.objects.all(),
        "target_obj": target,
        "running_updates": ProgressUpdate.objects.filter(project=running),
        "internal_updates": ProgressUpdate.objects.filter(project=internal),
        "running_milestones": Milestone.objects.filter(project=running),
        "running_targets": IndicatorTarget.objects.filter(project=running),
    }


ALL_OK = {"anonymous": OK, "editor_a": OK, "editor_b": OK, "wg_member": OK, "staff": OK}
LEAD_ONLY = {"anonymous": LOGIN, "editor_a": REDIRECT, "editor_b": FORBIDDEN, "wg_member": FORBIDDEN, "staff": REDIRECT}
LEAD_OR_PARTNER = {
    "anonymous": LOGIN,
    "editor_a": REDIRECT,
    "editor_b": REDIRECT,
    "wg_member": FORBIDDEN,
    "staff": REDIRECT,
}
STAFF_ADMIN = {
    "anonymous": LOGIN,
    "editor_a": LOGIN,
    "editor_b": LOGIN,
    "wg_member": LOGIN,
    "staff": OK,
    "cms_editor": HIDDEN,
}

ROWS = [
    Row("/projekte/", **ALL_OK),
    Row("/projekte/?handlungsfeld=gibt-es-nicht&status=umsetzung", **ALL_OK),
    Row("/projekte/landkarte/", **ALL_OK),
    Row("/projekte/neu/", anonymous=LOGIN, editor_a=OK, editor_b=OK, wg_member=FORBIDDEN, staff=OK),
    Row("/projekte/neu/?idee={idea}", anonymous=LOGIN, editor_a=HIDDEN, editor_b=HIDDEN, wg_member=FORBIDDEN, staff=OK),
    # an idea id that is not a number is "no such idea" (it was a server error)
    Row(
        "/projekte/neu/?idee=abc", anonymous=LOGIN, editor_a=HIDDEN, editor_b=HIDDEN, wg_member=FORBIDDEN, staff=HIDDEN
    ),
    Row("/projekte/laufend/", **ALL_OK),
    Row("/projekte/intern/", anonymous=HIDDEN, editor_a=OK, editor_b=HIDDEN, wg_member=HIDDEN, staff=OK),
    Row("/projekte/gibt-es-nicht/", anonymous=HIDDEN, editor_a=HIDDEN, editor_b=HIDDEN, wg_member=HIDDEN, staff=HIDDEN),
    Row(
        "/projekte/laufend/bearbeiten/", anonymous=LOGIN, editor_a=OK, editor_b=FORBIDDEN, wg_member=FORBIDDEN, staff=OK
    ),
    # Refused saves (the allowed ones send an incomplete form: 200 with errors, nothing saved).
    Row(
        "/projekte/laufend/bearbeiten/",
        method="post",
        data={"title": "Geändert"},
        unchanged="running_obj",
        anonymous=LOGIN,
        editor_a=OK,
        editor_b=FORBIDDEN,
        wg_member=FORBIDDEN,
        staff=OK,
    ),
    Row(
        "/projekte/neu/",
        method="post",
        data={"title": "Neu"},
        unchanged="all_projects",
        anonymous=LOGIN,
        editor_a=OK,
        editor_b=OK,
        wg_member=FORBIDDEN,
        staff=OK,
    ),
    Row("/projekte/intern/bearbeiten/", anonymous=LOGIN, editor_a=OK, editor_b=HIDDEN, wg_member=HIDDEN, staff=OK),
    Row(
        "/projekte/laufend/fortschritt/",
        method="post",
        data={"text": "Neu", "is_public": "on"},
        unchanged="running_updates",
        **LEAD_OR_PARTNER,
    ),
    Row(
        "/projekte/intern/fortschritt/",
        method="post",
        data={"text": "Neu"},
        unchanged="internal_updates",
        anonymous=LOGIN,
        editor_a=REDIRECT,
        editor_b=HIDDEN,
        wg_member=HIDDEN,
        staff=REDIRECT,
    ),
    Row("/projekte/laufend/im-plan/", method="post", data={}, unchanged="running_updates", **LEAD_OR_PARTNER),
    Row(
        "/projekte/laufend/meilensteine/",
        method="post",
        data={"meilenstein-title": "Auftakt", "meilenstein-due_date": "2026-05-01"},
        unchanged="running_milestones",
        **LEAD_ONLY,
    ),
    Row("/projekte/laufend/meilensteine/{ms}/", method="post", data={"done": "1"}, unchanged="ms_obj", **LEAD_ONLY),
    Row(
        "/projekte/laufend/ziele/",
        method="post",
        data={"ziel-baseline_year": "2022"},
        unchanged="running_targets",
        **LEAD_ONLY,
    ),
    Row("/projekte/laufend/ziele/{target}/entfernen/", method="post", data={}, unchanged="target_obj", **LEAD_ONLY),
    Row("/cms/projekte/", **STAFF_ADMIN),
    Row("/cms/projekte/export/", **STAFF_ADMIN),
    Row("/cms/projekte/import/", **STAFF_ADMIN),
]

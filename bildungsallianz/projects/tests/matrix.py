"""Permission matrix of the projects module (format: core/testing/matrix.py).

The world: "laufend" (public, lead organisation A, partner B) with a milestone and an
indicator target; "intern" (not public, lead A); an accepted idea of a workshop.
"""

from bildungsallianz.core.testing.matrix import FORBIDDEN, HIDDEN, LOGIN, OK, REDIRECT, Row


def world(ctx):
    from bildungsallianz.cooperation.models import Idea
    from bildungsallianz.cooperation.tests.factories import IdeaFactory
    from bildungsallianz.projects.tests.factories import MilestoneFactory, ProjectFactory, target_for

    running = ProjectFactory(title="Laufendes Projekt", slug="laufend", lead_organisation=ctx.org_a)
    running.partners.add(ctx.org_b)
    ProjectFactory(title="Internes Projekt", slug="intern", lead_organisation=ctx.org_a, is_public=False)
    milestone = MilestoneFactory(project=running)
    target = target_for(running)
    idea = IdeaFactory(status=Idea.State.ACCEPTED)
    return {"ms": milestone.pk, "target": target.pk, "idea": idea.pk, "indicator": target.indicator_id}


ALL_OK = {"anonymous": OK, "editor_a": OK, "editor_b": OK, "wg_member": OK, "staff": OK}
LEAD_ONLY = {"anonymous": LOGIN, "editor_a": REDIRECT, "editor_b": FORBIDDEN, "wg_member": FORBIDDEN, "staff": REDIRECT}
LEAD_OR_PARTNER = {
    "anonymous": LOGIN,
    "editor_a": REDIRECT,
    "editor_b": REDIRECT,
    "wg_member": FORBIDDEN,
    "staff": REDIRECT,
}
STAFF_ADMIN = {"anonymous": LOGIN, "editor_a": LOGIN, "editor_b": LOGIN, "wg_member": LOGIN, "staff": OK}

ROWS = [
    Row("/projekte/", **ALL_OK),
    Row("/projekte/?handlungsfeld=gibt-es-nicht&status=umsetzung", **ALL_OK),
    Row("/projekte/landkarte/", **ALL_OK),
    Row("/projekte/neu/", anonymous=LOGIN, editor_a=OK, editor_b=OK, wg_member=FORBIDDEN, staff=OK),
    Row("/projekte/neu/?idee={idea}", anonymous=LOGIN, editor_a=HIDDEN, editor_b=HIDDEN, wg_member=FORBIDDEN, staff=OK),
    Row("/projekte/laufend/", **ALL_OK),
    Row("/projekte/intern/", anonymous=HIDDEN, editor_a=OK, editor_b=HIDDEN, wg_member=HIDDEN, staff=OK),
    Row("/projekte/gibt-es-nicht/", anonymous=HIDDEN, editor_a=HIDDEN, editor_b=HIDDEN, wg_member=HIDDEN, staff=HIDDEN),
    Row(
        "/projekte/laufend/bearbeiten/", anonymous=LOGIN, editor_a=OK, editor_b=FORBIDDEN, wg_member=FORBIDDEN, staff=OK
    ),
    Row("/projekte/intern/bearbeiten/", anonymous=LOGIN, editor_a=OK, editor_b=HIDDEN, wg_member=HIDDEN, staff=OK),
    Row("/projekte/laufend/fortschritt/", method="post", data={"text": "Neu", "is_public": "on"}, **LEAD_OR_PARTNER),
    Row(
        "/projekte/intern/fortschritt/",
        method="post",
        data={"text": "Neu"},
        anonymous=LOGIN,
        editor_a=REDIRECT,
        editor_b=HIDDEN,
        wg_member=HIDDEN,
        staff=REDIRECT,
    ),
    Row("/projekte/laufend/im-plan/", method="post", data={}, **LEAD_OR_PARTNER),
    Row(
        "/projekte/laufend/meilensteine/",
        method="post",
        data={"meilenstein-title": "Auftakt", "meilenstein-due_date": "2026-05-01"},
        **LEAD_ONLY,
    ),
    Row("/projekte/laufend/meilensteine/{ms}/", method="post", data={"done": "1"}, **LEAD_ONLY),
    Row("/projekte/laufend/ziele/", method="post", data={"ziel-baseline_year": "2022"}, **LEAD_ONLY),
    Row("/projekte/laufend/ziele/{target}/entfernen/", method="post", data={}, **LEAD_ONLY),
    Row("/cms/projekte/", **STAFF_ADMIN),
    Row("/cms/projekte/export/", **STAFF_ADMIN),
    Row("/cms/projekte/import/", **STAFF_ADMIN),
]

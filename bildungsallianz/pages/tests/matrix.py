"""Wagtail pages (served by Wagtail's catch-all): home, news, the legally required pages."""

from bildungsallianz.core.testing.matrix import HIDDEN, OK, Row


def world(ctx):
    from bildungsallianz.pages import demo

    demo.seed()
    return {}


EVERYONE = {"anonymous": OK, "editor_a": OK, "editor_b": OK, "wg_member": OK, "staff": OK}

ROWS = [
    Row(url="/", **EVERYONE),
    Row(url="/en/", **EVERYONE),
    Row(url="/aktuelles/", **EVERYONE),
    Row(url="/aktuelles/kooperationswerkstatt-2025/", **EVERYONE),
    Row(url="/impressum/", **EVERYONE),
    Row(url="/datenschutz/", **EVERYONE),
    Row(url="/barrierefreiheit/", **EVERYONE),
    Row(url="/gibt-es-nicht/", anonymous=HIDDEN, editor_a=HIDDEN, editor_b=HIDDEN, wg_member=HIDDEN, staff=HIDDEN),
]

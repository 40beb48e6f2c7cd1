"""Permission-matrix rows of the monitoring module (format: bildungsallianz/core/testing/matrix.py).

Public pages and CSV are open to everybody; the import flow and the
catalogue in the back office are for Bildungsbüro staff only (others are sent
to the login of the admin, which they cannot pass).
"""

from bildungsallianz.core.testing.matrix import HIDDEN, LOGIN, OK, REDIRECT, Row

EVERYONE = {"anonymous": OK, "editor_a": OK, "editor_b": OK, "wg_member": OK, "staff": OK}
NOBODY = {"anonymous": HIDDEN, "editor_a": HIDDEN, "editor_b": HIDDEN, "wg_member": HIDDEN, "staff": HIDDEN}
STAFF_ONLY = {"anonymous": LOGIN, "editor_a": LOGIN, "editor_b": LOGIN, "wg_member": LOGIN, "staff": OK}


def world(ctx=None):
    from bildungsallianz.monitoring.models import ImportRun, Indicator

    Indicator.objects.create(
        code="matrix-anteil",
        name="Anteil",
        definition="Test",
        theme="schule",
        unit="%",
        numerator={"source": "matrix", "variable": "A", "breakdown": {}},
    )
    run = ImportRun.objects.create(filename="matrix.csv", state=ImportRun.State.PREVIEWED, preview={"format": "x"})
    return {"indicator": "matrix-anteil", "run": run.pk}


ROWS = [
    Row("/daten/", **EVERYONE),
    Row("/daten/uebergang-schule-beruf/", **EVERYONE),
    Row("/daten/{indicator}/", **EVERYONE),
    Row("/daten/{indicator}/csv/", **EVERYONE),
    Row("/daten/gibt-es-nicht/", **NOBODY),
    Row("/daten/gibt-es-nicht/csv/", **NOBODY),
    Row("/cms/importlaeufe/", **STAFF_ONLY),
    Row("/cms/importlaeufe/hochladen/", **STAFF_ONLY),
    Row("/cms/importlaeufe/{run}/vorschau/", **STAFF_ONLY),
    Row(
        "/cms/importlaeufe/{run}/vorschau/",
        **{**STAFF_ONLY, "staff": REDIRECT},
        method="post",
        data={"action": "discard"},
    ),
    Row("/cms/indikatoren/", **STAFF_ONLY),
    Row("/cms/datenquellen/", **STAFF_ONLY),
    Row("/cms/gebietseinheiten/", **STAFF_ONLY),
]

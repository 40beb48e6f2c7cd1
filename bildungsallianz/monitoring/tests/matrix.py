"""Permission-matrix rows of the monitoring module (format: bildungsallianz/core/testing/matrix.py).

Public pages and CSV are open to everybody; the import flow and the
catalogue in the back office are for Bildungsbüro staff only (others are sent
to the login of the admin, which they cannot pass; a user whom Wagtail's own
groups let into the admin gets 404).
"""

from bildungsallianz.core.testing.matrix import HIDDEN, LOGIN, OK, REDIRECT, Row, StaffViewSet

EVERYONE = {"anonymous": OK, "editor_a": OK, "editor_b": OK, "wg_member": OK, "staff": OK}
NOBODY = {"anonymous": HIDDEN, "editor_a": HIDDEN, "editor_b": HIDDEN, "wg_member": HIDDEN, "staff": HIDDEN}
STAFF_ONLY = {"anonymous": LOGIN, "editor_a": LOGIN, "editor_b": LOGIN, "wg_member": LOGIN, "staff": OK}
STAFF_POST = {**STAFF_ONLY, "staff": REDIRECT, "cms_editor": HIDDEN}


def world(ctx=None):
    import datetime

    from bildungsallianz.monitoring.models import ImportRun, Indicator, LabelMapping, Region, RegionKeyChange, Source

    region = Region.objects.create(key="99999", name="Matrix-Kreis", level=Region.Level.KREIS)
    source = Source.objects.create(code="matrix-quelle", title="Matrix-Quelle")
    indicator = Indicator.objects.create(
        code="matrix-anteil",
        name="Anteil",
        definition="Test",
        theme="schule",
        unit="%",
        numerator={"source": "matrix", "variable": "A", "breakdown": {}},
    )
    run = ImportRun.objects.create(filename="matrix.csv", state=ImportRun.State.PREVIEWED, preview={"format": "x"})
    mapping = LabelMapping.objects.create(kind="category", old="Matrix-alt", new="Matrix-neu")
    key_change = RegionKeyChange.objects.create(
        old_key="99999001", new_key="99999002", effective=datetime.date(2020, 1, 1), kind="key_change"
    )
    return {
        "key_change_pk": key_change.pk,
        "mapping_pk": mapping.pk,
        "indicator": "matrix-anteil",
        "indicator_pk": indicator.pk,
        "region_pk": region.pk,
        "source_pk": source.pk,
        "run": run.pk,
        "run_obj": run,
    }


ROWS = [
    Row("/daten/", **EVERYONE),
    Row("/daten/uebergang-schule-beruf/", **EVERYONE),
    Row("/daten/{indicator}/", **EVERYONE),
    Row("/daten/{indicator}/csv/", **EVERYONE),
    Row("/daten/gibt-es-nicht/", **NOBODY),
    Row("/daten/gibt-es-nicht/csv/", **NOBODY),
    Row(
        "/cms/importlaeufe/{run}/vorschau/",
        method="post",
        data={"action": "discard"},
        unchanged="run_obj",
        **STAFF_POST,
    ),
    Row(
        "/cms/importlaeufe/{run}/vorschau/",
        method="post",
        data={"action": "execute"},
        unchanged="run_obj",
        **STAFF_POST,
    ),
]

# Back office (Wagtail model views with StaffOnlyViewSetMixin; the import run's upload and
# preview views are part of its viewset's namespace and get rows here too).
VIEWSETS = [
    StaffViewSet(namespace="importlaeufe", pk="{run}"),
    StaffViewSet(namespace="indikatoren", pk="{indicator_pk}"),
    StaffViewSet(namespace="datenquellen", pk="{source_pk}"),
    StaffViewSet(namespace="gebietseinheiten", pk="{region_pk}"),
    StaffViewSet(namespace="zuordnungen", pk="{mapping_pk}"),
    StaffViewSet(namespace="schluesselaenderungen", pk="{key_change_pk}"),
]

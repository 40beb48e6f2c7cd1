"""Ship the renamings of the 2024 school statistics and of the Regionaldatenbank's "-B" tables (issue 12).

From the school year 2023/24 the statistics name the school-leaving qualifications as the KMK
agreed („Erster Schulabschluss“ for the Hauptschulabschluss, „Mittlerer Schulabschluss“), and the
Regionaldatenbank publishes its tables again under codes ending in „-B“ (21111-02-06-4-B,
„regionale Ebenen“). Both are stored under the names the series has since 1995, so the indicators
of the catalogue go on; staff edit or remove them under „Zuordnungen über Jahrgänge“.
"""

from django.db import migrations

RENAMED_2024 = "Schulstatistik ab Schuljahr 2023/24 (KMK-Bezeichnung); bisherige Bezeichnung der Zeitreihe"
SHIPPED = [
    ("category", "Abschluss", "ohne Ersten Schulabschluss", "ohne Hauptschulabschluss", RENAMED_2024),
    ("category", "Abschluss", "mit Erstem Schulabschluss", "mit Hauptschulabschluss", RENAMED_2024),
    ("category", "Abschluss", "mit Mittlerem Schulabschluss", "mit Mittlerem Abschluss", RENAMED_2024),
    (
        "category",
        "Abschluss",
        "mit Allgemeiner und fachgebundener Hochschulreife",
        "mit allgemeiner Hochschulreife",
        RENAMED_2024 + " (die fünf Abschlüsse ergeben weiter die Summe)",
    ),
    *(
        ("source", "", f"{code}-B", code, "Regionaldatenbank: dieselbe Tabelle unter dem Code mit „-B“")
        for code in (
            "21111-02-06-4",
            "21121-02-02-4",
            "21111-01-03-4",
            "13211-02-05-4",
            "12411-01-01-4",
            "82411-01-03-4",
            "13111-01-03-4",
        )
    ),
]


def ship(apps, schema_editor):
    LabelMapping = apps.get_model("monitoring", "LabelMapping")
    for kind, dimension, old, new, note in SHIPPED:
        LabelMapping.objects.get_or_create(kind=kind, dimension=dimension, old=old, defaults={"new": new, "note": note})


def unship(apps, schema_editor):
    LabelMapping = apps.get_model("monitoring", "LabelMapping")
    for kind, dimension, old, _new, _note in SHIPPED:
        LabelMapping.objects.filter(kind=kind, dimension=dimension, old=old).delete()


class Migration(migrations.Migration):
    dependencies = [("monitoring", "0011_ship_key_changes_2008_2013")]

    operations = [migrations.RunPython(ship, unship)]

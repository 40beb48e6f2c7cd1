from django.db import migrations

# Seeded once; afterwards the Bildungsbüro edits them in the back office.
DEFAULTS = {
    "Azubi": "Ausbildung, Auszubildende",
    "Azubis": "Ausbildung, Auszubildende",
    "Lehre": "Ausbildung",
    "Lehrstelle": "Ausbildungsplatz",
    "Praktika": "Praktikum",
    "Kfz": "Kraftfahrzeug",
    "Kraftfahrzeug": "Kfz",
    "Job": "Stelle, Arbeit",
    "Nebenjob": "Minijob, Aushilfe",
    "Abi": "Abitur",
    "Deutschkurs": "Sprachkurs, Sprachförderung",
    "Sprachkurs": "Deutschkurs",
    "Nachhilfe": "Lernförderung",
    "Hauptschulabschluss": "Berufsreife",
    "Realschulabschluss": "Mittlere Reife, Sekundarabschluss",
    "Bewerbung": "Bewerbungstraining",
    "IT": "Informatik",
    "Kita": "Kindertagesstätte, Erzieher",
    "Uni": "Hochschule, Studium",
}


def seed(apps, schema_editor):
    Synonym = apps.get_model("search", "Synonym")
    for term, expansions in DEFAULTS.items():
        Synonym.objects.get_or_create(term=term, defaults={"expansions": expansions})


def unseed(apps, schema_editor):
    apps.get_model("search", "Synonym").objects.filter(term__in=DEFAULTS).delete()


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]
    operations = [migrations.RunPython(seed, unseed)]

from django.db import migrations


def ship(apps, schema_editor):
    """Add the key changes of 2008–2013 in data/key_changes.csv (idempotent; staff edits are kept)."""
    from bildungsallianz.monitoring.services.key_changes import key_changes_load

    key_changes_load(model=apps.get_model("monitoring", "RegionKeyChange"))


class Migration(migrations.Migration):
    dependencies = [
        ("monitoring", "0010_ship_key_changes_2016"),
    ]

    operations = [
        migrations.RunPython(ship, migrations.RunPython.noop),
    ]

from django.db import migrations


def ship(apps, schema_editor):
    """Add the key changes of 2016 to data/key_changes.csv's earlier rows (idempotent; staff edits are kept)."""
    from bildungsallianz.monitoring.services.key_changes import key_changes_load

    key_changes_load(model=apps.get_model("monitoring", "RegionKeyChange"))


class Migration(migrations.Migration):
    dependencies = [
        ("monitoring", "0009_region_key_changes"),
    ]

    operations = [
        migrations.RunPython(ship, migrations.RunPython.noop),
    ]

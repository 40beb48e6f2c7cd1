"""Rename ObservationRevision → PreviousValue ("revision" means the offer change copy elsewhere)."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("monitoring", "0002_private_storage"),
    ]

    operations = [
        migrations.RenameModel(old_name="ObservationRevision", new_name="PreviousValue"),
        migrations.AlterField(
            model_name="previousvalue",
            name="observation",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.CASCADE,
                related_name="previous_values",
                to="monitoring.observation",
            ),
        ),
        migrations.AlterField(
            model_name="previousvalue",
            name="import_run",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.PROTECT,
                related_name="previous_values",
                to="monitoring.importrun",
            ),
        ),
    ]

# The change copy of a published offer: ``revision_of`` becomes ``change_of``
# (one word per concept; "revision" means old values in monitoring).

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("offers", "0004_private_storage"),
    ]

    operations = [
        migrations.RenameField(model_name="offer", old_name="revision_of", new_name="change_of"),
        migrations.AlterField(
            model_name="offer",
            name="change_of",
            field=models.OneToOneField(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.CASCADE,
                related_name="change_copy",
                to="offers.offer",
                verbose_name="Änderung an",
            ),
        ),
    ]

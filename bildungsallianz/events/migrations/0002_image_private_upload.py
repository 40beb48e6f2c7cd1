# The event image becomes an upload of the partner (private until published, like offer images)
# instead of a reference to a Wagtail image nobody could choose from the partner form.

import django.core.validators
from django.db import migrations, models

import bildungsallianz.core.files
import bildungsallianz.offers.models


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0001_initial"),
    ]

    operations = [
        migrations.RemoveField(model_name="event", name="image"),
        migrations.AddField(
            model_name="event",
            name="image",
            field=models.ImageField(
                blank=True,
                help_text="JPG, PNG oder WebP, höchstens 2 MB.",
                storage=bildungsallianz.core.files.PrivateStorage("veranstaltungsbilder"),
                upload_to="veranstaltungen/%Y/",
                validators=[
                    bildungsallianz.offers.models.validate_image_size,
                    django.core.validators.FileExtensionValidator(["jpg", "jpeg", "png", "webp"]),
                ],
                verbose_name="Bild",
            ),
        ),
        migrations.AlterField(
            model_name="event",
            name="image_alt",
            field=models.CharField(
                blank=True,
                help_text="Was auf dem Bild zu sehen ist, für Menschen, die es nicht sehen können. Pflicht mit Bild.",
                max_length=200,
                verbose_name="Bildbeschreibung (Alternativtext)",
            ),
        ),
    ]

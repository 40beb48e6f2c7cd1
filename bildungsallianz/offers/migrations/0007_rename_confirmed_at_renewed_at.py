# Glossary (issue 7): an offer that is still current is "renewed", not "confirmed".
# RenameField keeps the data and works the same on SQLite and PostgreSQL.

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("offers", "0006_offer_contact_consent"),
    ]

    operations = [
        migrations.RenameField(model_name="offer", old_name="confirmed_at", new_name="renewed_at"),
    ]

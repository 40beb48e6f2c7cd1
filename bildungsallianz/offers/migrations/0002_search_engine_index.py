"""Engine objects of the offer search index: FTS5 table (SQLite) or tsvector + GIN (PostgreSQL)."""

from django.db import migrations

from bildungsallianz.search.backends import IndexSpec, get_backend

SPEC = IndexSpec(
    name="offers_offer", base_table="offers_offer", entry_table="offers_offerindexentry", key_column="offer_id"
)


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor in ("sqlite", "postgresql"):
        get_backend(schema_editor.connection).create(schema_editor, SPEC)


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor in ("sqlite", "postgresql"):
        get_backend(schema_editor.connection).drop(schema_editor, SPEC)


class Migration(migrations.Migration):
    dependencies = [("offers", "0001_initial")]
    operations = [migrations.RunPython(forwards, backwards)]

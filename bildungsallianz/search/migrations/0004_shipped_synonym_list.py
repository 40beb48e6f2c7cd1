from django.db import migrations


def seed(apps, schema_editor):
    """Add the entries of the shipped list (data/synonyms.tsv) that the table does not have yet;
    entries the Bildungsbüro already has (or changed) stay as they are."""
    from bildungsallianz.search.analysis.synonyms import load_synonym_file

    Synonym = apps.get_model("search", "Synonym")
    for term, expansions in load_synonym_file().items():
        Synonym.objects.get_or_create(term=term, defaults={"expansions": ", ".join(expansions)})


class Migration(migrations.Migration):
    dependencies = [("search", "0003_alter_synonym_term")]
    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]

"""Add the entries of the shipped synonym list that the database does not have yet."""

from django.core.management.base import BaseCommand

from bildungsallianz.search.services import synonyms_load_shipped


class Command(BaseCommand):
    help = "Ergänzt die Such-Synonyme um neue Einträge der mitgelieferten Liste (data/synonyms.tsv)."

    def handle(self, *args, **options):
        created = synonyms_load_shipped()
        self.stdout.write(f"{created} neue Such-Synonyme angelegt.")

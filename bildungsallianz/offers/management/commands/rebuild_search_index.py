from django.core.management.base import BaseCommand

from ...indexing import rebuild_index


class Command(BaseCommand):
    help = "Baut den Suchindex der Angebote neu auf."

    def handle(self, *args, **options):
        count = rebuild_index()
        self.stdout.write(self.style.SUCCESS(f"{count} veröffentlichte Angebote im Suchindex."))

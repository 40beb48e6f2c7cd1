"""Daily job: delete or anonymise personal data after its retention period; sweep unneeded private files.

Idempotent: a second run on the same day changes nothing.
"""

from django.core.management.base import BaseCommand

from bildungsallianz.core.files import sweep_private_files


class Command(BaseCommand):
    help = "Löscht personenbezogene Daten nach Ablauf der Aufbewahrungsfristen und nicht mehr benötigte Dateien."

    def handle(self, *args, **options):
        from bildungsallianz.core.privacy import purge_expired

        for label, count in purge_expired().items():
            self.stdout.write(f"{label}: {count}")
        self.stdout.write(f"Nicht mehr benötigte Dateien gelöscht: {sweep_private_files()}")

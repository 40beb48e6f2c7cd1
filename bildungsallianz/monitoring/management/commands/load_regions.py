from django.core.management.base import BaseCommand

from bildungsallianz.monitoring.services import regions_load


class Command(BaseCommand):
    help = "Lädt Bund, 16 Länder, Regierungsbezirke und 400 Kreise aus der mitgelieferten Datei (idempotent)."

    def handle(self, *args, **options):
        counts = regions_load()
        self.stdout.write(
            f"Gebietseinheiten: {counts['total']} insgesamt, {counts['created']} neu, {counts['changed']} geändert, "
            f"{counts['agencies']} Agenturbezirke."
        )

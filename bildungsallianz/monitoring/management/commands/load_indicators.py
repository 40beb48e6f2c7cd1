from django.core.management.base import BaseCommand

from bildungsallianz.monitoring.services import indicators_load, indicators_recompute


class Command(BaseCommand):
    help = "Lädt den Indikatorenkatalog und die Datenquellen (idempotent) und berechnet alle Indikatorwerte neu."

    def handle(self, *args, **options):
        counts = indicators_load()
        values = indicators_recompute()
        self.stdout.write(f"{counts['indicators']} Indikatoren, {counts['sources']} Quellen, {values} Werte berechnet.")

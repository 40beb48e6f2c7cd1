"""Load the Pirmasens demo data. Idempotent: running it twice changes nothing.

Each module registers its seeder with the core (``Component.seed_demo`` in its
``AppConfig.ready()``, see ``core/registry.py``); they run in the components'
``order``, so the alliance comes before pages, offers and statistics.
"""

from django.core.management.base import BaseCommand
from django.db import transaction

from bildungsallianz.core.registry import components


class Command(BaseCommand):
    help = "Lädt die Demodaten (Pirmasens). Mehrfaches Ausführen ändert nichts."

    def handle(self, *args, **options):
        for _component, seed in components.refs("seed_demo"):
            with transaction.atomic():
                seed(stdout=self.stdout)
        self.stdout.write(self.style.SUCCESS("Demodaten sind geladen."))

"""Load the Pirmasens demo data. Idempotent: running it twice changes nothing.

Each app that has demo data provides `<app>.demo.seed(stdout)`; they run in the
order of INSTALLED_APPS, so the alliance comes before offers and statistics.
"""

from importlib import import_module

from django.apps import apps
from django.core.management.base import BaseCommand
from django.db import transaction


class Command(BaseCommand):
    help = "Lädt die Demodaten (Pirmasens). Mehrfaches Ausführen ändert nichts."

    def handle(self, *args, **options):
        for config in apps.get_app_configs():
            if not config.name.startswith("bildungsallianz."):
                continue
            try:
                module = import_module(f"{config.name}.demo")
            except ModuleNotFoundError as exc:
                if exc.name != f"{config.name}.demo":
                    raise
                continue
            with transaction.atomic():
                module.seed(stdout=self.stdout)
        self.stdout.write(self.style.SUCCESS("Demodaten sind geladen."))

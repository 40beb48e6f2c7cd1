from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from ...occupations import ATTRIBUTION, SHARED_FILE, SUBSET, load_occupations


class Command(BaseCommand):
    help = "Lädt die Berufsgattungen der KldB 2010 (Fassung 2020). Quelle: " + ATTRIBUTION

    def add_arguments(self, parser):
        parser.add_argument("path", nargs="?", help=f"CSV-Datei der Bundesagentur (Standard: {SHARED_FILE})")
        parser.add_argument("--subset", action="store_true", help="nur den mitgelieferten Auszug laden")

    def handle(self, *args, path=None, subset=False, **options):
        source = SUBSET if subset else Path(path) if path else SHARED_FILE
        if not source.exists():
            raise CommandError(f"Datei nicht gefunden: {source}")
        count = load_occupations(source)
        self.stdout.write(self.style.SUCCESS(f"{count} Berufsgattungen geladen ({ATTRIBUTION})."))

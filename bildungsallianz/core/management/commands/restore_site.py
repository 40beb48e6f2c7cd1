from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from bildungsallianz.core.backup import BackupError, backup_restore


class Command(BaseCommand):
    help = "Stellt Datenbank und hochgeladene Dateien aus einem Archiv von backup_site wieder her (ersetzt beides)."

    def add_arguments(self, parser):
        parser.add_argument("archive", type=Path)
        parser.add_argument("--yes", action="store_true", help="ohne Rückfrage: der jetzige Stand wird ersetzt")

    def handle(self, *args, archive, yes, **options):
        if not archive.is_file():
            raise CommandError(f"Archiv nicht gefunden: {archive}")
        if not yes:
            raise CommandError("Die Wiederherstellung ersetzt Datenbank und Dateien. Bestätigen Sie mit --yes.")
        try:
            meta = backup_restore(archive=archive)
        except BackupError as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(self.style.SUCCESS(f"Wiederhergestellt: Sicherung vom {meta['created']}."))

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from bildungsallianz.core.backup import BackupError, backup_create


class Command(BaseCommand):
    help = "Sichert Datenbank und hochgeladene Dateien (MEDIA_ROOT) in ein Archiv."

    def add_arguments(self, parser):
        parser.add_argument("target_dir", type=Path, help="Verzeichnis für das Archiv")

    def handle(self, *args, target_dir, **options):
        try:
            archive = backup_create(target_dir=target_dir)
        except BackupError as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(str(archive))

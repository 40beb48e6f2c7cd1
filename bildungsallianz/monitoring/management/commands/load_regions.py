from django.core.management.base import BaseCommand

from bildungsallianz.monitoring.services import regions_load
from bildungsallianz.monitoring.services.key_changes import key_changes_load
from bildungsallianz.monitoring.services.regions import GEMEINDEN_FILE


class Command(BaseCommand):
    help = (
        "Lädt Bund, 16 Länder, Regierungsbezirke und 400 Kreise aus der mitgelieferten Datei (idempotent); "
        "mit --gemeinden zusätzlich alle Gemeinden und Gemeindeverbände (Gemeindeverzeichnis) und die "
        "mitgelieferten Schlüsseländerungen."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--gemeinden",
            action="store_true",
            help="Auch alle ~10.850 Gemeinden und ~1.200 Gemeindeverbände laden (etwa eine Sekunde).",
        )

    def handle(self, *args, **options):
        counts = regions_load(gemeinden_path=GEMEINDEN_FILE if options["gemeinden"] else None)
        self.stdout.write(
            f"Gebietseinheiten: {counts['total']} insgesamt, {counts['created']} neu, {counts['changed']} geändert, "
            f"{counts['agencies']} Agenturbezirke."
        )
        if options["gemeinden"]:
            added = key_changes_load()
            self.stdout.write(f"Schlüsseländerungen der Gemeinden: {added} neu (mitgeliefert, Destatis).")

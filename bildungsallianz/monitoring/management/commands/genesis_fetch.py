from django.core.management.base import BaseCommand, CommandError

from bildungsallianz.monitoring.services import ImportFailed
from bildungsallianz.monitoring.services.genesis import genesis_fetch


class Command(BaseCommand):
    help = (
        "Holt die Tabellen, die veröffentlichte Indikatoren lesen, aus dem GENESIS-Webservice und importiert sie "
        "(Zugangsdaten aus GENESIS_USERNAME/GENESIS_PASSWORD, für Tabellen des Statistischen Bundesamts "
        "GENESIS_ONLINE_USERNAME/GENESIS_ONLINE_PASSWORD; idempotent, für cron)."
    )

    def add_arguments(self, parser):
        parser.add_argument("tables", nargs="*", help="Tabellencodes (sonst alle, die Indikatoren lesen)")

    def handle(self, *args, tables, **options):
        try:
            results = genesis_fetch(tables=tables or None)
        except ImportFailed as exc:
            raise CommandError(" ".join(exc.messages)) from exc
        for r in results:
            if r.state == "imported":
                self.stdout.write(f"{r.table}: importiert ({r.new} neu, {r.changed} geändert)")
            else:
                self.stdout.write(f"{r.table}: {'unverändert' if r.state == 'unchanged' else 'FEHLER'} – {r.message}")
        failed = [r.table for r in results if r.state == "failed"]
        if failed:
            raise CommandError(f"Nicht importiert: {', '.join(failed)}")

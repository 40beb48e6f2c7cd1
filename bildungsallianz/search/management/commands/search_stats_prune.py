"""Delete search statistics older than the retention period (run daily, e.g. from cron)."""

from django.core.management.base import BaseCommand

from bildungsallianz.search.services import STATS_RETENTION_DAYS, search_stats_prune


class Command(BaseCommand):
    help = f"Löscht Suchstatistik, die älter als {STATS_RETENTION_DAYS} Tage ist."

    def handle(self, *args, **options):
        deleted = search_stats_prune()
        self.stdout.write(f"{deleted} Einträge der Suchstatistik gelöscht.")

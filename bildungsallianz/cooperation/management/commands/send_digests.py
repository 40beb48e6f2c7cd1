from django.conf import settings
from django.core.management.base import BaseCommand

from bildungsallianz.cooperation.digest import send_digests


class Command(BaseCommand):
    help = "Sendet die tägliche Zusammenfassung (eine E-Mail je Person und Tag; mehrfaches Ausführen schadet nicht)."

    def handle(self, *args, **options):
        sent = send_digests(base_url=settings.SITE_URL)
        self.stdout.write(f"{sent} Zusammenfassung(en) versendet.")

"""Give every offer place without a point the centre of its Gemeinde (core.geo; no network)."""

from django.core.management.base import BaseCommand

from bildungsallianz.offers.services import locate_places_without_point


class Command(BaseCommand):
    help = "Verortet Angebotsorte ohne Koordinaten am Mittelpunkt ihrer Gemeinde (ohne externen Dienst)."

    def handle(self, *args, **options):
        count = locate_places_without_point()
        self.stdout.write(f"{count} Orte verortet.")

from django.core.management.base import BaseCommand

from ...services import registrations_purge


class Command(BaseCommand):
    help = "Löscht Anmeldedaten (Name, E-Mail) vergangener Veranstaltungen nach ihrer Aufbewahrungsfrist. Täglich."

    def handle(self, *args, **options):
        count = registrations_purge()
        self.stdout.write(f"{count} Anmeldungen gelöscht.")

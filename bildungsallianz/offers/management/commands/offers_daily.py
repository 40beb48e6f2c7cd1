from django.core.management.base import BaseCommand

from ...services import offer_expire_due, offer_send_reminders


class Command(BaseCommand):
    help = "Tägliche Pflege der Angebote: abgelaufene ausblenden, Erinnerungen nach 6 Monaten senden. Idempotent."

    def handle(self, *args, **options):
        expired = offer_expire_due()
        reminded = offer_send_reminders()
        self.stdout.write(self.style.SUCCESS(f"{expired} Angebote abgelaufen, {reminded} Erinnerungen gesendet."))

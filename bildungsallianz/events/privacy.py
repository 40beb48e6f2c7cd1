"""Personal data of the events module: registrations (registered with core.privacy in apps.py)."""

from .models import Registration


def find_registrations(email):
    return [
        {
            "event": r.event.title,
            "name": r.name,
            "email": r.email,
            "status": r.get_status_display(),
            "consent_at": r.consent_at,
        }
        for r in Registration.objects.filter(email__iexact=email).select_related("event")
    ]


def erase_registrations(email):
    return Registration.objects.filter(email__iexact=email).delete()[0]


def purge_registrations(now):
    from .services import registrations_purge

    return registrations_purge(now=now)

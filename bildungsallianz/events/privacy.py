"""Personal data of the events module: registrations (registered with core.privacy in apps.py)."""

from .models import Registration, RegistrationStatus


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
    """Cancel first (a freed seat goes to the waiting list), then delete every registration of the address."""
    from .services import registration_cancel

    rows = Registration.objects.filter(email__iexact=email)
    for registration in rows.exclude(status=RegistrationStatus.CANCELLED).select_related("event"):
        registration_cancel(registration=registration)
    return rows.delete()[0]


def purge_registrations(now):
    from .services import registrations_purge

    return registrations_purge(now=now)

"""Personal data of the organisations module: contact persons (registered in apps.py)."""

from .models import Contact


def find_contacts(email):
    return [
        {
            "organisation": c.organisation.name,
            "name": c.name,
            "function": c.function,
            "email": c.email,
            "phone": c.phone,
            "consent_public": c.consent_public,
            "consent_recorded_at": c.consent_recorded_at,
            "consent_note": c.consent_note,
        }
        for c in Contact.objects.filter(email__iexact=email).select_related("organisation")
    ]


def erase_contacts(email):
    return Contact.objects.filter(email__iexact=email).delete()[0]

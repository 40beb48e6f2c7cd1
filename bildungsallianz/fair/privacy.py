"""Personal data of the fair (BIB): teachers of class registrations and exhibitors' contacts
(registered with core.privacy in apps.py). The registrations stay for the fair's planning;
the person is removed."""

import datetime

from bildungsallianz.core.clock import local_date

from .models import ClassRegistration, Exhibitor

ANONYMOUS_EMAIL = "anonymisiert@anonym.invalid"
RETENTION_DAYS = 30  # after the fair; the consent text on the class form promises deletion after the fair


def find_fair_contacts(email):
    classes = ClassRegistration.objects.filter(contact_email__iexact=email).select_related("school", "edition")
    exhibitors = Exhibitor.objects.filter(contact_email__iexact=email).select_related("organisation", "edition")
    return [
        {"kind": "Klassenanmeldung", "about": str(c), "contact_name": c.contact_name, "contact_email": c.contact_email}
        for c in classes
    ] + [
        {"kind": "Aussteller", "about": str(e), "contact_name": e.contact_name, "contact_email": e.contact_email}
        for e in exhibitors
    ]


def erase_fair_contacts(email):
    values = {"contact_name": "", "contact_email": ANONYMOUS_EMAIL}
    return ClassRegistration.objects.filter(contact_email__iexact=email).update(**values) + Exhibitor.objects.filter(
        contact_email__iexact=email
    ).update(**values)


def purge_fair_contacts(now):
    """Idempotent retention: anonymise contacts of editions that lie more than RETENTION_DAYS back."""
    cutoff = local_date(now) - datetime.timedelta(days=RETENTION_DAYS)
    values = {"contact_name": "", "contact_email": ANONYMOUS_EMAIL}
    past = {"edition__date__lt": cutoff}
    return ClassRegistration.objects.filter(**past).exclude(contact_email=ANONYMOUS_EMAIL).update(
        **values
    ) + Exhibitor.objects.filter(**past).exclude(contact_email=ANONYMOUS_EMAIL).update(**values)

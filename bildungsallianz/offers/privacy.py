"""Personal data of the offers module: contact persons of offers (registered in apps.py)."""

import datetime

from bildungsallianz.core.privacy import retention_days
from bildungsallianz.core.review.states import ReviewStatus

from .models import Offer


def find_offer_contacts(email):
    return [
        {
            "offer": o.title,
            "provider": o.provider.name,
            "contact_name": o.contact_name,
            "contact_email": o.contact_email,
            "contact_phone": o.contact_phone,
        }
        for o in Offer.objects.filter(contact_email__iexact=email).select_related("provider")
    ]


def erase_offer_contacts(email):
    return Offer.objects.filter(contact_email__iexact=email).update(contact_name="", contact_email="", contact_phone="")


def purge_expired_offer_contacts(now):
    """Contact fields of offers expired longer than the retention period are emptied."""
    cutoff = now - datetime.timedelta(days=retention_days("expired_offer_contacts"))
    old = Offer.objects.filter(status=ReviewStatus.EXPIRED, expired_at__lt=cutoff).exclude(
        contact_name="", contact_email="", contact_phone=""
    )
    return old.update(contact_name="", contact_email="", contact_phone="")

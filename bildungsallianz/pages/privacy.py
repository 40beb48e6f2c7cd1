"""Personal data of the pages app: the reply address of feedback on barriers (registered in apps.py)."""

import datetime

from bildungsallianz.core.privacy import retention_days

from .models import AccessibilityFeedback


def find_accessibility_feedback(email):
    return [
        {"message": f.message, "reply_email": f.reply_email, "consent_at": f.consent_at, "created_at": f.created_at}
        for f in AccessibilityFeedback.objects.filter(reply_email__iexact=email)
    ]


def erase_accessibility_feedback(email):
    """The message may describe the person; it goes with the address."""
    return (
        AccessibilityFeedback.objects.filter(reply_email__iexact=email)
        .delete()[1]
        .get("pages.AccessibilityFeedback", 0)
    )


def purge_accessibility_feedback(now):
    cutoff = now - datetime.timedelta(days=retention_days("accessibility_feedback"))
    return AccessibilityFeedback.objects.expired(cutoff=cutoff).delete()[1].get("pages.AccessibilityFeedback", 0)

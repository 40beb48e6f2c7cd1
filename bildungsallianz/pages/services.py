"""Writes of the pages app: feedback on barriers (stored for staff, sent to the Bildungsbüro)."""

from django.db import transaction
from django.utils import timezone

from bildungsallianz.core.mail import send_templated_mail

from .models import AccessibilityFeedback


def accessibility_feedback_submit(*, message: str, reply_email: str, recipient: str, now=None) -> AccessibilityFeedback:
    """Store the feedback (consent given now) and send it to the Bildungsbüro after the commit."""
    now = now or timezone.now()
    feedback = AccessibilityFeedback(message=message, reply_email=reply_email, consent_at=now)
    feedback.full_clean()
    feedback.save()
    if recipient:
        transaction.on_commit(
            lambda: send_templated_mail(
                template="pages/emails/accessibility_feedback", to=[recipient], context={"feedback": feedback}
            )
        )
    return feedback

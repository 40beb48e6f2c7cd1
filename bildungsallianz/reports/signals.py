"""Publishing a report in Wagtail freezes its data as a new edition."""

from django.dispatch import receiver
from wagtail.signals import page_published

from .models import ReportPage


@receiver(page_published, sender=ReportPage)
def freeze_on_publish(sender, instance, revision=None, **kwargs):
    from .services import edition_publish

    edition_publish(report=instance, by=getattr(revision, "user", None), revision_id=getattr(revision, "pk", None))

import pytest
from django.core.management import call_command

from bildungsallianz.fair.models import ClassRegistration, Edition, Exhibitor

pytestmark = pytest.mark.django_db


def test_the_demo_fair_is_scheduled_published_and_seeding_twice_changes_nothing():
    call_command("seed_demo")
    edition = Edition.objects.get(slug="bib-2025")
    counts = (Exhibitor.objects.count(), ClassRegistration.objects.count())
    assert 110 <= counts[0] <= 130 and 120 <= counts[1] <= 160
    assert edition.schedule_is_published
    assert not ClassRegistration.objects.filter(edition=edition, slot__isnull=True).exists()
    assert ClassRegistration.objects.filter(language="fr").exists()
    call_command("seed_demo")
    assert (Exhibitor.objects.count(), ClassRegistration.objects.count()) == counts

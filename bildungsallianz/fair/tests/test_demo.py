import io

import pytest

from bildungsallianz.core.registry import components
from bildungsallianz.fair.models import ClassRegistration, Edition, Exhibitor, Feedback
from bildungsallianz.fair.selectors import edition_figures

pytestmark = pytest.mark.django_db


def _seed_up_to_the_fair():
    """The registered demo seeders in their order, up to and including the fair (later modules
    build on the fair's data and are tested by their own demo tests)."""
    fair = components.get("fair").order
    for component, seed in components.refs("seed_demo"):
        if component.order <= fair:
            seed(stdout=io.StringIO())


def _counts():
    return (Exhibitor.objects.count(), ClassRegistration.objects.count(), Feedback.objects.count())


def test_the_demo_fairs_are_scheduled_published_and_seeding_twice_changes_nothing():
    _seed_up_to_the_fair()
    edition = Edition.objects.get(slug="bib-2025")
    exhibitors, classes = edition.exhibitors.count(), edition.class_registrations.count()
    assert 110 <= exhibitors <= 130 and 120 <= classes <= 160
    assert edition.schedule_is_published
    assert not ClassRegistration.objects.filter(slot__isnull=True).exists()
    assert ClassRegistration.objects.filter(edition=edition, language="fr").exists()
    figures = {f.slug: f for f in edition_figures()}
    assert {"bib-2024", "bib-2025", "bib-2027"} <= set(figures)
    assert figures["bib-2024"].feedback > 0 and figures["bib-2025"].satisfaction is not None
    counts = _counts()
    _seed_up_to_the_fair()
    assert _counts() == counts

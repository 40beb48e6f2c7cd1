"""The edition's figures flow into the monitoring module as local data (/daten/), per edition year."""

import datetime

import pytest
from django.core.exceptions import ValidationError

from bildungsallianz.fair import services
from bildungsallianz.fair.figures import figures_to_monitoring
from bildungsallianz.monitoring.models import Indicator, Observation, Region

from .factories import ClassRegistrationFactory, EditionFactory, ExhibitorFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def own_region(settings):
    return Region.objects.create(key=getattr(settings, "MUNICIPALITY_AGS", "07317"), name="Pirmasens", level="kreis")


def _edition(year, pupils):
    edition = EditionFactory(slug=f"bib-{year}", date=datetime.date(year, 9, 18))
    ClassRegistrationFactory(edition=edition, pupils=pupils)
    exhibitor = ExhibitorFactory(edition=edition, apprenticeship_places=4)
    services.exhibitor_confirm(exhibitor=exhibitor, stand_number="A1", by=None)
    return edition


def _values(code):
    rows = Observation.objects.filter(variable__source__code="bib", variable__code=code).order_by("period")
    return [(o.period, o.value) for o in rows]


def test_each_edition_becomes_one_year_of_local_observations_and_a_second_run_changes_nothing(own_region):
    figures_to_monitoring(edition=_edition(2024, 20))
    latest = _edition(2025, 25)
    run = figures_to_monitoring(edition=latest)
    assert run.count_new == 5
    assert _values("bib-schuelerinnen-schueler") == [("2024", 20), ("2025", 25)]
    assert _values("bib-plaetze") == [("2024", 4), ("2025", 4)]
    assert Indicator.objects.filter(code__in=["bib-schuelerinnen-schueler", "bib-aussteller"]).count() == 2
    again = figures_to_monitoring(edition=latest)
    assert (again.count_new, again.count_changed) == (0, 0)


def test_without_the_own_region_a_german_message_and_nothing_written():
    with pytest.raises(ValidationError, match="Gebietseinheit"):
        figures_to_monitoring(edition=_edition(2025, 25))
    assert not Observation.objects.exists()


def test_staff_take_the_figures_over_from_the_feedback_page(client, staff, own_region):
    edition = _edition(2025, 22)
    client.force_login(staff)
    assert (
        "Zahlen ins Bildungsmonitoring übernehmen" in client.get(f"/bib/{edition.slug}/verwaltung/rueckmeldungen/").text
    )
    response = client.post(f"/bib/{edition.slug}/verwaltung/zahlen-monitoring/", follow=True)
    assert "Ins Bildungsmonitoring übernommen: 5 neue" in response.text
    assert _values("bib-schuelerinnen-schueler") == [("2025", 22)]

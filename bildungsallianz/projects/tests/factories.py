import datetime
from decimal import Decimal

import factory
from django.utils import timezone

from bildungsallianz.organisations.tests.factories import OrganisationFactory
from bildungsallianz.projects.models import IndicatorTarget, Milestone, ProgressUpdate, Project


class ProjectFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Project
        django_get_or_create = ("slug",)

    title = factory.Sequence(lambda n: f"Projekt {n}")
    slug = factory.Sequence(lambda n: f"projekt-{n}")
    summary = "Ein gemeinsames Projekt der Allianz."
    lead_organisation = factory.SubFactory(OrganisationFactory)
    status = Project.State.RUNNING
    last_activity_at = factory.LazyFunction(timezone.now)


class MilestoneFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Milestone

    project = factory.SubFactory(ProjectFactory)
    title = factory.Sequence(lambda n: f"Meilenstein {n}")
    due_date = datetime.date(2026, 6, 30)


class ProgressUpdateFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ProgressUpdate

    project = factory.SubFactory(ProjectFactory)
    text = "Es geht voran."
    created_at = factory.LazyFunction(timezone.now)


def indicator_with_values(code="schulabgaenge-ohne-hauptschulabschluss-anteil", values=None):
    """An indicator of the monitoring with values for the own municipality (key from settings)."""
    from django.conf import settings

    from bildungsallianz.monitoring.models import Indicator, IndicatorValue, Region

    region, _ = Region.objects.get_or_create(
        key=settings.MUNICIPALITY_AGS, defaults={"name": "Pirmasens", "level": Region.Level.KREIS}
    )
    indicator, _ = Indicator.objects.get_or_create(
        code=code,
        defaults={
            "name": "Anteil der Schulabgänge ohne Hauptschulabschluss",
            "short_name": "Anteil ohne Hauptschulabschluss",
            "definition": "Je 100 Abgänge.",
            "theme": Indicator._meta.get_field("theme").choices[0][0],
            "numerator": {},
            "unit": "%",
            "decimals": 1,
        },
    )
    for year, value in (values or {2021: "9.8", 2022: "10.4", 2023: "8.9"}).items():
        IndicatorValue.objects.update_or_create(
            indicator=indicator, region=region, period=str(year), defaults={"year": year, "value": Decimal(value)}
        )
    return indicator, region


def target_for(project, *, baseline_year=2022, target_year=2027, **kwargs):
    indicator, region = indicator_with_values(**kwargs)
    return IndicatorTarget.objects.create(
        project=project,
        indicator=indicator,
        region=region,
        baseline_value=Decimal("10.4"),
        baseline_year=baseline_year,
        target_value=Decimal("7.0"),
        target_year=target_year,
    )

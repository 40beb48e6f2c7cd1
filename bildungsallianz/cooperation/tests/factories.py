import datetime

import factory
from django.utils import timezone

from bildungsallianz.cooperation.models import (
    ActionItem,
    GroupMembership,
    Idea,
    Meeting,
    WorkingGroup,
    Workshop,
    WorkshopTable,
)


class WorkingGroupFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = WorkingGroup
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"Arbeitsgruppe {n}")
    slug = factory.Sequence(lambda n: f"arbeitsgruppe-{n}")
    purpose = "Wir verbessern gemeinsam den Übergang von der Schule in den Beruf."
    is_public = True


class GroupMembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = GroupMembership

    group = factory.SubFactory(WorkingGroupFactory)


class MeetingFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Meeting

    group = factory.SubFactory(WorkingGroupFactory)
    title = factory.Sequence(lambda n: f"Sitzung {n}")
    starts_at = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=7))
    place = "Rathaus Pirmasens"
    agenda = "Begrüßung\nBerichte\nVerschiedenes"


class ActionItemFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ActionItem

    group = factory.SubFactory(WorkingGroupFactory)
    title = factory.Sequence(lambda n: f"Aufgabe {n}")


class WorkshopFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Workshop
        django_get_or_create = ("slug",)

    title = "Kooperationswerkstatt"
    slug = factory.Sequence(lambda n: f"werkstatt-{n}")
    date = datetime.date(2025, 3, 21)
    phase = Workshop.Phase.SUPPORTING
    dots_per_participant = 3
    code = factory.Sequence(lambda n: f"CODE{n:02d}")


class WorkshopTableFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = WorkshopTable

    workshop = factory.SubFactory(WorkshopFactory)
    name = factory.Sequence(lambda n: f"Tisch {n}")


class IdeaFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Idea

    workshop = factory.SubFactory(WorkshopFactory)
    title = factory.Sequence(lambda n: f"Idee {n}")
    description = "Eine Idee für junge Menschen."

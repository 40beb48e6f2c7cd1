import datetime

import factory

from bildungsallianz.core.review.states import ReviewStatus
from bildungsallianz.events.models import Event, Registration, RegistrationStatus
from bildungsallianz.organisations.tests.factories import OrganisationFactory

START = datetime.datetime(2030, 3, 12, 18, 0, tzinfo=datetime.UTC)


class EventFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Event

    organiser = factory.SubFactory(OrganisationFactory)
    title = factory.Sequence(lambda n: f"Infoabend {n}")
    slug = factory.Sequence(lambda n: f"infoabend-{n}")
    summary = "Alles über Ausbildung in Pirmasens."
    starts_at = START
    ends_at = START + datetime.timedelta(hours=2)
    venue = "Rheinberger, Fröhnstraße 8, 66954 Pirmasens"
    status = ReviewStatus.PUBLISHED
    published_at = START - datetime.timedelta(days=30)


class RegistrationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Registration

    event = factory.SubFactory(EventFactory, registration_mode="hier", capacity=10)
    name = "Pat Muster"
    email = factory.Sequence(lambda n: f"person{n}@example.org")
    status = RegistrationStatus.CONFIRMED
    consent_at = START - datetime.timedelta(days=3)

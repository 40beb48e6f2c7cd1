import datetime

import factory
from django.utils import timezone

from bildungsallianz.charter.models import Charter, FieldOfAction, Goal, JoinRequest, Principle, Signature, TargetGroup
from bildungsallianz.organisations.tests.factories import OrganisationFactory


class CharterFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Charter
        django_get_or_create = ("version",)

    title = "Charta der Bildungsallianz"
    version = "2025"
    preamble = "Gemeinsam für gute Bildung."
    adopted_on = datetime.date(2025, 8, 29)
    is_current = True


class FieldOfActionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = FieldOfAction
        django_get_or_create = ("slug",)

    number = factory.Sequence(lambda n: n + 1)
    slug = factory.Sequence(lambda n: f"feld-{n + 1}")
    title = factory.Sequence(lambda n: f"Handlungsfeld {n + 1}")


class TargetGroupFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = TargetGroup
        django_get_or_create = ("slug",)

    slug = factory.Sequence(lambda n: f"zielgruppe-{n}")
    name = factory.Sequence(lambda n: f"Zielgruppe {n}")


class PrincipleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Principle

    charter = factory.SubFactory(CharterFactory)
    number = factory.Sequence(lambda n: n + 1)
    title = factory.Sequence(lambda n: f"Leitprinzip {n + 1}")


class GoalFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Goal

    charter = factory.SubFactory(CharterFactory)
    field_of_action = factory.SubFactory(FieldOfActionFactory)
    text = factory.Sequence(lambda n: f"Ziel {n}")


class SignatureFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Signature

    charter = factory.SubFactory(CharterFactory)
    organisation = factory.SubFactory(OrganisationFactory)
    signatory_name = "Erika Beispiel"
    signatory_function = "Geschäftsführung"
    signed_on = datetime.date(2025, 8, 29)
    confirmed = True


class JoinRequestFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = JoinRequest

    organisation_name = factory.Sequence(lambda n: f"Antragstellerin {n}")
    sector = "unternehmen"
    description = "Wir bilden aus."
    street = "Hauptstraße 1"
    postcode = "66953"
    city = "Pirmasens"
    contact_name = "Alex Antrag"
    contact_email = factory.Sequence(lambda n: f"antrag{n}@example.org")
    proposed_commitment = "Praktikumsplätze anbieten"
    consent_at = factory.LazyFunction(timezone.now)

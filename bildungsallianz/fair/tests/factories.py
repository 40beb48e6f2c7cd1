import datetime

import factory
from django.utils import timezone

from bildungsallianz.core.review.states import ReviewStatus
from bildungsallianz.fair.models import ClassRegistration, Edition, Exhibitor, School, Slot
from bildungsallianz.organisations.tests.factories import OrganisationFactory


class EditionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Edition
        django_get_or_create = ("slug",)
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"BIB {2030 + n}")
    slug = factory.Sequence(lambda n: f"bib-{2030 + n}")
    date = datetime.date(2030, 9, 18)
    venue = "Messe Pirmasens, Halle 1"
    hall_capacity = 100
    exhibitors_open = datetime.date(2020, 1, 1)
    exhibitors_close = datetime.date(2030, 9, 1)
    schools_open = datetime.date(2020, 1, 1)
    schools_close = datetime.date(2030, 9, 1)
    is_published = True

    @factory.post_generation
    def slots(self, create, extracted, **kwargs):
        if not create:
            return
        for position in range(extracted if extracted is not None else 3):
            Slot.objects.create(
                edition=self,
                position=position,
                starts_at=datetime.time(8 + 2 * position),
                ends_at=datetime.time(10 + 2 * position),
            )


class SchoolFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = School
        django_get_or_create = ("name",)

    name = factory.Sequence(lambda n: f"Schule {n}")
    city = "Pirmasens"


class ClassRegistrationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ClassRegistration

    edition = factory.SubFactory(EditionFactory)
    school = factory.SubFactory(SchoolFactory)
    class_name = factory.Sequence(lambda n: f"9{chr(97 + n % 26)}")
    level = 9
    pupils = 24
    teachers = 2
    contact_name = "Frau Lehrerin"
    contact_email = factory.Sequence(lambda n: f"lehrkraft{n}@schule.example")
    travel_minutes = 15
    consent_at = factory.LazyFunction(timezone.now)


class ExhibitorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Exhibitor

    edition = factory.SubFactory(EditionFactory)
    organisation = factory.SubFactory(OrganisationFactory)
    contact_name = "Herr Ausbilder"
    contact_email = "ausbildung@example.org"
    status = ReviewStatus.SUBMITTED  # registering submits the entry for review

import factory

from bildungsallianz.organisations.models import Contact, Organisation, Sector


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisation
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"Partner {n}")
    slug = factory.Sequence(lambda n: f"partner-{n}")
    sector = Sector.COMPANY
    city = "Pirmasens"
    postcode = "66953"
    description = "Eine Organisation für Tests."


class ContactFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Contact

    organisation = factory.SubFactory(OrganisationFactory)
    name = factory.Sequence(lambda n: f"Person {n}")
    function = "Ausbildungsleitung"

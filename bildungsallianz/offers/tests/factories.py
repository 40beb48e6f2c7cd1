import datetime

import factory
from django.utils import timezone

from bildungsallianz.core.review.states import ReviewStatus
from bildungsallianz.offers.models import Offer, OfferPlace
from bildungsallianz.organisations.tests.factories import OrganisationFactory


class OfferFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Offer

    provider = factory.SubFactory(OrganisationFactory)
    title = factory.Sequence(lambda n: f"Angebot {n}")
    slug = factory.Sequence(lambda n: f"angebot-{n}")
    summary = "Ein Angebot für junge Menschen."
    offer_type = "beratung"
    status = ReviewStatus.DRAFT


class PublishedOfferFactory(OfferFactory):
    status = ReviewStatus.PUBLISHED
    published_at = factory.LazyFunction(timezone.now)
    renewed_at = factory.LazyFunction(timezone.now)


class OfferPlaceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = OfferPlace

    offer = factory.SubFactory(OfferFactory)
    name = "Treffpunkt"
    street = "Hauptstraße 1"
    postcode = "66953"
    city = "Pirmasens"
    latitude = 49.2
    longitude = 7.6


def publish(offer):
    """Publish through the services, so the search index is filled."""
    from bildungsallianz.offers import services

    if offer.status == ReviewStatus.DRAFT:
        services.offer_submit(offer=offer, by=None)
    return services.offer_publish(offer=offer, by=None)


def tomorrow(days=1):
    return timezone.localdate() + datetime.timedelta(days=days)

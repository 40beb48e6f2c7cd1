"""Reads about organisations and contacts, for this app and the apps above it."""

from django.db.models import Q

from .models import Contact, Organisation, Sector


def public_organisations():
    """The public partners (hidden ones stay out of every public list)."""
    return Organisation.objects.public()


def public_organisation_count() -> int:
    return Organisation.objects.public().count()


def organisations_matching(queryset, *, query: str = "", sector: str = ""):
    """Narrow ``queryset`` by a name fragment and a sector."""
    if query:
        queryset = queryset.filter(Q(name__icontains=query) | Q(short_name__icontains=query))
    if sector:
        queryset = queryset.filter(sector=sector)
    return queryset


def sector_choices():
    return Sector.choices


def public_contacts(*, organisation: Organisation):
    """Contacts who consented to being shown publicly."""
    return Contact.objects.public().filter(organisation=organisation)


def organisation_name_taken(name: str) -> bool:
    return Organisation.objects.filter(name__iexact=name).exists()

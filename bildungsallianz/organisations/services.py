"""Writes to organisations and contacts."""

from django.db import transaction
from django.utils.text import slugify

from .models import Contact, Organisation


def _unique_slug(name: str) -> str:
    base = slugify(name)[:70] or "partner"
    slug, n = base, 2
    while Organisation.objects.filter(slug=slug).exists():
        slug, n = f"{base}-{n}", n + 1
    return slug


@transaction.atomic
def organisation_create(*, data: dict, slug_source: str = "", by=None) -> Organisation:
    """A new organisation from validated ``data``; its slug is made unique from ``slug_source`` (or the name)."""
    organisation = Organisation(**data)
    organisation.slug = _unique_slug(slug_source or organisation.name)
    organisation.full_clean()
    organisation.save()
    return organisation


@transaction.atomic
def contact_create(*, organisation: Organisation, data: dict, by=None) -> Contact:
    contact = Contact(organisation=organisation, **data)
    contact.full_clean()
    contact.save()
    return contact


@transaction.atomic
def organisation_update(*, organisation: Organisation, data: dict, by) -> Organisation:
    for field, value in data.items():
        setattr(organisation, field, value)
    organisation.full_clean()
    organisation.save()
    return organisation

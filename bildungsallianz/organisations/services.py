"""Writes to organisations."""

from django.db import transaction

from .models import Organisation


@transaction.atomic
def organisation_update(*, organisation: Organisation, data: dict, by) -> Organisation:
    for field, value in data.items():
        setattr(organisation, field, value)
    organisation.full_clean()
    organisation.save()
    return organisation

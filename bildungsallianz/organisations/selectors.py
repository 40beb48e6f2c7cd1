"""Reads for the partner directory and profiles."""

from django.db.models import Prefetch, Q

from bildungsallianz.charter.models import Commitment, Signature

from .models import Contact, Organisation


def organisation_directory(*, queryset, query: str = "", sector: str = "", field_of_action: str = ""):
    """The public directory: filter by sector and field of action, search by name."""
    qs = queryset.public()
    if query:
        qs = qs.filter(Q(name__icontains=query) | Q(short_name__icontains=query))
    if sector:
        qs = qs.filter(sector=sector)
    if field_of_action:
        qs = qs.filter(
            Q(commitments__field_of_action__slug=field_of_action)
            | Q(join_requests__fields_of_action__slug=field_of_action)
        ).distinct()
    return qs.select_related("logo").prefetch_related(
        Prefetch("signatures", queryset=Signature.objects.confirmed().select_related("charter")),
        Prefetch("commitments", queryset=Commitment.objects.select_related("field_of_action")),
    )


def organisation_profile(*, organisation: Organisation) -> dict:
    return {
        "signatures": organisation.signatures.select_related("charter").order_by("-signed_on"),
        "commitments": organisation.commitments.select_related("field_of_action"),
        "contacts": Contact.objects.public().filter(organisation=organisation),
    }

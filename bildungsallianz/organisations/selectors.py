"""Reads for the partner directory and profiles."""

from django.db.models import Prefetch, Q

from bildungsallianz.charter.models import Commitment, Signature
from bildungsallianz.core.registry import components, resolve

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
        "extra_sections": profile_sections(organisation),
    }


def profile_sections(organisation: Organisation) -> list[dict]:
    """Sections higher modules add to a partner profile (``Component.extra["organisation_profile"]``:
    callable(organisation) -> {key, title, items: [{label, url, detail}]} or None)."""
    sections = []
    for component in components.all():
        ref = component.extra.get("organisation_profile")
        if ref:
            section = resolve(ref)(organisation)
            if section:
                sections.append(section)
    return sections

"""Reads for the charter page, the partner directory, the join form and the home page."""

from collections import defaultdict

from django.db.models import Prefetch
from django.utils.translation import gettext as _

from bildungsallianz.accounts.selectors import organisation_ids_edited_by
from bildungsallianz.core.registry import components, resolve
from bildungsallianz.organisations import selectors as organisation_selectors
from bildungsallianz.organisations.models import Organisation

from .models import Charter, Commitment, FieldOfAction, Goal, JoinRequest, Signature


def charter_current() -> Charter | None:
    return Charter.objects.current()


def charter_page_data(*, charter: Charter) -> dict:
    fields = list(
        FieldOfAction.objects.prefetch_related(
            Prefetch("goals", queryset=Goal.objects.filter(charter=charter), to_attr="charter_goals")
        )
    )
    field_threads(fields)
    signatures = (
        Signature.objects.filter(charter=charter, organisation__is_public=True)
        .select_related("organisation")
        .order_by("signed_on", "organisation__name")
    )
    confirmed = [s for s in signatures if s.confirmed]
    pending = [s for s in signatures if not s.confirmed]
    return {
        "charter": charter,
        "principles": charter.principles.all(),
        "fields_of_action": fields,
        "signatures": confirmed,
        "pending_signatures": pending,
        "versions": Charter.objects.exclude(pk=charter.pk).order_by("-adopted_on"),
    }


def field_threads(fields: list[FieldOfAction]) -> None:
    """Set ``thread`` on every field of action: goals → projects → offers → commitments → indicators.

    The charter supplies the commitments; higher modules add their sections through
    ``Component.extra["charter_thread"]`` (callable(fields) -> {field id: [section, …]}, a
    section being a dict with key, order, title, items [{label, url, detail}], more_url, empty).
    Each contributor costs a constant number of queries, so the page does too.
    """
    sections: dict[int, list[dict]] = defaultdict(list)
    by_field: dict[int, list[Commitment]] = defaultdict(list)
    commitments = Commitment.objects.filter(organisation__is_public=True).select_related("organisation")
    for commitment in commitments.order_by("organisation__name", "pk"):
        by_field[commitment.field_of_action_id].append(commitment)
    for field in fields:
        sections[field.pk].append(
            {
                "key": "commitments",
                "order": 40,
                "title": _("Selbstverpflichtungen der Partner"),
                "items": [
                    {"label": c.organisation.name, "url": c.organisation.get_absolute_url(), "detail": c.text}
                    for c in by_field.get(field.pk, [])
                ],
                "empty": _("Noch keine Selbstverpflichtung in diesem Handlungsfeld."),
            }
        )
    for component in components.all():
        ref = component.extra.get("charter_thread")
        if ref:
            for field_id, extra in resolve(ref)(fields).items():
                sections[field_id].extend(extra)
    for field in fields:
        field.thread = sorted(sections[field.pk], key=lambda section: section.get("order", 100))


def home_figures() -> dict:
    charter = charter_current()
    return {
        "partners": organisation_selectors.public_organisation_count(),
        "signatures": charter.signatures.confirmed().count() if charter else 0,
        "fields_of_action": FieldOfAction.objects.count(),
    }


def partner_directory(*, query: str = "", sector: str = "", field_of_action: str = ""):
    """The public directory: filter by sector and by the field of action of a commitment, search by name."""
    qs = organisation_selectors.organisations_matching(
        organisation_selectors.public_organisations(), query=query, sector=sector
    )
    if field_of_action:
        qs = qs.filter(commitments__field_of_action__slug=field_of_action).distinct()
    return qs.select_related("logo").prefetch_related(
        Prefetch("signatures", queryset=Signature.objects.confirmed().select_related("charter")),
        Prefetch("commitments", queryset=Commitment.objects.select_related("field_of_action")),
    )


def partner_profile(*, organisation: Organisation) -> dict:
    return {
        "signatures": organisation.signatures.select_related("charter").order_by("-signed_on"),
        "commitments": organisation.commitments.select_related("field_of_action"),
        "contacts": organisation_selectors.public_contacts(organisation=organisation),
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


def signatures_awaiting_confirmation(user):
    """Signatures of the current charter that an editor of the organisation still has to confirm."""
    return (
        Signature.objects.filter(
            organisation__in=organisation_ids_edited_by(user), confirmed=False, charter__is_current=True
        )
        .select_related("organisation")
        .order_by("organisation__name")
    )


def open_join_requests():
    """Join requests the Bildungsbüro has not decided yet, oldest first."""
    return JoinRequest.objects.filter(state__in=JoinRequest.OPEN_STATES).order_by("created_at")

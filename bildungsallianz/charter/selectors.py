"""Reads for the charter page, the join form and the home page."""

from django.db.models import Prefetch

from bildungsallianz.organisations.models import Organisation

from .models import Charter, FieldOfAction, Goal, Signature


def charter_current() -> Charter | None:
    return Charter.objects.current()


def charter_page_data(*, charter: Charter) -> dict:
    fields = FieldOfAction.objects.prefetch_related(
        Prefetch("goals", queryset=Goal.objects.filter(charter=charter), to_attr="charter_goals")
    )
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


def home_figures() -> dict:
    charter = charter_current()
    return {
        "partners": Organisation.objects.public().count(),
        "signatures": charter.signatures.confirmed().count() if charter else 0,
        "fields_of_action": FieldOfAction.objects.count(),
    }

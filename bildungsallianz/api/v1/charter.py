"""The charter: current version with principles, fields of action, goals, signatures and commitments."""

from django.shortcuts import get_object_or_404
from django.urls import reverse
from ninja import Router, Schema

from bildungsallianz.charter.models import Charter, Commitment, FieldOfAction, Goal, Signature, TargetGroup

from ..pagination import page
from .common import OrganisationRef, org_ref

router = Router(tags=["Charta"])


class PrincipleOut(Schema):
    number: int
    title: str
    description: str


class GoalOut(Schema):
    text: str
    field_of_action: str


class FieldOfActionOut(Schema):
    number: int
    slug: str
    title: str
    description: str


class TargetGroupOut(Schema):
    slug: str
    name: str


class SignatureOut(Schema):
    organisation: OrganisationRef
    signatory_name: str
    signatory_function: str
    signed_on: str | None


class CharterOut(Schema):
    title: str
    version: str
    adopted_on: str
    preamble: str
    principles: list[PrincipleOut]
    goals: list[GoalOut]
    signatures: list[SignatureOut]
    url: str
    pdf_url: str


class CommitmentOut(Schema):
    id: int
    organisation: OrganisationRef
    field_of_action: str
    text: str


class CommitmentPage(Schema):
    items: list[CommitmentOut]
    next: str | None


@router.get("", response=CharterOut, summary="Die aktuelle Fassung der Charta")
def current_charter(request):
    charter = get_object_or_404(Charter.objects.filter(is_current=True))
    goals = Goal.objects.filter(charter=charter).select_related("field_of_action").order_by("field_of_action__number")
    signatures = (
        Signature.objects.confirmed()
        .filter(charter=charter, organisation__is_public=True)
        .select_related("organisation")
        .order_by("signed_on", "organisation__name")
    )
    return {
        "title": charter.title,
        "version": charter.version,
        "adopted_on": charter.adopted_on.isoformat(),
        "preamble": charter.preamble,
        "principles": [
            {"number": p.number, "title": p.title, "description": p.description}
            for p in charter.principles.order_by("number")
        ],
        "goals": [{"text": g.text, "field_of_action": g.field_of_action.slug} for g in goals],
        "signatures": [
            {
                "organisation": org_ref(request, s.organisation),
                "signatory_name": s.signatory_name,
                "signatory_function": s.signatory_function,
                "signed_on": s.signed_on.isoformat() if s.signed_on else None,
            }
            for s in signatures
        ],
        "url": request.build_absolute_uri(reverse("charter:detail")),
        "pdf_url": request.build_absolute_uri(reverse("charter:pdf")),
    }


@router.get("/fields-of-action", response=list[FieldOfActionOut], summary="Handlungsfelder (gemeinsame Taxonomie)")
def fields_of_action(request):
    return list(FieldOfAction.objects.order_by("number").values("number", "slug", "title", "description"))


@router.get("/target-groups", response=list[TargetGroupOut], summary="Zielgruppen (gemeinsame Taxonomie)")
def target_groups(request):
    return list(TargetGroup.objects.order_by("order", "name").values("slug", "name"))


@router.get("/commitments", response=CommitmentPage, summary="Selbstverpflichtungen der Partner")
def commitments(request, cursor: str | None = None, limit: int | None = None, field_of_action: str | None = None):
    queryset = Commitment.objects.filter(organisation__is_public=True).select_related("organisation", "field_of_action")
    if field_of_action:
        queryset = queryset.filter(field_of_action__slug=field_of_action)
    items, next_url = page(request, queryset, cursor=cursor, limit=limit)
    return {
        "items": [
            {
                "id": c.pk,
                "organisation": org_ref(request, c.organisation),
                "field_of_action": c.field_of_action.slug,
                "text": c.text,
            }
            for c in items
        ],
        "next": next_url,
    }

"""Partner systems keep their offers in sync through the API: idempotent upserts by the partner's
own id, through the same form validation and review life cycle as the web forms.

A new offer arrives *submitted* (never published); a change to a published offer goes into its
change copy and waits for review; sending the same data again changes nothing. A whole list is
validated first and written in one transaction (all or nothing); ``dry_run`` answers what would
change and writes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from bildungsallianz.charter.models import FieldOfAction, TargetGroup
from bildungsallianz.core.review.states import ReviewStatus
from bildungsallianz.offers import services as offer_services
from bildungsallianz.offers.forms import OfferForm, PlaceForm
from bildungsallianz.offers.models import Occupation, Offer

from .models import ExternalOfferId

CREATED, UPDATED, UNCHANGED, IN_REVIEW = "created", "updated", "unchanged", "in_review"
TAXONOMY = {
    "target_groups": (TargetGroup, "slug"),
    "fields_of_action": (FieldOfAction, "slug"),
    "occupations": (Occupation, "code"),
}


@dataclass
class SyncResult:
    external_id: str
    result: str
    offer: Offer | None


class ItemErrors(Exception):
    """Field errors of one item: {field: [German messages]}."""

    def __init__(self, errors: dict[str, list[str]]):
        super().__init__(errors)
        self.errors = errors


def _form_data(payload: dict) -> tuple[dict, dict[str, list[str]]]:
    data, errors = {}, {}
    for key, value in payload.items():
        if key in ("places", "external_id"):
            continue
        if key in TAXONOMY:
            model, field = TAXONOMY[key]
            wanted = [str(v) for v in (value or [])]
            found = dict(model.objects.filter(**{f"{field}__in": wanted}).values_list(field, "pk"))
            unknown = [v for v in wanted if v not in found]
            if unknown:
                errors[key] = [_("Unbekannt: %(values)s") % {"values": ", ".join(unknown)}]
            data[key] = [found[v] for v in wanted if v in found]
        elif isinstance(value, bool):
            if value:
                data[key] = "on"
        elif value is not None:
            data[key] = value
    return data, errors


def validate_item(payload: dict) -> tuple[dict, list[dict]]:
    """(content, places) as the web form would save them, or ItemErrors in German."""
    data, errors = _form_data(payload)
    form = OfferForm(data=data)
    if not form.is_valid():
        for field, messages in form.errors.items():
            errors.setdefault(field, []).extend(messages)
    places = []
    for number, place in enumerate(payload.get("places") or [], start=1):
        place_form = PlaceForm(data={k: v for k, v in place.items() if v is not None})
        if not place_form.is_valid():
            for field, messages in place_form.errors.items():
                errors.setdefault(f"places.{number}.{field}", []).extend(messages)
        else:
            places.append(place_form.cleaned_data)
    if errors:
        raise ItemErrors(errors)
    content = form.content()
    content.pop("image", None)  # images are not synced through the API
    return content, places


def _place_key(place) -> tuple:
    def coordinate(value):
        return None if value in (None, "") else round(float(value), 5)

    get = place.get if isinstance(place, dict) else lambda k: getattr(place, k)
    return (
        get("name") or "",
        get("street"),
        get("postcode"),
        get("city"),
        coordinate(get("latitude")),
        coordinate(get("longitude")),
    )


def _differs(current: Offer, content: dict, places: list[dict]) -> bool:
    """Would saving ``content`` and ``places`` change what ``current`` shows?"""
    for name, value in content.items():
        if name in current.review_m2m_fields:
            if set(getattr(current, name).values_list("pk", flat=True)) != {v.pk for v in value}:
                return True
        elif name == "description":
            if offer_services.sanitise_description(value or "") != current.description:
                return True
        elif getattr(current, name) != value:
            return True
    return sorted(_place_key(p) for p in current.places.all()) != sorted(_place_key(p) for p in places)


def _upsert(organisation, external_id: str, content: dict, places: list[dict], *, token) -> SyncResult:
    mapping = ExternalOfferId.objects.filter(organisation=organisation, external_id=external_id).first()
    if mapping is None:
        offer = offer_services.offer_create(provider=organisation, data=content, places=places, by=None)
        offer_services.offer_submit(offer=offer, by=None)
        ExternalOfferId.objects.create(organisation=organisation, external_id=external_id, offer=offer)
        log(instance=offer, action="wagtail.create", user=None, data={"api_token": token.name})
        return SyncResult(external_id, CREATED, offer)
    live = mapping.offer
    current = live.pending_change_copy or live
    if not _differs(current, content, places):
        return SyncResult(external_id, UNCHANGED, current)
    if current.status == ReviewStatus.SUBMITTED:
        return SyncResult(external_id, IN_REVIEW, current)  # the web form waits too; the next sync sends it again
    target = offer_services.offer_update(offer=live, data=content, places=places, by=None)
    if target.can_submit:
        offer_services.offer_submit(offer=target, by=None)
    log(instance=target, action="wagtail.edit", user=None, data={"api_token": token.name})
    return SyncResult(external_id, UPDATED, target)


def offers_sync(*, token, items: list[dict], dry_run: bool = False) -> list[SyncResult]:
    """Validate every item, then upsert all in one transaction. Raises ValidationError naming the
    item (1-based) and field of every problem; nothing is written then."""
    seen, problems, valid = set(), {}, []
    for number, payload in enumerate(items, start=1):
        external_id = str(payload.get("external_id") or "").strip()
        if not external_id:
            problems[f"{number}.external_id"] = [_("Bitte geben Sie die Kennung aus Ihrem System an.")]
            continue
        if external_id in seen:
            problems[f"{number}.external_id"] = [_("Diese Kennung kommt in der Liste doppelt vor.")]
            continue
        seen.add(external_id)
        try:
            valid.append((external_id, *validate_item(payload)))
        except ItemErrors as exc:
            problems.update({f"{number}.{field}": messages for field, messages in exc.errors.items()})
    if problems:
        raise ValidationError(problems)
    results = []
    with transaction.atomic():
        for external_id, content, places in valid:
            results.append(_upsert(token.organisation, external_id, content, places, token=token))
        if dry_run:
            transaction.set_rollback(True)
    return results


def partner_offers(organisation):
    return ExternalOfferId.objects.filter(organisation=organisation).select_related("offer").order_by("external_id")

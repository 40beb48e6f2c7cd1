"""Partner systems keep their offers and events in sync through the API: idempotent upserts by
the partner's own id, through the same form validation and review life cycle as the web forms.

A new object arrives *submitted* (never published); a change to a published one goes into its
change copy and waits for review; sending the same data again changes nothing. A whole list is
validated first and written in one transaction (all or nothing); ``dry_run`` answers what would
change and writes nothing. One mechanism for both kinds: a :class:`SyncKind` names the form,
the services and the mapping table of a kind.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from bildungsallianz.charter.models import FieldOfAction, TargetGroup
from bildungsallianz.core.review.states import ReviewStatus
from bildungsallianz.core.translations.models import translation_errors
from bildungsallianz.core.translations.services import translation_replace_all
from bildungsallianz.events import services as event_services
from bildungsallianz.events.forms import EventForm
from bildungsallianz.events.models import Event
from bildungsallianz.offers import services as offer_services
from bildungsallianz.offers.forms import OfferForm, PlaceForm
from bildungsallianz.offers.models import Occupation, Offer

from .models import ExternalEventId, ExternalOfferId

CREATED, UPDATED, UNCHANGED, IN_REVIEW = "created", "updated", "unchanged", "in_review"
TAXONOMY = {
    "target_groups": (TargetGroup, "slug"),
    "fields_of_action": (FieldOfAction, "slug"),
    "occupations": (Occupation, "code"),
}


@dataclass(frozen=True)
class SyncKind:
    """What differs between offers and events when a partner system syncs them."""

    mapping: type  # ExternalOfferId / ExternalEventId: (organisation, external_id, <target>)
    target: str  # the mapping's field of the synced object
    form: Callable[[dict], Any]  # a bound web form of the kind
    content: Callable[[Any], dict]  # the valid form's content, as the web form saves it
    create: Callable[[Any, dict, list], Any]  # (organisation, content, places) -> object
    update: Callable[[Any, dict, list], Any]  # (object, content, places) -> object (or its change copy)
    submit: Callable[[Any], Any]
    places: bool = False
    #: The model whose ``translations`` a payload may set (core.translations), with its sanitisers.
    translatable: type | None = None
    sanitisers: dict | None = None


@dataclass
class SyncResult:
    external_id: str
    result: str
    offer: Any  # the synced object (an Offer or an Event), or None

    @property
    def obj(self):
        return self.offer


class ItemErrors(Exception):
    """Field errors of one item: {field: [German messages]}."""

    def __init__(self, errors: dict[str, list[str]]):
        super().__init__(errors)
        self.errors = errors


def _form_data(payload: dict) -> tuple[dict, dict[str, list[str]]]:
    """Form data of an API payload: taxonomy slugs → primary keys, booleans as checkboxes."""
    data, errors = {}, {}
    for key, value in payload.items():
        if key in ("places", "external_id", "translations"):
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


def _clean_translations(kind: SyncKind, value) -> dict:
    """Translations as the object would store them (cleaned, sanitised), or ValidationError."""
    probe = kind.translatable()
    translation_replace_all(probe, value, sanitisers=kind.sanitisers)
    problems = translation_errors(probe)
    if problems:
        raise ValidationError(problems)
    return probe.translations


def validate_item(payload: dict, kind: SyncKind | None = None) -> tuple[dict, list[dict]]:
    """(content, places) as the web form would save them, or ItemErrors in German."""
    kind = kind or OFFERS
    data, errors = _form_data(payload)
    translations = None
    if kind.translatable and payload.get("translations") is not None:
        try:
            translations = _clean_translations(kind, payload["translations"])
        except ValidationError as exc:
            errors["translations"] = exc.messages
    form = kind.form(data)
    if not form.is_valid():
        for field, messages in form.errors.items():
            errors.setdefault(field, []).extend(messages)
    places = []
    for number, place in enumerate((payload.get("places") or []) if kind.places else [], start=1):
        place_form = PlaceForm(data={k: v for k, v in place.items() if v is not None})
        if not place_form.is_valid():
            for field, messages in place_form.errors.items():
                errors.setdefault(f"places.{number}.{field}", []).extend(messages)
        else:
            places.append(place_form.cleaned_data)
    if errors:
        raise ItemErrors(errors)
    content = kind.content(form)
    content.pop("image", None)  # images are not synced through the API
    if translations is not None:
        content["translations"] = translations  # absent: the stored translations stay
    return content, places


def _place_key(place) -> tuple:
    """(address, point or None) of a stored place or a payload place."""

    def coordinate(value):
        return None if value in (None, "") else round(float(value), 5)

    get = place.get if isinstance(place, dict) else lambda k: getattr(place, k)
    point = (coordinate(get("latitude")), coordinate(get("longitude")))
    return (get("name") or "", get("street"), get("postcode"), get("city")), None if None in point else point


def _same_places(stored, sent) -> bool:
    """Same addresses; a point counts only where the partner sends one (otherwise the platform
    locates the address itself, core.geo, and the located point is no change)."""
    stored = sorted(map(_place_key, stored), key=lambda k: k[0])
    sent = sorted(map(_place_key, sent), key=lambda k: k[0])
    if [s[0] for s in stored] != [w[0] for w in sent]:
        return False
    return all(w[1] is None or s[1] == w[1] for s, w in zip(stored, sent, strict=True))


def _differs(current, content: dict, places: list[dict], kind: SyncKind) -> bool:
    """Would saving ``content`` and ``places`` change what ``current`` shows?"""
    for name, value in content.items():
        if name in current.review_m2m_fields:
            if set(getattr(current, name).values_list("pk", flat=True)) != {v.pk for v in value}:
                return True
        elif name == "description" and kind.places:  # offers keep a sanitised HTML description
            if offer_services.sanitise_description(value or "") != current.description:
                return True
        elif getattr(current, name) != value:
            return True
    if not kind.places:
        return False
    return not _same_places(current.places.all(), places)


def _upsert(kind: SyncKind, organisation, external_id: str, content: dict, places: list[dict], *, token):
    mapping = kind.mapping.objects.filter(organisation=organisation, external_id=external_id).first()
    if mapping is None:
        obj = kind.submit(kind.create(organisation, content, places))
        kind.mapping.objects.create(organisation=organisation, external_id=external_id, **{kind.target: obj})
        log(instance=obj, action="wagtail.create", user=None, data={"api_token": token.name})
        return SyncResult(external_id, CREATED, obj)
    live = getattr(mapping, kind.target)
    current = live.pending_change_copy or live
    if not _differs(current, content, places, kind):
        return SyncResult(external_id, UNCHANGED, current)
    if current.status == ReviewStatus.SUBMITTED:
        return SyncResult(external_id, IN_REVIEW, current)  # the web form waits too; the next sync sends it again
    target = kind.update(live, content, places)
    if target.can_submit:
        target = kind.submit(target)
    log(instance=target, action="wagtail.edit", user=None, data={"api_token": token.name})
    return SyncResult(external_id, UPDATED, target)


def _offer_create(organisation, content, places):
    return offer_services.offer_create(provider=organisation, data=content, places=places, by=None)


def _offer_update(offer, content, places):
    return offer_services.offer_update(offer=offer, data=content, places=places, by=None)


def _event_content(form) -> dict:
    """The review fields of the web form's content (no upload in a sync: the event keeps its image)."""
    content = form.content()
    return {name: content[name] for name in [*Event.review_fields, *Event.review_m2m_fields] if name in content}


OFFERS = SyncKind(
    mapping=ExternalOfferId,
    target="offer",
    form=lambda data: OfferForm(data=data),
    content=lambda form: form.content(),
    create=_offer_create,
    update=_offer_update,
    submit=lambda offer: offer_services.offer_submit(offer=offer, by=None),
    places=True,
    translatable=Offer,
    sanitisers=offer_services.TRANSLATION_SANITISERS,
)
EVENTS = SyncKind(
    mapping=ExternalEventId,
    target="event",
    form=lambda data: EventForm(data=data),
    content=_event_content,
    create=lambda organisation, content, _places: event_services.event_create(
        organiser=organisation, data=content, by=None
    ),
    update=lambda event, content, _places: event_services.event_update(event=event, data=content, by=None),
    submit=lambda event: event_services.event_submit(event=event, by=None),
    translatable=Event,
)


def offers_sync(*, token, items: list[dict], dry_run: bool = False) -> list[SyncResult]:
    return items_sync(OFFERS, token=token, items=items, dry_run=dry_run)


def events_sync(*, token, items: list[dict], dry_run: bool = False) -> list[SyncResult]:
    return items_sync(EVENTS, token=token, items=items, dry_run=dry_run)


def items_sync(kind: SyncKind, *, token, items: list[dict], dry_run: bool = False) -> list[SyncResult]:
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
            valid.append((external_id, *validate_item(payload, kind)))
        except ItemErrors as exc:
            problems.update({f"{number}.{field}": messages for field, messages in exc.errors.items()})
    if problems:
        raise ValidationError(problems)
    results = []
    with transaction.atomic():
        for external_id, content, places in valid:
            results.append(_upsert(kind, token.organisation, external_id, content, places, token=token))
        if dry_run:
            transaction.set_rollback(True)
    return results


def partner_offers(organisation):
    return ExternalOfferId.objects.filter(organisation=organisation).select_related("offer").order_by("external_id")


def partner_events(organisation):
    return ExternalEventId.objects.filter(organisation=organisation).select_related("event").order_by("external_id")

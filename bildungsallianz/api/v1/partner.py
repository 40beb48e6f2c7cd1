"""Write API for partner systems: with an organisation's token, sync its own offers and events.

Send the whole list every night: ``POST /api/v1/partner/offers/sync`` (or one offer with
``PUT /api/v1/partner/offers/{external_id}``; events the same under ``/api/v1/partner/events``).
New objects arrive submitted for review, changes to published ones wait in their change copy,
identical data changes nothing. ``dry_run=true`` answers what would change.
"""

from __future__ import annotations

import datetime
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404
from django.utils import translation
from django.utils.translation import gettext as _
from ninja import Field, Router, Schema
from ninja.security import HttpBearer

from .. import sync
from ..http import api_language
from ..services import api_token_authenticate

router = Router(tags=["Partner-Schnittstelle (schreiben)"])


class TokenAuth(HttpBearer):
    def authenticate(self, request, token):
        return api_token_authenticate(token)


class PlaceIn(Schema):
    name: str = ""
    street: str
    postcode: str
    city: str
    latitude: Decimal | None = None
    longitude: Decimal | None = None


class OfferIn(Schema):
    title: str
    summary: str
    offer_type: str
    plain_summary: str = Field("", description="Zusammenfassung in einfacher Sprache (Deutsch)")
    description: str = ""
    translations: dict[str, dict[str, str]] | None = Field(
        None,
        description=(
            "Übersetzungen je Inhaltssprache (z. B. ar, uk), je Feld title, summary, plain_summary, "
            "description. Fehlt das Feld, bleiben die Übersetzungen, wie sie sind; sonst ersetzt es alle."
        ),
    )
    target_groups: list[str] = []
    fields_of_action: list[str] = []
    occupations: list[str] = []
    min_age: int | None = None
    max_age: int | None = None
    min_class: int | None = None
    max_class: int | None = None
    required_certificate: int = 0
    german_level: int = 0
    languages: list[str] = ["de"]
    cost: str = "kostenlos"
    fee_amount: Decimal | None = None
    cost_note: str = ""
    barrier_free: bool = False
    accessibility_note: str = ""
    is_online: bool = False
    date_kind: str = "laufend"
    start_date: datetime.date | None = None
    end_date: datetime.date | None = None
    start_time: datetime.time | None = None
    end_time: datetime.time | None = None
    schedule_note: str = ""
    application_deadline: datetime.date | None = None
    seats: int | None = None
    contact_name: str = ""
    contact_email: str = ""
    contact_phone: str = ""
    website: str = ""
    image_alt: str = ""
    places: list[PlaceIn] = []


class OfferSyncIn(OfferIn):
    external_id: str


class EventIn(Schema):
    title: str
    summary: str
    event_type: str = "infoabend"
    description: str = ""
    translations: dict[str, dict[str, str]] | None = Field(
        None,
        description=(
            "Übersetzungen je Inhaltssprache (z. B. ar, uk), je Feld title, summary, description. "
            "Fehlt das Feld, bleiben die Übersetzungen, wie sie sind; sonst ersetzt es alle."
        ),
    )
    starts_at: datetime.datetime
    ends_at: datetime.datetime
    recurrence: str = ""
    repeat_until: datetime.date | None = None
    venue: str = ""
    is_online: bool = False
    online_url: str = ""
    accessibility: str = ""
    image_alt: str = ""
    registration_mode: str = "keine"
    registration_url: str = ""
    capacity: int | None = None
    retention_days: int = 30
    target_groups: list[str] = []
    fields_of_action: list[str] = []


class EventSyncIn(EventIn):
    external_id: str


class SyncOut(Schema):
    external_id: str
    result: str  # created, updated, unchanged, in_review (a change waits while the last one is reviewed)
    slug: str | None
    status: str | None
    url: str | None


class PartnerOfferOut(Schema):
    external_id: str
    slug: str
    title: str
    status: str
    pending_change: bool
    url: str


class PartnerEventOut(PartnerOfferOut):
    pass


def _mapped(request, mapping, target: str) -> dict:
    obj = getattr(mapping, target)
    return {
        "external_id": mapping.external_id,
        "slug": obj.slug,
        "title": obj.title,
        "status": obj.status,
        "pending_change": obj.pending_change_copy is not None,
        "url": request.build_absolute_uri(obj.get_absolute_url()),
    }


def _sync(request, kind: sync.SyncKind, payloads: list[dict], dry_run: bool):
    try:
        results = sync.items_sync(kind, token=request.auth, items=payloads, dry_run=dry_run)
    except ValidationError as exc:
        return _problem(request, exc, kind)
    return [_out(request, r, dry_run) for r in results]


def _out(request, item: sync.SyncResult, dry_run: bool) -> dict:
    offer = item.obj
    if dry_run and item.result == sync.CREATED:
        offer = None  # not written
    live = offer.change_of if offer is not None and offer.is_change_copy else offer
    return {
        "external_id": item.external_id,
        "result": item.result,
        "slug": live.slug if live else None,
        "status": offer.status if offer else None,
        "url": request.build_absolute_uri(live.get_absolute_url()) if live else None,
    }


def _payload(item: Schema) -> dict:
    data = item.dict()
    data["languages"] = data.get("languages") or []
    data["places"] = [dict(p) for p in data.get("places") or []]
    return data


def _problem(request, exc: ValidationError, kind: sync.SyncKind):
    from . import api

    with translation.override(api_language(request)):
        errors = [
            {"parameter": key, "message": str(message)}
            for key, messages in exc.message_dict.items()
            for message in messages
        ]
        return api.problem_response(
            request,
            422,
            _("Nicht gespeichert"),
            _("Mindestens ein Angebot ist ungültig; nichts wurde gespeichert.")
            if kind is sync.OFFERS
            else _("Mindestens eine Veranstaltung ist ungültig; nichts wurde gespeichert."),
            errors=errors,
        )


@router.get("/offers", response=list[PartnerOfferOut], summary="Die über die Schnittstelle gepflegten Angebote")
def list_partner_offers(request):
    return [_mapped(request, m, "offer") for m in sync.partner_offers(request.auth.organisation)]


@router.post(
    "/offers/sync",
    response={200: list[SyncOut], 422: dict},
    summary="Die ganze Liste abgleichen (alles oder nichts, idempotent)",
)
def sync_partner_offers(request, items: list[OfferSyncIn], dry_run: bool = False):
    return _sync(request, sync.OFFERS, [_payload(i) for i in items], dry_run)


@router.get("/offers/{external_id}", response=PartnerOfferOut, summary="Ein Angebot nach Ihrer Kennung")
def get_partner_offer(request, external_id: str):
    mapping = get_object_or_404(sync.partner_offers(request.auth.organisation), external_id=external_id)
    return _mapped(request, mapping, "offer")


@router.put(
    "/offers/{external_id}",
    response={200: SyncOut, 422: dict},
    summary="Ein Angebot anlegen oder ändern (idempotent)",
)
def put_partner_offer(request, external_id: str, item: OfferIn, dry_run: bool = False):
    answer = _sync(request, sync.OFFERS, [{**_payload(item), "external_id": external_id}], dry_run)
    return answer[0] if isinstance(answer, list) else answer


@router.get("/events", response=list[PartnerEventOut], summary="Die über die Schnittstelle gepflegten Veranstaltungen")
def list_partner_events(request):
    return [_mapped(request, m, "event") for m in sync.partner_events(request.auth.organisation)]


@router.post(
    "/events/sync",
    response={200: list[SyncOut], 422: dict},
    summary="Alle Veranstaltungen abgleichen (alles oder nichts, idempotent)",
)
def sync_partner_events(request, items: list[EventSyncIn], dry_run: bool = False):
    return _sync(request, sync.EVENTS, [item.dict() for item in items], dry_run)


@router.get("/events/{external_id}", response=PartnerEventOut, summary="Eine Veranstaltung nach Ihrer Kennung")
def get_partner_event(request, external_id: str):
    mapping = get_object_or_404(sync.partner_events(request.auth.organisation), external_id=external_id)
    return _mapped(request, mapping, "event")


@router.put(
    "/events/{external_id}",
    response={200: SyncOut, 422: dict},
    summary="Eine Veranstaltung anlegen oder ändern (idempotent)",
)
def put_partner_event(request, external_id: str, item: EventIn, dry_run: bool = False):
    answer = _sync(request, sync.EVENTS, [{**item.dict(), "external_id": external_id}], dry_run)
    return answer[0] if isinstance(answer, list) else answer

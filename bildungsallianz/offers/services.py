"""Writes on offers: create, edit, submit, review, publish, confirm, expire, remind.

Every function validates with ``full_clean`` before it writes anything and runs
in one transaction, so bad input saves nothing half-way.
"""

from __future__ import annotations

import datetime

import nh3
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from bildungsallianz.accounts.models import STAFF_GROUP, Membership
from bildungsallianz.core.mail import send_templated_mail

from .choices import Status
from .indexing import index_offers, unindex_offers
from .models import CONFIRMATION_INTERVAL, Offer, OfferPlace

#: Fields partners edit (copied between a published offer and its pending change).
CONTENT_FIELDS = [
    "title",
    "summary",
    "description",
    "offer_type",
    "min_age",
    "max_age",
    "min_class",
    "max_class",
    "required_certificate",
    "german_level",
    "languages",
    "cost",
    "fee_amount",
    "cost_note",
    "barrier_free",
    "accessibility_note",
    "is_online",
    "date_kind",
    "start_date",
    "end_date",
    "start_time",
    "end_time",
    "schedule_note",
    "application_deadline",
    "seats",
    "contact_name",
    "contact_email",
    "contact_phone",
    "website",
    "image",
    "image_alt",
]
M2M_FIELDS = ["target_groups", "fields_of_action", "occupations"]
PLACE_FIELDS = ["name", "street", "postcode", "city", "latitude", "longitude"]

ALLOWED_TAGS = {"p", "br", "strong", "b", "em", "i", "ul", "ol", "li", "a", "h3", "h4"}
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}}


def sanitise_description(html: str) -> str:
    return nh3.clean(
        html or "",
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes={"http", "https", "mailto", "tel"},
        link_rel="noopener nofollow",
    ).strip()


def unique_slug(title: str, *, exclude_pk=None) -> str:
    base = slugify(title)[:90].strip("-") or "angebot"
    slug, n = base, 2
    while Offer.objects.filter(slug=slug).exclude(pk=exclude_pk).exists():
        slug, n = f"{base}-{n}", n + 1
    return slug


def _editor_emails(offer: Offer) -> list[str]:
    return list(
        Membership.objects.filter(organisation_id=offer.provider_id, role=Membership.Role.EDITOR, user__is_active=True)
        .values_list("user__email", flat=True)
        .distinct()
    )


def _staff_emails() -> list[str]:
    users = get_user_model().objects.filter(is_active=True, groups__name=STAFF_GROUP)
    return list(users.values_list("email", flat=True).distinct())


def _notify(template: str, to: list[str], offer: Offer, **extra) -> None:
    if to:
        transaction.on_commit(
            lambda: send_templated_mail(template=f"offers/emails/{template}", to=to, context={"offer": offer, **extra})
        )


def _write(offer: Offer, data: dict, places: list[dict] | None) -> Offer:
    """Validate everything first, then save the row, its relations and places."""
    for name in CONTENT_FIELDS:
        if name in data:
            setattr(offer, name, data[name])
    offer.description = sanitise_description(offer.description)
    if not offer.slug:
        offer.slug = unique_slug(offer.title)
    offer.full_clean()
    place_objects = []
    if places is not None:
        errors = []
        for number, item in enumerate(places, start=1):
            values = {k: item.get(k) for k in PLACE_FIELDS}
            for text_field in ("name", "street", "postcode", "city"):
                values[text_field] = values[text_field] or ""
            place = OfferPlace(offer=offer, **values)
            if place.latitude is None and place.longitude is None:
                place.latitude, place.longitude = None, None
            try:
                place.full_clean(exclude=["offer"])
            except ValidationError as exc:
                errors.extend(_("Ort %(n)s: %(m)s") % {"n": number, "m": m} for m in exc.messages)
            place_objects.append(place)
        if errors:
            raise ValidationError(errors)
    offer.save()
    for name in M2M_FIELDS:
        if name in data:
            getattr(offer, name).set(data[name])
    if places is not None:
        offer.places.all().delete()
        for place in place_objects:
            place.offer = offer
        OfferPlace.objects.bulk_create(place_objects)
    return offer


@transaction.atomic
def offer_create(*, provider, data: dict, places: list[dict] | None = None, by) -> Offer:
    offer = Offer(provider=provider, created_by=by if by and by.is_authenticated else None, status=Status.DRAFT)
    return _write(offer, data, places or [])


@transaction.atomic
def offer_update(*, offer: Offer, data: dict, places: list[dict] | None = None, by) -> Offer:
    """Edit an offer. A published (or expired) offer is not changed: the edit goes into
    its pending change copy, which goes live only after review. Returns the edited row."""
    if offer.status in (Status.PUBLISHED, Status.EXPIRED) and offer.revision_of_id is None:
        target = pending_revision_for(offer, by=by)
    else:
        target = offer
    if target.status == Status.SUBMITTED:
        raise ValidationError(_("Das Angebot wird gerade geprüft. Bitte warten Sie auf die Rückmeldung."))
    return _write(target, data, places)


def pending_revision_for(offer: Offer, *, by=None) -> Offer:
    """The change copy of a published offer, created from it on first use."""
    existing = Offer.objects.filter(revision_of=offer).first()
    if existing:
        return existing
    copy = Offer(
        provider=offer.provider,
        revision_of=offer,
        status=Status.DRAFT,
        slug=f"{offer.slug[:100]}-aenderung",
        created_by=by if by and by.is_authenticated else None,
        **{name: getattr(offer, name) for name in CONTENT_FIELDS},
    )
    copy.save()
    for name in M2M_FIELDS:
        getattr(copy, name).set(getattr(offer, name).all())
    OfferPlace.objects.bulk_create(
        [OfferPlace(offer=copy, **{k: getattr(p, k) for k in PLACE_FIELDS}) for p in offer.places.all()]
    )
    return copy


@transaction.atomic
def offer_submit(*, offer: Offer, by) -> Offer:
    if offer.status not in (Status.DRAFT, Status.RETURNED):
        raise ValidationError(_("Nur Entwürfe und zurückgegebene Angebote können eingereicht werden."))
    offer.full_clean()
    offer.status = Status.SUBMITTED
    offer.submitted_at = timezone.now()
    offer.save(update_fields=["status", "submitted_at", "updated_at"])
    _notify("submitted", _staff_emails(), offer)
    return offer


@transaction.atomic
def offer_return(*, offer: Offer, by, comment: str) -> Offer:
    comment = (comment or "").strip()
    if not comment:
        raise ValidationError({"comment": _("Bitte schreiben Sie, was geändert werden soll.")})
    if offer.status != Status.SUBMITTED:
        raise ValidationError(_("Nur eingereichte Angebote können zurückgegeben werden."))
    offer.status = Status.RETURNED
    offer.review_comment = comment
    offer.save(update_fields=["status", "review_comment", "updated_at"])
    _notify("returned", _editor_emails(offer), offer, comment=comment)
    return offer


@transaction.atomic
def offer_publish(*, offer: Offer, by) -> Offer:
    """Publish a submitted offer; a change copy is merged into its original. Returns the live offer."""
    if offer.status != Status.SUBMITTED:
        raise ValidationError(_("Nur eingereichte Angebote können veröffentlicht werden."))
    offer.full_clean()
    now = timezone.now()
    if offer.revision_of_id:
        live = offer.revision_of
        for name in CONTENT_FIELDS:
            setattr(live, name, getattr(offer, name))
        for name in M2M_FIELDS:
            getattr(live, name).set(getattr(offer, name).all())
        live.places.all().delete()
        OfferPlace.objects.bulk_create(
            [OfferPlace(offer=live, **{k: getattr(p, k) for k in PLACE_FIELDS}) for p in offer.places.all()]
        )
        offer.delete()
    else:
        live = offer
        live.published_at = now
    live.status = Status.PUBLISHED
    live.review_comment = ""
    live.confirmed_at = now
    live.expired_at = None
    live.full_clean()
    live.save()
    index_offers([live.pk])
    _notify("published", _editor_emails(live), live)
    return live


@transaction.atomic
def offer_confirm(*, offer: Offer, by) -> Offer:
    """The provider says: this offer is still current."""
    if offer.status != Status.PUBLISHED:
        raise ValidationError(_("Nur veröffentlichte Angebote können bestätigt werden."))
    offer.confirmed_at = timezone.now()
    offer.save(update_fields=["confirmed_at", "updated_at"])
    return offer


@transaction.atomic
def offer_delete_draft(*, offer: Offer, by) -> None:
    if offer.status not in (Status.DRAFT, Status.RETURNED):
        raise ValidationError(_("Nur Entwürfe können gelöscht werden."))
    offer.delete()


@transaction.atomic
def offer_expire_due(*, today: datetime.date | None = None) -> int:
    """Expire published offers whose end date has passed. Idempotent."""
    today = today or timezone.localdate()
    ids = list(Offer.objects.due_to_expire(today).values_list("pk", flat=True))
    if ids:
        Offer.objects.filter(pk__in=ids).update(status=Status.EXPIRED, expired_at=timezone.now())
        unindex_offers(ids)
    return len(ids)


def offer_send_reminders(*, now: datetime.datetime | None = None) -> int:
    """Remind providers of offers not confirmed for six months, once per period. Idempotent."""
    now = now or timezone.now()
    limit = now - CONFIRMATION_INTERVAL
    due = (
        Offer.objects.published()
        .filter(confirmed_at__lt=limit)
        .exclude(reminder_sent_at__gte=limit)
        .select_related("provider")
    )
    sent = 0
    for offer in due:
        with transaction.atomic():
            _notify("reminder", _editor_emails(offer), offer)
            Offer.objects.filter(pk=offer.pk).update(reminder_sent_at=now)
        sent += 1
    return sent

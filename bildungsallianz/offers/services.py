"""Writes on offers: create, edit, submit, review, publish, renew, expire, remind.

The review steps (submit, return, publish, expire, change copies) are the
generic ones of :mod:`bildungsallianz.core.review.services`; the functions here
add what is particular to offers: sanitising, places, the search index and
e-mails. Every function validates with ``full_clean`` before it writes anything
and runs in one transaction, so bad input saves nothing half-way.
"""

from __future__ import annotations

import datetime
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from bildungsallianz.accounts.models import STAFF_GROUP, Membership
from bildungsallianz.core import geo
from bildungsallianz.core.mail import send_templated_mail
from bildungsallianz.core.review import services as review
from bildungsallianz.core.review.states import ReviewStatus
from bildungsallianz.core.slugs import save_with_unique_slug, slug_base
from bildungsallianz.core.text import sanitise_html
from bildungsallianz.core.translations.services import translation_replace_all, translation_set

from .indexing import index_offers, unindex_offers
from .models import EDITABLE_FIELDS, EDITABLE_M2M_FIELDS, RENEWAL_INTERVAL, Offer, OfferPlace

PLACE_FIELDS = ["name", "street", "postcode", "city", "latitude", "longitude"]

#: An offer's description is partners' rich text (one allow-list for the project: core.text).
sanitise_description = sanitise_html


def offer_slug_base(title: str) -> str:
    return slug_base(title, max_length=96, fallback="angebot")


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


def locate_place(place: OfferPlace) -> bool:
    """Give a place without coordinates the centre point of its Gemeinde (core.geo); True if it moved.

    Editors type addresses, never coordinates; a point set by an import or a correction is kept.
    """
    if place.latitude is not None and place.longitude is not None:
        return False
    point = geo.locate(postcode=place.postcode or "", city=place.city or "")
    if point is None:
        return False
    place.latitude = Decimal(f"{point.latitude:.5f}")
    place.longitude = Decimal(f"{point.longitude:.5f}")
    return True


def locate_places_without_point() -> int:
    """Locate every place that has no point yet (existing data; ``manage.py locate_places``)."""
    changed = []
    for place in OfferPlace.objects.filter(latitude__isnull=True).only(
        "id", "postcode", "city", "latitude", "longitude"
    ):
        if locate_place(place):
            changed.append(place)
    OfferPlace.objects.bulk_update(changed, ["latitude", "longitude"], batch_size=500)
    return len(changed)


def _build_places(offer: Offer, places: list[dict]) -> list[OfferPlace]:
    """Validated (unsaved) places; German errors name the place's number."""
    errors, place_objects = [], []
    for number, item in enumerate(places, start=1):
        values = {k: item.get(k) for k in PLACE_FIELDS}
        for text_field in ("name", "street", "postcode", "city"):
            values[text_field] = values[text_field] or ""
        place = OfferPlace(offer=offer, **values)
        locate_place(place)
        try:
            place.full_clean(exclude=["offer"])
        except ValidationError as exc:
            errors.extend(_("Ort %(n)s: %(m)s") % {"n": number, "m": m} for m in exc.messages)
        place_objects.append(place)
    if errors:
        raise ValidationError(errors)
    return place_objects


def _write(offer: Offer, data: dict, places: list[dict] | None) -> Offer:
    """Validate everything first, then save the row, its relations and places."""
    for name in EDITABLE_FIELDS:
        if name in data:
            setattr(offer, name, data[name])
    if "translations" in data:  # the partner API sends the whole set
        translation_replace_all(offer, data["translations"], sanitisers=TRANSLATION_SANITISERS)
    offer.description = sanitise_description(offer.description)
    new_slug = not offer.slug
    if new_slug:
        offer.slug = offer_slug_base(offer.title)
    offer.full_clean(exclude=["slug"] if new_slug else None)
    place_objects = _build_places(offer, places) if places is not None else []
    if new_slug:
        save_with_unique_slug(offer, offer.slug)
    else:
        offer.save()
    for name in EDITABLE_M2M_FIELDS:
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
    offer = Offer(provider=provider, created_by=by if by and by.is_authenticated else None, status=ReviewStatus.DRAFT)
    return _write(offer, data, places or [])


@transaction.atomic
def offer_update(*, offer: Offer, data: dict, places: list[dict] | None = None, by) -> Offer:
    """Edit an offer. A published (or expired) offer is not changed: the edit goes into
    its pending change copy, which goes live only after review. Returns the edited row."""
    return _write(review.review_edit_target(offer, by=by), data, places)


#: Translated descriptions are cleaned like the German one.
TRANSLATION_SANITISERS = {"description": sanitise_description}


@transaction.atomic
def offer_translation_save(*, offer: Offer, language: str, values: dict, by) -> Offer:
    """Add or change the translation of ``offer`` into ``language`` (empty values remove it).

    Like every edit, a translation of a published offer goes into its change copy
    and is live only after review. Returns the edited row."""
    target = review.review_edit_target(offer, by=by)
    translation_set(target, language, values, sanitisers=TRANSLATION_SANITISERS)
    target.full_clean()
    target.save()
    return target


@transaction.atomic
def offer_submit(*, offer: Offer, by, now=None) -> Offer:
    review.review_submit(obj=offer, by=by, now=now)
    _notify("submitted", _staff_emails(), offer)
    return offer


@transaction.atomic
def offer_return(*, offer: Offer, by, comment: str, now=None) -> Offer:
    review.review_return(obj=offer, by=by, comment=comment, now=now)
    _notify("returned", _editor_emails(offer), offer, comment=offer.review_comment)
    return offer


@transaction.atomic
def offer_publish(*, offer: Offer, by, now=None) -> Offer:
    """Publish a submitted offer; a change copy is merged into its original. Returns the live offer."""
    live = review.review_publish(obj=offer, by=by, now=now)
    index_offers([live.pk])
    _notify("published", _editor_emails(live), live)
    return live


@transaction.atomic
def offer_renew(*, offer: Offer, by, now=None) -> Offer:
    """The provider says: this offer is still current."""
    if not offer.can_renew:
        raise ValidationError(_("Nur veröffentlichte Angebote können bestätigt werden."))
    offer.renewed_at = now or timezone.now()
    offer.save(update_fields=["renewed_at", "updated_at"])
    return offer


@transaction.atomic
def offer_delete_draft(*, offer: Offer, by) -> None:
    review.review_delete(obj=offer, by=by)


@transaction.atomic
def offer_expire_due(*, today: datetime.date | None = None, now=None) -> int:
    """Expire published offers whose end date has passed. Idempotent."""
    now = now or timezone.now()
    today = today or timezone.localdate(now)
    ids = review.review_expire_many(Offer.objects.due_to_expire(today), now=now)
    if ids:
        unindex_offers(ids)
    return len(ids)


def offer_send_reminders(*, now: datetime.datetime | None = None) -> int:
    """Remind providers of offers not renewed for six months, once per period. Idempotent."""
    now = now or timezone.now()
    limit = now - RENEWAL_INTERVAL
    due = (
        Offer.objects.published()
        .filter(renewed_at__lt=limit)
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

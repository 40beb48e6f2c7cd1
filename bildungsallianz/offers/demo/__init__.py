"""Demo offers of the Pirmasens partners (offers.json; see README.md for how it was made). Idempotent."""

from __future__ import annotations

import datetime
import json
from decimal import Decimal
from pathlib import Path

from django.utils import timezone

from bildungsallianz.charter.models import FieldOfAction, TargetGroup
from bildungsallianz.organisations.models import Organisation

from ..indexing import rebuild_index
from ..models import Occupation, Offer, OfferPlace
from ..occupations import SUBSET, load_occupations

DATA = Path(__file__).with_name("offers.json")
TRANSLATIONS = Path(__file__).with_name("translations.json")


def _day(today, offset):
    return None if offset is None else today + datetime.timedelta(days=offset)


def _time(value):
    return datetime.time.fromisoformat(value) if value else None


def seed(stdout=None) -> None:
    load_occupations(SUBSET)
    items = json.loads(DATA.read_text(encoding="utf-8"))["offers"]
    today = timezone.localdate()
    now = timezone.now()
    providers = {o.slug: o for o in Organisation.objects.all()}
    groups = {g.slug: g for g in TargetGroup.objects.all()}
    fields = {f.slug: f for f in FieldOfAction.objects.all()}
    occupations = {o.code: o for o in Occupation.objects.all()}
    created = 0
    for number, item in enumerate(items):
        provider = providers.get(item["provider"])
        if provider is None:
            continue
        status = item["status"]
        published_at = (
            now - datetime.timedelta(days=(number * 3) % 90 + 1) if status in ("published", "expired") else None
        )
        renewed_days = item.get("renewed_days_ago")
        values = {
            "provider": provider,
            "title": item["title"],
            "summary": item["summary"],
            "description": item["description"],
            "offer_type": item["type"],
            "min_age": item.get("min_age"),
            "max_age": item.get("max_age"),
            "min_class": item.get("min_class"),
            "max_class": item.get("max_class"),
            "required_certificate": item.get("certificate", 0),
            "german_level": item.get("german", 0),
            "languages": "," + ",".join(item["languages"]) + ",",
            "cost": item["cost"],
            "fee_amount": Decimal(str(item["fee"])) if item.get("fee") else None,
            "cost_note": item.get("cost_note", ""),
            "barrier_free": item["barrier_free"],
            "accessibility_note": item.get("accessibility_note", ""),
            "is_online": item.get("online", False),
            "date_kind": item["date_kind"],
            "start_date": _day(today, item.get("start_in")),
            "end_date": _day(today, item.get("end_in")),
            "start_time": _time(item.get("start_time")),
            "end_time": _time(item.get("end_time")),
            "schedule_note": item.get("schedule_note", ""),
            "application_deadline": _day(today, item.get("deadline_in")),
            "seats": item.get("seats"),
            "contact_name": "Team Ausbildung und Beratung",
            "contact_email": item["contact_email"],
            "status": status,
            "published_at": published_at,
            "renewed_at": now - datetime.timedelta(days=renewed_days) if renewed_days else published_at,
            "expired_at": now if status == "expired" else None,
            "submitted_at": now if status == "submitted" else None,
        }
        offer, was_created = Offer.objects.update_or_create(slug=item["slug"], defaults=values)
        created += was_created
        offer.target_groups.set([groups[s] for s in item.get("groups", []) if s in groups])
        offer.fields_of_action.set([fields[s] for s in item.get("fields", []) if s in fields])
        offer.occupations.set([occupations[c] for c in item.get("occupations", []) if c in occupations])
        offer.places.all().delete()
        OfferPlace.objects.bulk_create(
            [
                OfferPlace(
                    offer=offer,
                    name=p["name"],
                    street=p["street"],
                    postcode=p["postcode"],
                    city=p["city"],
                    latitude=Decimal(str(p["lat"])),
                    longitude=Decimal(str(p["lon"])),
                )
                for p in item.get("places", [])
            ]
        )
    seed_translations()
    indexed = rebuild_index()
    if stdout:
        stdout.write(f"Angebote: {len(items)} (neu: {created}), im Suchindex: {indexed}")


def seed_translations() -> int:
    """Plain-language summaries and translations of a few demo offers (translations.json). Idempotent."""
    items = json.loads(TRANSLATIONS.read_text(encoding="utf-8"))["offers"]
    for slug, values in items.items():
        Offer.objects.filter(slug=slug).update(
            plain_summary=values.get("plain_summary", ""), translations=values.get("translations", {})
        )
    return len(items)

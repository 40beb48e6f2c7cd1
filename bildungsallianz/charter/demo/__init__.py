"""Demo data of the alliance: charter, taxonomy, partners, signatures, users."""

import json
import os
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from django.contrib.auth.models import Group
from django.utils import timezone

from bildungsallianz.accounts.models import STAFF_GROUP, Membership, User
from bildungsallianz.organisations.models import Contact, Organisation

from ..models import Charter, Commitment, FieldOfAction, Goal, Principle, Signature, TargetGroup

DATA = Path(__file__).with_name("alliance.json")
SIGNING_DAY = date(2025, 8, 29)


def _load() -> dict:
    return json.loads(DATA.read_text(encoding="utf-8"))


def seed(stdout=None) -> None:
    data = _load()
    charter_data = data["charter"]
    charter, _ = Charter.objects.update_or_create(
        version=charter_data["version"],
        defaults={
            "title": charter_data["title"],
            "preamble": charter_data["preamble"],
            "adopted_on": date.fromisoformat(charter_data["adopted_on"]),
            "is_current": True,
        },
    )
    for number, (title, description) in enumerate(data["principles"], start=1):
        Principle.objects.update_or_create(
            charter=charter, number=number, defaults={"title": title, "description": description}
        )
    fields = {}
    for number, item in enumerate(data["fields_of_action"], start=1):
        field, _ = FieldOfAction.objects.update_or_create(
            slug=item["slug"], defaults={"number": number, "title": item["title"], "description": item["description"]}
        )
        fields[field.slug] = field
        for order, text in enumerate(item["goals"]):
            Goal.objects.update_or_create(charter=charter, field_of_action=field, order=order, defaults={"text": text})
    for order, (slug, name) in enumerate(data["target_groups"]):
        TargetGroup.objects.update_or_create(slug=slug, defaults={"name": name, "order": order})

    for item in data["organisations"]:
        organisation, _ = Organisation.objects.update_or_create(
            slug=item["slug"],
            defaults={
                "name": item["name"],
                "short_name": item.get("short_name", ""),
                "sector": item["sector"],
                "description": item.get("description", ""),
                "street": item.get("street", ""),
                "postcode": item.get("postcode", ""),
                "city": item.get("city", ""),
                "latitude": Decimal(item["lat"]) if item.get("lat") else None,
                "longitude": Decimal(item["lon"]) if item.get("lon") else None,
                "website": item.get("website", ""),
            },
        )
        if item.get("signed"):
            Signature.objects.update_or_create(
                charter=charter,
                organisation=organisation,
                defaults={
                    "signed_on": SIGNING_DAY,
                    "confirmed": True,
                    "signatory_name": "",
                    "signatory_function": "",
                },
            )
        field_slug, text = item["commitment"]
        Commitment.objects.get_or_create(organisation=organisation, field_of_action=fields[field_slug], text=text)

    for slug, name, function, email, consent in data["contacts"]:
        Contact.objects.update_or_create(
            organisation=Organisation.objects.get(slug=slug),
            name=name,
            defaults={
                "function": function,
                "email": email,
                "consent_public": consent,
                "consent_recorded_at": timezone.make_aware(datetime(2025, 8, 29, 12, 0)) if consent else None,
                "consent_note": "Demo: Einwilligung bei der Unterzeichnung erfasst" if consent else "",
            },
        )
    _seed_users()
    if stdout:
        stdout.write(f"Allianz: {Organisation.objects.count()} Partner, {charter.signatures.count()} Unterzeichnungen.")


def _seed_users() -> None:
    """Demo accounts (password from DEMO_PASSWORD). Never run this in production."""
    password = os.environ.get("DEMO_PASSWORD", "bildung-demo-2025")
    staff_group, _ = Group.objects.get_or_create(name=STAFF_GROUP)
    accounts = [
        ("bildungsbuero@example.org", "Erika", "Beispiel", None, True),
        ("redaktion.krankenhaus@example.org", "Paula", "Probe", "staedtisches-krankenhaus-pirmasens", False),
        ("redaktion.ihk@example.org", "Karl", "Kammer", "ihk-pfalz", False),
    ]
    for email, first, last, org_slug, is_staff in accounts:
        user, created = User.objects.get_or_create(email=email, defaults={"first_name": first, "last_name": last})
        if created:
            user.set_password(password)
            user.save()
        if is_staff:
            user.groups.add(staff_group)
        if org_slug:
            Membership.objects.get_or_create(
                user=user, organisation=Organisation.objects.get(slug=org_slug), role=Membership.Role.EDITOR
            )

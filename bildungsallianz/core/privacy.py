"""Personal data across modules: find, export, erase (DSGVO Art. 15/17) and retention.

Every module that stores data about people registers a :class:`PersonalDataSource`
in its ``AppConfig.ready()`` (events and fair plug in their registrations the
same way)::

    from bildungsallianz.core.privacy import PersonalDataSource, personal_data

    personal_data.register(PersonalDataSource(
        key="charter.joinrequest",
        label="Beitrittsanträge",
        find="bildungsallianz.charter.privacy.find_join_requests",     # (email) -> list[dict]
        erase="bildungsallianz.charter.privacy.erase_join_requests",   # (email) -> int
        purge="bildungsallianz.charter.privacy.purge_join_requests",   # (now) -> int, idempotent
        retention="Abgelehnte Anträge: Löschung 180 Tage nach der Entscheidung",
    ))

``find`` returns one JSON-ready dict per stored record (what the export shows),
``erase`` deletes or anonymises every record of the address, ``purge`` applies the
retention period. :func:`person_erase` runs all erasers in one transaction and
writes one :class:`~bildungsallianz.core.models.PrivacyAction` (who, when, what —
the address itself only as a keyed hash).
"""

from __future__ import annotations

import datetime
import hashlib
import hmac
from dataclasses import dataclass

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from .registry import Ref, resolve


@dataclass(frozen=True)
class PersonalDataSource:
    key: str
    label: str
    find: Ref
    erase: Ref
    purge: Ref | None = None
    retention: str = ""


class PersonalDataRegistry:
    def __init__(self) -> None:
        self._sources: dict[str, PersonalDataSource] = {}

    def register(self, source: PersonalDataSource) -> PersonalDataSource:
        self._sources[source.key] = source
        return source

    def all(self) -> list[PersonalDataSource]:
        return sorted(self._sources.values(), key=lambda s: s.key)


personal_data = PersonalDataRegistry()


def normalise_email(email: str) -> str:
    return (email or "").strip().lower()


def subject_hash(email: str) -> str:
    """Keyed hash of an address for the audit log (proves which request was handled, stores no address)."""
    key = hmac.new(settings.SECRET_KEY.encode(), b"privacy-audit", hashlib.sha256).digest()
    return hmac.new(key, normalise_email(email).encode(), hashlib.sha256).hexdigest()


def _jsonable(value):
    if isinstance(value, datetime.datetime | datetime.date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    return value if value is None or isinstance(value, str | int | float | bool) else str(value)


def person_find(email: str) -> list[tuple[PersonalDataSource, list[dict]]]:
    email = normalise_email(email)
    if not email:
        return []
    return [(source, [_jsonable(r) for r in resolve(source.find)(email)]) for source in personal_data.all()]


def _log(action: str, email: str, by, counts: dict) -> None:
    from .models import PrivacyAction

    PrivacyAction.objects.create(
        action=action, subject_hash=subject_hash(email), counts=counts, by=by if by and by.is_authenticated else None
    )


def person_export(*, email: str, by, now=None) -> dict:
    """Everything stored about the address (Art. 15), as a JSON-ready dict; the export is logged."""
    found = person_find(email)
    _log("export", email, by, {source.key: len(records) for source, records in found})
    return {
        "email": normalise_email(email),
        "exported_at": (now or timezone.now()).isoformat(),
        "controller": settings.WAGTAIL_SITE_NAME,
        "records": {source.key: {"label": str(source.label), "items": records} for source, records in found},
    }


@transaction.atomic
def person_erase(*, email: str, by) -> dict[str, int]:
    """Delete or anonymise every record of the address (Art. 17) in one transaction, logged."""
    email = normalise_email(email)
    if not email:
        return {}
    # Other modules find a person's records through the user account (memberships, tasks …):
    # the account itself is anonymised last, after they have found and erased theirs.
    sources = sorted(personal_data.all(), key=lambda s: s.key == "accounts.user")
    counts = {source.key: int(resolve(source.erase)(email) or 0) for source in sources}
    _log("erase", email, by, counts)
    return counts


def purge_expired(now=None) -> dict[str, int]:
    """Apply every registered retention period (idempotent); returns counts per source label."""
    now = now or timezone.now()
    result = {}
    for source in personal_data.all():
        if source.purge is not None:
            result[str(source.label)] = int(resolve(source.purge)(now) or 0)
    return result


def retention_days(name: str) -> int:
    return int(settings.RETENTION_DAYS[name])

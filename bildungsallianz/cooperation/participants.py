"""Workshop participants without an account: whoever enters the workshop code gets a
random device key in a signed cookie (no personal data). The dot limit is held per key."""

from __future__ import annotations

import secrets

from django.core import signing

COOKIE = "werkstatt"
SALT = "cooperation.workshop-participant"
MAX_AGE = 60 * 60 * 24 * 14  # two weeks: the workshop day and its follow-up


def _keys(request) -> dict:
    try:
        value = request.get_signed_cookie(COOKIE, salt=SALT, max_age=MAX_AGE)
        data = signing.loads(value) if value else {}
    except (KeyError, signing.BadSignature, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def participant_key(request, workshop) -> str:
    """The device key for this workshop, or '' if the device never entered its code."""
    return str(_keys(request).get(str(workshop.pk), ""))


def join(request, response, workshop) -> str:
    """Remember on this device that it entered the workshop's code; returns the key."""
    keys = _keys(request)
    key = keys.get(str(workshop.pk)) or secrets.token_urlsafe(16)
    keys[str(workshop.pk)] = key
    response.set_signed_cookie(
        COOKIE,
        signing.dumps(keys),
        salt=SALT,
        max_age=MAX_AGE,
        httponly=True,
        samesite="Lax",
        secure=request.is_secure(),
    )
    return key

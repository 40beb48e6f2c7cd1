"""Second factor for staff: TOTP (django-otp) with one-time recovery codes.

Everybody who can enter the back office (Bildungsbüro staff, superusers, any
user with Wagtail admin access) must confirm a code from an authenticator app
after the password; until then :class:`SecondFactorMiddleware` lets such a
session reach only the pages of this module and the logout.
"""

from __future__ import annotations

import base64
import secrets
from urllib.parse import quote, urlencode

from django.conf import settings
from django.db import transaction
from django_otp import login as otp_login
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

RECOVERY_CODES = 10


def is_back_office_user(user) -> bool:
    if not user.is_authenticated:
        return False
    return bool(user.is_superuser or user.is_bildungsbuero or user.has_perm("wagtailadmin.access_admin"))


def needs_second_factor(user) -> bool:
    return getattr(settings, "STAFF_REQUIRE_2FA", True) and is_back_office_user(user)


def login_name(request, credentials) -> str:
    """AXES_USERNAME_CALLABLE: the e-mail address as the login compares it (case-insensitive)."""
    value = (credentials or {}).get("username") or request.POST.get("username", "")
    return str(value).strip().lower()


def totp_pending_device(*, user) -> TOTPDevice:
    """The user's unconfirmed TOTP device (created once; its secret is shown for enrolment)."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    return device or TOTPDevice.objects.create(user=user, name="Authenticator-App", confirmed=False)


def totp_secret_base32(device: TOTPDevice) -> str:
    return base64.b32encode(device.bin_key).decode().rstrip("=")


def totp_uri(device: TOTPDevice) -> str:
    issuer = settings.WAGTAIL_SITE_NAME
    label = quote(f"{issuer}:{device.user.email}")
    query = urlencode({"secret": totp_secret_base32(device), "issuer": issuer, "digits": device.digits})
    return f"otpauth://totp/{label}?{query}"


def _new_recovery_codes(user) -> list[str]:
    device, _created = StaticDevice.objects.get_or_create(user=user, name="Wiederherstellungscodes")
    device.token_set.all().delete()
    codes = ["-".join(secrets.token_hex(2) for _ in range(3)) for _ in range(RECOVERY_CODES)]
    StaticToken.objects.bulk_create([StaticToken(device=device, token=code) for code in codes])
    return codes


@transaction.atomic
def totp_confirm(*, request, device: TOTPDevice, code: str) -> list[str] | None:
    """Confirm enrolment with a first code; returns new recovery codes, or None if the code is wrong."""
    if not device.verify_token(code.strip().replace(" ", "")):
        return None
    TOTPDevice.objects.filter(user=device.user, confirmed=True).delete()  # one app at a time
    device.confirmed = True
    device.save()
    otp_login(request, device)
    return _new_recovery_codes(device.user)


def verify(*, request, code: str) -> bool:
    """Check a TOTP or recovery code against the user's confirmed devices; mark the session verified."""
    code = code.strip().replace(" ", "")
    devices = [*TOTPDevice.objects.devices_for_user(request.user), *StaticDevice.objects.devices_for_user(request.user)]
    for device in devices:
        if device.verify_is_allowed()[0] and device.verify_token(code):
            otp_login(request, device)
            return True
    return False


def has_second_factor(user) -> bool:
    return TOTPDevice.objects.filter(user=user, confirmed=True).exists()


def recovery_codes_left(user) -> int:
    return StaticToken.objects.filter(device__user=user).count()


def regenerate_recovery_codes(*, user) -> list[str]:
    return _new_recovery_codes(user)


def shorten_staff_session(sender, request, user, **kwargs):
    """user_logged_in receiver: back-office sessions end after STAFF_SESSION_SECONDS."""
    if request is not None and hasattr(request, "session") and is_back_office_user(user):
        request.session.set_expiry(settings.STAFF_SESSION_SECONDS)

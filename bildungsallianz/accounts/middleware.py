"""Sessions of back-office users need a confirmed second factor before they reach anything."""

from urllib.parse import urlencode

from django.shortcuts import redirect
from django.urls import reverse

from .twofactor import has_second_factor, needs_second_factor

OPEN_PREFIXES = (
    "/static/",
    "/healthz",
    "/cms/logout/",
    "/konto/abmelden/",
    "/konto/zwei-faktor/",
    "/en/konto/abmelden/",
    "/en/konto/zwei-faktor/",
)


class SecondFactorMiddleware:
    """After django_otp's OTPMiddleware: a staff session that is not verified is sent to the
    code page (or to the enrolment when the user has no authenticator yet), with ``next``."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = request.user
        if (
            user.is_authenticated
            and not request.path_info.startswith(OPEN_PREFIXES)
            and needs_second_factor(user)
            and not user.is_verified()
        ):
            target = "accounts:otp_verify" if has_second_factor(user) else "accounts:otp_setup"
            return redirect(f"{reverse(target)}?{urlencode({'next': request.get_full_path()})}")
        return self.get_response(request)

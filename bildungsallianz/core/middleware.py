"""Request-wide protections that belong to no single view."""

from django.conf import settings
from django.http import HttpResponse
from django.utils.translation import gettext as _

# Features this site never uses; a browser refuses them to any script on it.
PERMISSIONS_POLICY = (
    "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), "
    "payment=(), usb=(), interest-cohort=(), browsing-topics=()"
)


def body_limit(request) -> int:
    """The largest request body this request may send, in bytes.

    The most specific ``BODY_MAX_BYTES_BY_PATH`` prefix wins (large uploads of
    staff); otherwise anonymous requests get ``ANONYMOUS_BODY_MAX_BYTES`` (the
    public forms are small) and logged-in users ``UPLOAD_MAX_BYTES``.
    """
    path = request.path_info
    prefixes = [p for p in getattr(settings, "BODY_MAX_BYTES_BY_PATH", {}) if path.startswith(p)]
    if prefixes:
        return settings.BODY_MAX_BYTES_BY_PATH[max(prefixes, key=len)]
    if not request.user.is_authenticated:
        return settings.ANONYMOUS_BODY_MAX_BYTES
    return settings.UPLOAD_MAX_BYTES


class SecurityMiddleware:
    """Refuses oversized request bodies before anything reads them (413); sets Permissions-Policy.

    Placed after the authentication middleware (the limit depends on the user)
    and before anything that parses the body (CSRF reads ``request.POST`` in
    ``process_view``, which runs after every middleware's ``__call__``).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0
        if length > body_limit(request):
            response = HttpResponse(
                _("Die gesendeten Daten sind zu groß."), status=413, content_type="text/plain; charset=utf-8"
            )
            response["Connection"] = "close"
        else:
            response = self.get_response(request)
        response.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        return response

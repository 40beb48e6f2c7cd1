"""Version 1 of the public read API (django-ninja), mounted at /api/v1/."""

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.utils import translation
from django.utils.translation import gettext as _
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, Throttled
from ninja.errors import ValidationError as NinjaValidationError
from ninja.throttling import AnonRateThrottle

from bildungsallianz.core.ratelimit import address_hash, client_address

from ..http import PROBLEM_TYPE, api_language, finish, problem
from ..pagination import InvalidCursor


class BadRequest(Exception):
    """A parameter the client sent cannot be used (German message, English via gettext)."""


class ClientThrottle(AnonRateThrottle):
    """The documented rate limit, per client address: the trusted proxy header only when the
    request comes from a trusted proxy (core.ratelimit), and only a keyed hash of it in the cache."""

    def get_ident(self, request):
        return client_address(request)

    def get_cache_key(self, request):
        return "api-throttle:" + address_hash(self.get_ident(request) or "")


class PublicApi(NinjaAPI):
    def create_response(self, request, data, *, status=None, temporal_response=None):
        with translation.override(api_language(request)):
            response = super().create_response(request, data, status=status, temporal_response=temporal_response)
            return finish(request, response)

    def problem_response(self, request, status: int, title: str, detail: str = "", **extra):
        body = problem(request, status, title, detail, **extra)
        response = self.create_response(request, body, status=status)
        response["Content-Type"] = PROBLEM_TYPE
        return response


api = PublicApi(
    title="Bildungsallianz API",
    version="1",
    description=(
        "Read API over every public object of the platform: offers, partners, the charter, "
        "indicators, observations, regions, sources and reports. Lists use cursor pagination (`next`), "
        "responses carry an `ETag` (send `If-None-Match` for a 304), CORS is open for GET, and "
        "errors are RFC 9457 problem details in German, English or French (`Accept-Language`). "
        f"Rate limit: {settings.API_RATE_LIMIT} per client address."
    ),
    urls_namespace="api-v1",
    docs_url="/docs",
    openapi_url="/openapi.json",
    throttle=[ClientThrottle(settings.API_RATE_LIMIT)],
)


@api.exception_handler(Http404)
def not_found(request, exc):
    with translation.override(api_language(request)):
        return api.problem_response(request, 404, _("Nicht gefunden"), _("Diese Ressource gibt es nicht."))


@api.exception_handler(AuthenticationError)
def unauthenticated(request, exc):
    with translation.override(api_language(request)):
        response = api.problem_response(
            request,
            401,
            _("Anmeldung nötig"),
            _("Bitte senden Sie einen gültigen API-Schlüssel: Authorization: Bearer <Schlüssel>."),
        )
        response["WWW-Authenticate"] = "Bearer"
        return response


@api.exception_handler(PermissionDenied)
def forbidden(request, exc):
    with translation.override(api_language(request)):
        return api.problem_response(request, 403, _("Nicht erlaubt"))


@api.exception_handler(BadRequest)
def bad_request(request, exc):
    with translation.override(api_language(request)):
        return api.problem_response(request, 400, _("Ungültige Anfrage"), _(str(exc)))


@api.exception_handler(InvalidCursor)
def invalid_cursor(request, exc):
    with translation.override(api_language(request)):
        return api.problem_response(
            request, 400, _("Ungültige Anfrage"), _("Der Parameter „cursor“ stammt nicht aus einer Antwort dieser API.")
        )


@api.exception_handler(NinjaValidationError)
def invalid_parameters(request, exc):
    with translation.override(api_language(request)):
        errors = [
            {"parameter": ".".join(str(p) for p in error.get("loc", [])[1:]), "message": error.get("msg", "")}
            for error in exc.errors
        ]
        return api.problem_response(
            request, 400, _("Ungültige Anfrage"), _("Mindestens ein Parameter ist ungültig."), errors=errors
        )


@api.exception_handler(Throttled)
def throttled(request, exc):
    with translation.override(api_language(request)):
        response = api.problem_response(
            request, 429, _("Zu viele Anfragen"), _("Bitte warten Sie kurz und versuchen Sie es dann erneut.")
        )
        if exc.wait:
            response["Retry-After"] = str(int(exc.wait) + 1)
        return response


from . import charter, events, monitoring, offers, opendata, organisations, partner, projects, reports  # noqa: E402

api.add_router("/organisations", organisations.router)
api.add_router("/charter", charter.router)
api.add_router("/offers", offers.router)
api.add_router("/", monitoring.router)
api.add_router("/", opendata.router)
api.add_router("/projects", projects.router)
api.add_router("/reports", reports.router)
api.add_router("/", events.router)
api.add_router("/partner", partner.router, auth=partner.TokenAuth())

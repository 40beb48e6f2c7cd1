"""Middleware: whole-page cache for anonymous visitors and compression without secrets."""

from __future__ import annotations

import hashlib

from django.conf import settings
from django.http import HttpResponse, HttpResponseNotModified
from django.middleware.gzip import GZipMiddleware
from django.utils import translation
from django.utils.cache import cc_delim_re

from . import cache as content_cache

#: Never cached: back office, accounts, files, the partner write API (tokens), health check.
#: The public read API is cached like pages (its answers depend only on URL and language).
EXCLUDED_PREFIXES = (
    "/cms/",
    "/konto/",
    "/en/konto/",
    "/dokumente/",
    "/dateien/",
    "/media/",
    "/static/",
    "/api/v1/partner/",
    "/healthz",
)
#: Paths whose answers choose their language from the Accept-Language header itself (the API
#: negotiates among its own languages): the header is part of the key, not only the UI language.
ACCEPT_LANGUAGE_KEYED_PREFIXES = ("/api/",)
NONCE_PLACEHOLDER = "__csp_nonce_placeholder__"
#: A stored page may only vary on what its key holds (language, htmx) or what the
#: cache's rules exclude (cookies: no session; encoding: compressed per answer).
_ALLOWED_VARY = {"cookie", "accept-language", "accept-encoding", "hx-request"}
_DROPPED_HEADERS = {"content-length", "x-page-cache", "x-accel-redirect", "x-sendfile"}


def _may_use_cache(request) -> bool:
    """Only GETs of visitors without any cookie a page could depend on and without credentials.

    A session (logged in), pending messages, a watch list or a workshop participant's
    cookie all change what a page shows; only the CSRF and language cookies do not.
    """
    harmless = {settings.CSRF_COOKIE_NAME, settings.LANGUAGE_COOKIE_NAME}
    return (
        request.method == "GET"
        and settings.PUBLIC_PAGE_CACHE_SECONDS > 0
        and not set(request.COOKIES) - harmless
        and "HTTP_AUTHORIZATION" not in request.META
        and not request.path.startswith(EXCLUDED_PREFIXES)
        and len(request.META.get("QUERY_STRING", "")) <= 512
    )


def _may_store(request, response) -> bool:
    """Only complete 200 answers that set no cookie, hold no CSRF token and allow caching."""
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    if request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):  # the page holds a form with a CSRF token
        return False
    if response.has_header("X-Accel-Redirect") or response.has_header("X-Sendfile"):
        return False
    vary = {v.strip().lower() for v in cc_delim_re.split(response.get("Vary", "")) if v.strip()}
    if vary - _ALLOWED_VARY:
        return False
    control = {d.strip().lower() for d in cc_delim_re.split(response.get("Cache-Control", ""))}
    return not control & {"private", "no-cache", "no-store"}


def _key(request) -> str:
    parts = [
        request.scheme,
        request.get_host(),
        translation.get_language(),
        content_cache.today_key(),  # pages that depend on today's date change at midnight
        "htmx" if request.headers.get("HX-Request") else "",
        request.get_full_path(),
    ]
    if request.path.startswith(ACCEPT_LANGUAGE_KEYED_PREFIXES):
        parts.append(request.headers.get("Accept-Language", ""))
    return "page:" + hashlib.sha256("\n".join(parts).encode()).hexdigest()


class PublicPageCacheMiddleware:
    """Serve anonymous public pages from the content cache until their content changes.

    Sits after the CSP middleware: a cached page gets a fresh nonce on every answer
    (the stored HTML carries a placeholder), and the headers of the outer
    middleware (security, CSP, language) are added as for a rendered page.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            return self._respond(request)
        finally:
            content_cache.flush_deferred()

    def _respond(self, request):
        if not _may_use_cache(request) or content_cache._uncommitted_writes():
            return self.get_response(request)
        key = _key(request)
        entry, token = content_cache.lookup(key)
        if not content_cache.is_missing(entry):
            return self._replay(request, entry)
        response = self.get_response(request)
        if _may_store(request, response):
            content_cache.store(key, token, self._snapshot(request, response), settings.PUBLIC_PAGE_CACHE_SECONDS)
            response["X-Page-Cache"] = "miss"
        return response

    @staticmethod
    def _snapshot(request, response) -> dict:
        content = response.content
        nonce = getattr(request, "_csp_nonce", None)
        if isinstance(nonce, str) and nonce:
            content = content.replace(nonce.encode(), NONCE_PLACEHOLDER.encode())
        headers = {name: value for name, value in response.items() if name.lower() not in _DROPPED_HEADERS}
        return {"content": content, "headers": headers}

    @staticmethod
    def _replay(request, entry) -> HttpResponse:
        etag = entry["headers"].get("ETag")
        if etag and etag in [tag.strip() for tag in request.headers.get("If-None-Match", "").split(",")]:
            not_modified = HttpResponseNotModified()
            for name, value in entry["headers"].items():
                if name.lower() not in ("content-type", "content-length", "content-encoding"):
                    not_modified[name] = value
            not_modified["X-Page-Cache"] = "hit"
            return not_modified
        content = entry["content"]
        if NONCE_PLACEHOLDER.encode() in content:
            content = content.replace(NONCE_PLACEHOLDER.encode(), str(request.csp_nonce).encode())
        response = HttpResponse(content)
        for name, value in entry["headers"].items():
            response[name] = value
        response["X-Page-Cache"] = "hit"
        return response


class SecretFreeGZipMiddleware(GZipMiddleware):
    """GZip only answers that carry no secret (BREACH): no CSRF token, no session.

    Public pages of anonymous visitors are most of the traffic and the largest
    HTML; forms with a CSRF token and pages of logged-in users stay uncompressed.
    Static files are compressed ahead of time by WhiteNoise.
    """

    def process_response(self, request, response):
        # The CSRF middleware answers a used token with its cookie (and has reset the flag by now).
        if (
            settings.CSRF_COOKIE_NAME in response.cookies
            or request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
            or settings.SESSION_COOKIE_NAME in request.COOKIES
        ):
            return response
        return super().process_response(request, response)

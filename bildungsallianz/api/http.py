"""HTTP behaviour shared by every API response: ETag/304, CORS for public GET,
RFC 9457 problem details in every UI language (German, English, French), and the documented rate limit."""

from __future__ import annotations

import hashlib

from django.conf import settings
from django.http import HttpResponse, HttpResponseNotModified
from django.utils import translation
from django.utils.cache import patch_vary_headers
from django.utils.translation import gettext as _
from django.utils.translation.trans_real import parse_accept_lang_header

PROBLEM_TYPE = "application/problem+json"
API_LANGUAGES = tuple(code for code, _name in settings.LANGUAGES)


def api_language(request) -> str:
    """German unless the client asks for another UI language first (Accept-Language or ?lang=)."""
    asked = request.GET.get("lang", "")
    if asked in API_LANGUAGES:
        return asked
    for code, _q in parse_accept_lang_header(request.headers.get("Accept-Language", "")):
        primary = code.split("-")[0].lower()
        if primary in API_LANGUAGES:
            return primary
    return settings.LANGUAGE_CODE.split("-")[0]


def problem(request, status: int, title: str, detail: str = "", **extra) -> dict:
    """An RFC 9457 problem document (the caller renders it with status and media type)."""
    body = {"type": "about:blank", "title": title, "status": status}
    if detail:
        body["detail"] = detail
    body["instance"] = request.path
    body.update(extra)
    return body


def finish(request, response: HttpResponse) -> HttpResponse:
    """Add CORS, caching validators and the language; answer 304 when the client has it."""
    response["Access-Control-Allow-Origin"] = "*"
    response["Access-Control-Expose-Headers"] = "ETag, Link, X-RateLimit-Limit"
    response["Content-Language"] = translation.get_language() or settings.LANGUAGE_CODE
    patch_vary_headers(response, ["Accept-Language"])
    if request.method in ("GET", "HEAD") and response.status_code == 200 and not response.streaming:
        etag = '"' + hashlib.blake2b(response.content, digest_size=16).hexdigest() + '"'
        response["ETag"] = etag
        response["Cache-Control"] = "public, max-age=60"
        if etag in [tag.strip() for tag in request.headers.get("If-None-Match", "").split(",")]:
            not_modified = HttpResponseNotModified()
            for header in ("ETag", "Cache-Control", "Access-Control-Allow-Origin", "Vary", "Content-Language"):
                not_modified[header] = response[header]
            return not_modified
    return response


def rate_limit_title() -> str:
    return _("Zu viele Anfragen")

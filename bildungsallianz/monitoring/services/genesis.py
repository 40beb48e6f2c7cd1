"""Fetch the tables the instance uses from the GENESIS web service and import them (issue 12).

A scheduled job (``manage.py genesis_fetch``, daily or weekly by cron) asks
the REST service for each table as a flat file (``format=ffcsv``): tables of
GENESIS-Online of the Statistisches Bundesamt (codes ``NNNNN-NNNN``) at
``GENESIS_ONLINE_URL`` with ``GENESIS_ONLINE_USERNAME`` / ``…_PASSWORD``, all
others at the Regionaldatenbank (``GENESIS_URL``, ``GENESIS_USERNAME`` /
``GENESIS_PASSWORD``). The credentials (user name or API token) go in the
request headers, as both services require since 30 June 2025 (POST only),
never in a URL, the body or a log line. The answer (a CSV, or a ZIP with one)
goes to the same
:func:`~.imports.import_statistics` as an upload: preview, unknown regions,
all-or-nothing write, indicators recomputed. An answer already imported
(same SHA-256) is skipped, so the job is idempotent and cheap. Tests pass a
recorded ``opener``; they never reach the network.
"""

from __future__ import annotations

import hashlib
import json
import re
import urllib.parse
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass

from django.conf import settings
from django.utils.translation import gettext as _

from ..models import ImportRun, Indicator, Source
from .import_plan import ImportFailed
from .imports import import_statistics

#: ``opener(url, body, headers) -> bytes``
Opener = Callable[[str, bytes, dict], bytes]
_TABLE_CODE = re.compile(r"^\d{5}-[0-9A-Z]{1,4}(-[0-9A-Z]{1,4}){0,3}$")
#: A table of GENESIS-Online (Statistisches Bundesamt), not of the Regionaldatenbank.
_ONLINE_CODE = re.compile(r"^\d{5}-\d{4}$")


@dataclass(frozen=True)
class Service:
    """One GENESIS web service and the credentials for it (from the environment)."""

    name: str
    url: str
    username: str
    password: str
    settings_names: str  #: which settings to fill, for the message when they are missing


def service_for(table: str) -> Service:
    """GENESIS-Online for ``NNNNN-NNNN``, else the Regionaldatenbank."""
    if _ONLINE_CODE.match(table):
        return Service(
            "GENESIS-Online",
            settings.GENESIS_ONLINE_URL,
            (settings.GENESIS_ONLINE_USERNAME or "").strip(),
            (settings.GENESIS_ONLINE_PASSWORD or "").strip(),
            "GENESIS_ONLINE_USERNAME und GENESIS_ONLINE_PASSWORD",
        )
    return Service(
        "Regionaldatenbank",
        settings.GENESIS_URL,
        (settings.GENESIS_USERNAME or "").strip(),
        (settings.GENESIS_PASSWORD or "").strip(),
        "GENESIS_USERNAME und GENESIS_PASSWORD",
    )


@dataclass
class FetchResult:
    table: str
    state: str  #: "imported", "unchanged", "failed"
    message: str = ""
    new: int = 0
    changed: int = 0


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    """A redirect would turn the POST into a GET and carry the credential headers to another address: refused."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None  # urllib then raises HTTPError (an OSError): "Webservice nicht erreichbar"


def _urlopen(url: str, body: bytes, headers: dict) -> bytes:  # pragma: no cover – network
    request = urllib.request.Request(url, data=body, headers=headers, method="POST")  # noqa: S310 – https URL from settings
    with urllib.request.build_opener(_NoRedirect).open(request, timeout=120) as response:
        return response.read()


def _header_safe(value: str) -> bool:
    """HTTP headers carry printable ASCII only (an API token always is)."""
    return value.isascii() and value.isprintable()


def genesis_tables() -> list[tuple[str, str]]:
    """(table code, source code) of every source a published indicator reads that has a GENESIS table code."""
    used = {spec["source"] for i in Indicator.objects.published() for spec in i.input_specs()}
    pairs = []
    for source in Source.objects.filter(code__in=used).order_by("code"):
        code = source.table_code or source.code
        if _TABLE_CODE.match(code):
            pairs.append((code, source.code))
    return pairs


def _error_of(answer: bytes) -> str:
    """The service's message when it answered with JSON (an error or "no data") instead of a table."""
    head = answer[:1].strip() or answer.lstrip()[:1]
    if head not in (b"{", b"["):
        return ""
    try:
        status = json.loads(answer.decode("utf-8")).get("Status", {})
    except (ValueError, AttributeError):
        return _("Der Webservice hat eine unlesbare Antwort geschickt.")
    return f"{status.get('Code', '?')}: {status.get('Content', '')}".strip()


def genesis_fetch(*, tables: list[str] | None = None, opener: Opener | None = None) -> list[FetchResult]:
    """Fetch and import each table (default: :func:`genesis_tables`); one result per table, never raises per table.

    Without any credentials the job stops with a German message; a table whose
    service has none fails alone (the others are fetched).
    """
    if not (settings.GENESIS_USERNAME or settings.GENESIS_ONLINE_USERNAME):
        raise ImportFailed(
            _(
                "Für den GENESIS-Webservice fehlen die Zugangsdaten (GENESIS_USERNAME und GENESIS_PASSWORD, "
                "für Tabellen des Statistischen Bundesamts GENESIS_ONLINE_USERNAME und GENESIS_ONLINE_PASSWORD)."
            )
        )
    opener = opener or _urlopen
    known = dict(genesis_tables())
    wanted = [(t, known.get(t, "")) for t in tables] if tables else list(known.items())
    results = []
    for table, source_code in wanted:
        service = service_for(table)
        if not service.username:
            message = _("Für %(service)s fehlen die Zugangsdaten (%(names)s).") % {
                "service": service.name,
                "names": service.settings_names,
            }
            results.append(FetchResult(table, "failed", message))
            continue
        if not (_header_safe(service.username) and _header_safe(service.password)):
            message = _(
                "Die Zugangsdaten für %(service)s (%(names)s) enthalten Zeichen, die nicht in einer Anfrage "
                "stehen können (Umlaute, Zeilenumbrüche). Bitte verwenden Sie den API-Token als Nutzernamen "
                "(ohne Passwort)."
            ) % {"service": service.name, "names": service.settings_names}
            results.append(FetchResult(table, "failed", message))
            continue
        body = urllib.parse.urlencode(
            {"name": table, "area": "all", "compress": "false", "format": "ffcsv", "language": "de"}
        ).encode()
        headers = {
            "Content-Type": "application/x-www-form-urlencoded",
            "Accept": "text/csv, application/zip, application/json",
            # user name (or API token, then without password) and password: in the headers only
            "username": service.username,
            "password": service.password,
        }
        results.append(_fetch_one(table, source_code, opener, (service.url, body, headers)))
    return results


def _fetch_one(table: str, source_code: str, opener: Opener, request: tuple[str, bytes, dict]) -> FetchResult:
    try:
        answer = opener(*request)
    except (OSError, ValueError, UnicodeError) as exc:  # the type only: a message could repeat a header
        message = _("Webservice nicht erreichbar (%(error)s).") % {"error": type(exc).__name__}
        return FetchResult(table, "failed", message)
    error = _error_of(answer)
    if error:
        return FetchResult(table, "failed", _("Der Webservice meldet: %(error)s") % {"error": error[:300]})
    digest = hashlib.sha256(answer).hexdigest()
    if ImportRun.objects.filter(sha256=digest, state=ImportRun.State.SUCCEEDED).exists():
        return FetchResult(table, "unchanged", _("Diese Fassung ist schon importiert."))
    try:
        run = import_statistics(data=answer, filename=f"{table}_genesis.csv", source_code=source_code)
    except ImportFailed as exc:
        return FetchResult(table, "failed", " ".join(exc.messages))
    return FetchResult(table, "imported", "", run.count_new, run.count_changed)

"""Content caching: values, documents and anonymous pages, valid until their content changes.

One mechanism for the whole project (docs/decisions/0010-content-cache.md):

* **Content versions.** Each app label ("offers", "charter", "monitoring", …) has a
  version token in Django's cache, and so has the whole public content ("content").
  Every committed INSERT/UPDATE/DELETE on a table of an app gives that app and
  "content" a new random token. The writes are seen by a database execute wrapper
  on every connection (``install``), so no model, service, Wagtail admin view,
  management command or task worker has to remember to invalidate anything.
  Tables that never show on public pages (sessions, the cache itself, task
  results, login throttling, admin logs) are ignored.
* **Entries** are stored together with the token they were built under; a reader
  fetches token and entry in one cache round trip and uses the entry only while the
  token is unchanged. The token is read *before* building, so a build that races a
  write is stored under the old token and never served.
* **Keys** carry the code release (templates, code and static manifest change the
  HTML) and the active language.

Use ``cached(key, build, kinds=(...))`` for values (charts, PDFs) and
``PublicPageCacheMiddleware`` for whole anonymous pages.
"""

from __future__ import annotations

import atexit
import hashlib
import logging
import re
import uuid
from collections.abc import Callable, Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar

from django.apps import apps
from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError, connections, transaction
from django.utils import timezone, translation

T = TypeVar("T")
logger = logging.getLogger(__name__)

CONTENT = "content"
#: App labels whose tables never appear on public pages.
IGNORED_KINDS = frozenset(
    {"sessions", "admin", "axes", "otp_totp", "otp_static", "otp_email", "django_tasks_db", "django_tasks_database"}
)
#: Single tables that never appear on public pages, registered by their app's ``ready()``
#: through :func:`ignore_tables` (e.g. the search statistics, written on every search).
_IGNORED_TABLES: set[str] = set()
_WRITE = re.compile(r"^\s*(?:INSERT\s+(?:OR\s+\w+\s+)?INTO|UPDATE|DELETE\s+FROM|REPLACE\s+INTO)\s+[\"`]?(\w+)", re.I)
_MISSING = object()


# --------------------------------------------------------------------------- versions


def _ns() -> str:
    return f"{release()}:{getattr(settings, 'CONTENT_CACHE_NAMESPACE', '')}"


def _version_key(kind: str) -> str:
    return f"cv:{getattr(settings, 'CONTENT_CACHE_NAMESPACE', '')}:{kind}"


def bump(kinds: Iterable[str]) -> None:
    """Give each kind (and the whole public content) a new version token."""
    token = uuid.uuid4().hex
    try:
        cache.set_many({_version_key(kind): token for kind in {*kinds, CONTENT}}, None)
    except DatabaseError:  # no cache table yet (first migrate): nothing can be cached either
        logger.debug("content cache: version not bumped for %s", sorted(kinds), exc_info=True)


@lru_cache(maxsize=1)
def _tables() -> dict[str, str]:
    tables = {m._meta.db_table.lower(): m._meta.app_label for m in apps.get_models(include_auto_created=True)}
    for alias in settings.CACHES.values():
        if alias.get("BACKEND", "").endswith("DatabaseCache"):
            tables[alias["LOCATION"].lower()] = "__cache__"
    return tables


def ignore_tables(*tables: str) -> None:
    """Writes to these tables never invalidate cached content (tables no public page shows)."""
    _IGNORED_TABLES.update(table.lower() for table in tables)


def kind_of_write(sql: str) -> str | None:
    """The app label of the table an INSERT/UPDATE/DELETE writes to; None for reads and ignored tables."""
    match = _WRITE.match(sql)
    if match is None:
        stripped = sql.lstrip()[:6].upper()
        # A write we cannot attribute (e.g. WITH … UPDATE) counts for all content.
        return CONTENT if stripped == "WITH" and re.search(r"\b(INSERT|UPDATE|DELETE)\b", sql, re.I) else None
    table = match.group(1).lower()
    if table in _IGNORED_TABLES:
        return None
    kind = _tables().get(table) or table.split("_", 1)[0]
    if kind == "__cache__" or kind in IGNORED_KINDS:
        return None
    return kind


class _PendingWrites:
    """Kinds written by one connection and not yet bumped.

    ``kinds``: written in the current transaction, bumped on commit. ``deferred``:
    written in autocommit mode by a statement whose result rows are still being read
    (SQLite's ``INSERT … RETURNING`` keeps its statement open until then, so the cache
    cannot write yet); bumped before the connection's next statement or at the end of
    the request (``flush_deferred``).
    """

    def __init__(self):
        self.kinds: set[str] = set()
        self.deferred: set[str] = set()

    def __call__(self) -> None:  # the on_commit callback
        kinds, self.kinds = self.kinds, set()
        if kinds:
            bump(kinds)

    def flush_deferred(self) -> None:
        kinds, self.deferred = self.deferred, set()
        if kinds:
            bump(kinds)

    def registered(self, connection) -> bool:
        return any(func is self for _, func, _ in connection.run_on_commit)


def _pending(connection) -> _PendingWrites:
    return connection.__dict__.setdefault("_content_writes", _PendingWrites())


def _watch_writes(execute, sql, params, many, context):
    connection = context["connection"]
    pending = _pending(connection)
    if pending.deferred and not connection.in_atomic_block:
        pending.flush_deferred()
    result = execute(sql, params, many, context)
    kind = kind_of_write(sql)
    if kind is not None:
        if connection.in_atomic_block:
            pending.kinds.add(kind)
            if not pending.registered(connection):
                transaction.on_commit(pending, using=connection.alias)
        elif connection.vendor == "sqlite" and "RETURNING" in sql.upper():
            pending.deferred.add(kind)
        else:
            bump({kind})
    return result


def flush_deferred() -> None:
    """Bump what autocommit writes of this thread left deferred (end of a request or command)."""
    connection = connections["default"]
    pending = connection.__dict__.get("_content_writes")
    if pending is not None and pending.deferred and not connection.in_atomic_block:
        pending.flush_deferred()


def install(connection, **kwargs) -> None:
    """Watch the writes of a database connection (called for every new connection)."""
    if _watch_writes not in connection.execute_wrappers:
        connection.execute_wrappers.append(_watch_writes)
    if not _exit_hook:
        _exit_hook.append(atexit.register(flush_deferred))  # a command's last write


_exit_hook: list = []


def _uncommitted_writes() -> bool:
    """True while this thread's connection has uncommitted content writes: read around the cache."""
    connection = connections["default"]
    pending = connection.__dict__.get("_content_writes")
    return bool(connection.in_atomic_block and pending is not None and pending.kinds and pending.registered(connection))


# --------------------------------------------------------------------------- entries


@lru_cache(maxsize=1)
def release() -> str:
    """A token that changes when code, templates, translations or static files change."""
    if getattr(settings, "RELEASE", ""):
        return settings.RELEASE
    base = Path(settings.BASE_DIR)
    newest = 0.0
    count = 0
    roots = [base / "bildungsallianz", base / "templates", base / "locale", base / "static"]
    for root in roots:
        for path in root.rglob("*"):
            if path.suffix in {".py", ".html", ".mo", ".css", ".js", ".txt"}:
                newest = max(newest, path.stat().st_mtime)
                count += 1
    manifest = Path(settings.STATIC_ROOT) / "staticfiles.json"
    if manifest.exists():
        newest = max(newest, manifest.stat().st_mtime)
    return hashlib.sha256(f"{newest}:{count}".encode()).hexdigest()[:12]


def _tokens(found: dict, kinds: tuple[str, ...]) -> str:
    tokens = []
    for kind in kinds:
        key = _version_key(kind)
        token = found.get(key)
        if token is None:  # evicted or never set: start a new version, old entries never match again
            token = uuid.uuid4().hex
            if not cache.add(key, token, None):
                token = cache.get(key, token)
        tokens.append(token)
    return "|".join(tokens)


def lookup(key: str, kinds: tuple[str, ...] = (CONTENT,)) -> tuple[Any, str]:
    """(value or _MISSING, current version token) of an entry in one cache round trip."""
    full = f"cc:{_ns()}:{key}"
    found = cache.get_many([full, *(_version_key(kind) for kind in kinds)])
    token = _tokens(found, kinds)
    entry = found.get(full)
    if entry is not None and entry[0] == token:
        return entry[1], token
    return _MISSING, token


def store(key: str, token: str, value: Any, timeout: int) -> None:
    cache.set(f"cc:{_ns()}:{key}", (token, value), timeout)


def cached(key: str, build: Callable[[], T], *, kinds: tuple[str, ...] = (CONTENT,), timeout: int | None = None) -> T:
    """``build()``, cached under ``key`` and the active language until a write to one of ``kinds``."""
    timeout = settings.CONTENT_CACHE_SECONDS if timeout is None else timeout
    if timeout <= 0 or _uncommitted_writes():
        return build()
    key = f"{translation.get_language()}:{key}"
    value, token = lookup(key, kinds)
    if value is _MISSING:
        value = build()
        store(key, token, value, timeout)
    return value


def is_missing(value: Any) -> bool:
    return value is _MISSING


def today_key() -> str:
    return timezone.localdate().isoformat()

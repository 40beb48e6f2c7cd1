"""Private files: stored outside the public media path, served only after a permission check.

One mechanism for every module that keeps files which are not public
(statistics import files, images of draft offers, later meeting minutes,
attachments, survey files):

1. The model field uses ``PrivateStorage("<kind>")``: the file lands in
   ``PRIVATE_MEDIA_ROOT/<kind>/…`` — a directory no web server serves.
2. The module registers the kind in its ``AppConfig.ready()``::

       from bildungsallianz.core.files import FileKind, file_kinds

       file_kinds.register(FileKind(
           key="importe",
           can_view="bildungsallianz.monitoring.permissions.can_view_import_file",
           referenced="bildungsallianz.monitoring.selectors.import_file_names",
       ))

   ``can_view(user, name)`` decides per stored file name; ``referenced()``
   lists the names still needed (everything else is swept by the daily
   ``purge_personal_data`` command).
3. :func:`serve_private_file` (``/dateien/<kind>/<name>``) answers 404 to
   everybody the check refuses, and otherwise streams the file — or, with
   ``FILES_ACCEL_REDIRECT=1`` behind nginx, hands the transfer to the proxy
   with ``X-Accel-Redirect`` (see docs/operations.md).

When a row is deleted, its private files are deleted after the commit unless
another row still refers to the same name (change copies share images).
"""

from __future__ import annotations

import mimetypes
import os
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.db import models, transaction
from django.db.models.signals import post_delete
from django.http import FileResponse, Http404, HttpResponse
from django.urls import reverse
from django.utils.deconstruct import deconstructible
from django.views.decorators.http import require_safe

from .registry import Ref, resolve

ACCEL_PRIVATE_PREFIX = "/_intern/dateien/"
ACCEL_MEDIA_PREFIX = "/_intern/media/"
INLINE_TYPES = {"image/jpeg", "image/png", "image/webp", "image/gif"}


@dataclass(frozen=True)
class FileKind:
    """A kind of private file a module stores (one directory, one permission check)."""

    key: str  # URL segment and directory name, e.g. "importe"
    can_view: Ref  # callable(user, name: str) -> bool
    referenced: Ref | None = None  # callable() -> iterable of stored names still needed


class FileKindRegistry:
    def __init__(self) -> None:
        self._kinds: dict[str, FileKind] = {}

    def register(self, kind: FileKind) -> FileKind:
        self._kinds[kind.key] = kind  # idempotent
        return kind

    def get(self, key: str) -> FileKind | None:
        return self._kinds.get(key)

    def all(self) -> list[FileKind]:
        return sorted(self._kinds.values(), key=lambda k: k.key)


file_kinds = FileKindRegistry()


def private_root() -> Path:
    return Path(settings.PRIVATE_MEDIA_ROOT)


@deconstructible(path="bildungsallianz.core.files.PrivateStorage")
class PrivateStorage(FileSystemStorage):
    """Files of one kind under ``PRIVATE_MEDIA_ROOT/<kind>``; URLs point to the checking view."""

    def __init__(self, kind: str):
        self.kind = kind
        super().__init__()

    @property
    def base_location(self):
        return str(private_root() / self.kind)

    @property
    def location(self):
        return os.path.abspath(self.base_location)

    @property
    def base_url(self):
        return f"/dateien/{self.kind}/"

    def url(self, name):
        return reverse("private_file", kwargs={"kind": self.kind, "name": name})


def _clean_name(name: str) -> str:
    """The stored name, or 404 for anything that could leave the kind's directory."""
    parts = name.split("/")
    if not name or name.startswith("/") or "\\" in name or "\x00" in name or any(p in ("", ".", "..") for p in parts):
        raise Http404
    return name


def _content_type(name: str) -> str:
    return mimetypes.guess_type(name)[0] or "application/octet-stream"


def _harden(response: HttpResponse) -> HttpResponse:
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'"
    response["Cache-Control"] = "private, no-cache"
    return response


def file_response(request, *, path: Path, accel_path: str, download_name: str) -> HttpResponse:
    """Stream ``path`` (development) or let the proxy send it (``FILES_ACCEL_REDIRECT``)."""
    content_type = _content_type(download_name)
    disposition = "inline" if content_type in INLINE_TYPES else "attachment"
    if getattr(settings, "FILES_ACCEL_REDIRECT", False):
        response = HttpResponse(content_type=content_type)
        response["X-Accel-Redirect"] = quote(accel_path)
        response["Content-Disposition"] = f"{disposition}; filename*=UTF-8''{quote(download_name)}"
    else:
        response = FileResponse(
            open(path, "rb"),  # noqa: SIM115 - FileResponse closes it
            content_type=content_type,
            as_attachment=disposition == "attachment",
            filename=download_name,
        )
    return _harden(response)


@require_safe
def serve_private_file(request, kind: str, name: str):
    """404 unless the registered check of the file's kind lets this user see it."""
    file_kind = file_kinds.get(kind)
    if file_kind is None:
        raise Http404
    name = _clean_name(name)
    if not resolve(file_kind.can_view)(request.user, name):
        raise Http404
    storage = PrivateStorage(kind)
    if not storage.exists(name):
        raise Http404
    return file_response(
        request,
        path=Path(storage.path(name)),
        accel_path=f"{ACCEL_PRIVATE_PREFIX}{kind}/{name}",
        download_name=os.path.basename(name),
    )


@require_safe
def serve_public_media(request, path: str):
    """Only Wagtail's image renditions (``/media/images/…``) are public; nothing else under MEDIA_ROOT."""
    path = _clean_name(path)
    full = Path(settings.MEDIA_ROOT) / "images" / path
    if not full.is_file():
        raise Http404
    response = file_response(
        request, path=full, accel_path=f"{ACCEL_MEDIA_PREFIX}images/{path}", download_name=os.path.basename(path)
    )
    response["Cache-Control"] = "public, max-age=86400"
    return response


def sendfile(request, filename, **kwargs):
    """``SENDFILE_BACKEND`` for Wagtail documents behind nginx (X-Accel-Redirect to the internal media path)."""
    relative = os.path.relpath(os.path.abspath(filename), os.path.abspath(settings.MEDIA_ROOT))
    if relative.startswith(".."):
        raise Http404
    response = HttpResponse(content_type=kwargs.get("mimetype") or _content_type(filename))
    response["X-Accel-Redirect"] = quote(f"{ACCEL_MEDIA_PREFIX}{relative}")
    return response


# --- deleting files that nobody needs any more ---------------------------------------------


def private_file_fields(model) -> list[models.FileField]:
    fields = model._meta.concrete_fields
    return [f for f in fields if isinstance(f, models.FileField) and isinstance(f.storage, PrivateStorage)]


def _delete_if_unreferenced(model, field, name: str) -> None:
    if not model._default_manager.filter(**{field.name: name}).exists():
        field.storage.delete(name)


def _delete_files_of_deleted_row(sender, instance, **kwargs):
    for field in private_file_fields(sender):
        name = getattr(instance, field.attname).name
        if name:
            transaction.on_commit(lambda f=field, n=name: _delete_if_unreferenced(sender, f, n))


def connect_file_cleanup(all_models) -> None:
    """Called once from CoreConfig.ready(): per model (a global receiver would disable fast deletes)."""
    for model in all_models:
        if private_file_fields(model):
            post_delete.connect(_delete_files_of_deleted_row, sender=model, dispatch_uid=f"private-files-{model._meta}")


def sweep_private_files(*, min_age_seconds: int = 24 * 3600, now: float | None = None) -> int:
    """Delete stored files that no row needs (failed imports, replaced images, orphans of
    killed workers). Files younger than ``min_age_seconds`` stay (an upload may be in flight)."""
    now = time.time() if now is None else now
    deleted = 0
    for kind in file_kinds.all():
        if kind.referenced is None:
            continue
        keep = {str(name) for name in resolve(kind.referenced)() if name}
        storage = PrivateStorage(kind.key)
        root = Path(storage.location)
        if not root.is_dir():
            continue
        for path in sorted(root.rglob("*")):
            if not path.is_file():
                continue
            name = path.relative_to(root).as_posix()
            if name not in keep and now - path.stat().st_mtime >= min_age_seconds:
                path.unlink()
                deleted += 1
    return deleted


def move_to_private(apps, *, app_label: str, model_name: str, field_name: str, kind: str) -> None:
    """Migration helper: move existing files of a field from MEDIA_ROOT to the kind's private directory."""
    model = apps.get_model(app_label, model_name)
    target_root = private_root() / kind
    for name in model.objects.exclude(**{field_name: ""}).values_list(field_name, flat=True).distinct():
        source = Path(settings.MEDIA_ROOT) / name
        target = target_root / name
        if source.is_file() and not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(source, target)

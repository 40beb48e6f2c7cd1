"""Backup and restore of the whole site: database and uploaded files in one archive.

An archive ``bildungsallianz-<timestamp>.tar.gz`` holds

* ``database.dump`` (PostgreSQL, ``pg_dump --format=custom``) or ``database.sqlite3``
  (SQLite, a consistent copy made with SQLite's online backup API while the site runs),
* ``media/`` – everything under MEDIA_ROOT (public image renditions and originals),
* ``private/`` – everything under PRIVATE_MEDIA_ROOT (documents, import files, … that only
  the permission-checking view serves),
* ``backup.json`` – engine, time, the last migration of every app.

Restoring replaces the database and both file directories with the archive's content. The cache
table is emptied (its entries belong to the old state). See docs/operations.md.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from pathlib import Path

from django.conf import settings
from django.core.cache import cache
from django.db import DEFAULT_DB_ALIAS, connections
from django.db.migrations.recorder import MigrationRecorder
from django.utils import timezone

FORMAT = 1


def _file_dirs() -> dict[str, Path]:
    """Directories of uploaded files, by their name in the archive."""
    dirs = {"media": Path(settings.MEDIA_ROOT)}
    private = getattr(settings, "PRIVATE_MEDIA_ROOT", None)
    if private:
        dirs["private"] = Path(private)
    return dirs


class BackupError(Exception):
    pass


def _engine() -> str:
    vendor = connections[DEFAULT_DB_ALIAS].vendor
    if vendor not in ("postgresql", "sqlite"):
        raise BackupError(f"Nicht unterstützte Datenbank: {vendor}")
    return vendor


def _pg_env_and_args() -> tuple[dict, list[str]]:
    """Connection of the default database as libpq environment (the password never on a command line)."""
    db = settings.DATABASES[DEFAULT_DB_ALIAS]
    env = {**os.environ}
    for key, var in (("HOST", "PGHOST"), ("PORT", "PGPORT"), ("USER", "PGUSER"), ("PASSWORD", "PGPASSWORD")):
        if db.get(key):
            env[var] = str(db[key])
    return env, ["--dbname", db["NAME"]]


def _last_migrations() -> dict[str, str]:
    recorder = MigrationRecorder(connections[DEFAULT_DB_ALIAS])
    latest: dict[str, str] = {}
    for app, name in recorder.migration_qs.order_by("app", "name").values_list("app", "name"):
        latest[app] = name
    return latest


def backup_create(*, target_dir: Path, now=None) -> Path:
    """Write one archive of database and media into ``target_dir``; return its path."""
    now = now or timezone.now()
    engine = _engine()
    target_dir.mkdir(parents=True, exist_ok=True)
    archive = target_dir / f"bildungsallianz-{now:%Y%m%d-%H%M%S}.tar.gz"
    with tempfile.TemporaryDirectory(prefix="backup-") as tmp:
        work = Path(tmp)
        if engine == "postgresql":
            env, args = _pg_env_and_args()
            dump = work / "database.dump"
            subprocess.run(
                ["pg_dump", "--format=custom", "--no-owner", "--file", str(dump), *args], env=env, check=True
            )
        else:
            dump = work / "database.sqlite3"
            source = sqlite3.connect(settings.DATABASES[DEFAULT_DB_ALIAS]["NAME"])
            target = sqlite3.connect(dump)
            with target:
                source.backup(target)
            source.close()
            target.close()
        meta = {"format": FORMAT, "engine": engine, "created": now.isoformat(), "migrations": _last_migrations()}
        (work / "backup.json").write_text(json.dumps(meta, indent=2))
        partial = archive.with_suffix(".partial")
        with tarfile.open(partial, "w:gz") as tar:
            tar.add(work / "backup.json", arcname="backup.json")
            tar.add(dump, arcname=dump.name)
            for arcname, directory in _file_dirs().items():
                tar.add(directory if directory.exists() else work, arcname=arcname, recursive=directory.exists())
        partial.rename(archive)  # never a half-written archive under the final name
    return archive


def backup_restore(*, archive: Path) -> dict:
    """Replace database and file directories with the content of ``archive``; return its metadata."""
    engine = _engine()
    with tempfile.TemporaryDirectory(prefix="restore-") as tmp:
        work = Path(tmp)
        with tarfile.open(archive, "r:gz") as tar:
            tar.extractall(work, filter="data")  # no absolute paths, links or devices
        meta = json.loads((work / "backup.json").read_text())
        if meta.get("format") != FORMAT or meta.get("engine") != engine:
            raise BackupError(f"Die Sicherung ({meta.get('engine')}) passt nicht zu dieser Datenbank ({engine}).")
        connections.close_all()
        if engine == "postgresql":
            env, args = _pg_env_and_args()
            subprocess.run(
                [
                    "pg_restore",
                    "--clean",
                    "--if-exists",
                    "--no-owner",
                    "--single-transaction",
                    *args,
                    str(work / "database.dump"),
                ],
                env=env,
                check=True,
            )
        else:
            source = sqlite3.connect(work / "database.sqlite3")
            target = sqlite3.connect(settings.DATABASES[DEFAULT_DB_ALIAS]["NAME"])
            with target:
                source.backup(target)  # page by page into the live file, WAL-safe
            source.close()
            target.close()
        for arcname, directory in _file_dirs().items():
            if directory.exists():
                shutil.rmtree(directory)
            if (work / arcname).is_dir():
                shutil.copytree(work / arcname, directory)
            else:
                directory.mkdir(parents=True)
    cache.clear()
    return meta

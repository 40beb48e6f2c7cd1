"""Backup and restore round trip: back up, wipe, restore, the site shows the same data and files.

Runs the real commands in subprocesses against a file database (SQLite here; `make ops-check`
runs the same test on a throw-away PostgreSQL by setting BACKUP_TEST_DATABASE_URL).
"""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]

CREATE = """
import json
from django.core.files.base import ContentFile
from wagtail.documents.models import Document
from bildungsallianz.organisations.tests.factories import OrganisationFactory
org = OrganisationFactory(name="Sicherungstest e. V.", slug="sicherungstest", is_public=True)
doc = Document.objects.create(title="Protokoll", file=ContentFile(b"Inhalt vor der Sicherung", name="protokoll.txt"))
print(json.dumps({"slug": org.slug, "document": doc.pk}))
"""

SHOW = """
import json
from django.test import Client
from wagtail.documents.models import Document
page = Client().get("/partner/sicherungstest/")
doc = Document.objects.get(title="Protokoll")
with doc.file.open("rb") as f:
    content = f.read().decode()
print(json.dumps({"status": page.status_code, "shows_name": "Sicherungstest e. V." in page.content.decode(),
                  "document": content}))
"""


def _env(tmp: Path) -> dict:
    env = {k: v for k, v in os.environ.items() if k not in ("DEBUG", "SECRET_KEY")}
    env.update(
        DEBUG="1",  # the commands run outside pytest: the dev key needs DEBUG there
        ALLOW_INSECURE_DEV_KEY="1",
        MANIFEST_STATIC="0",
        DATABASE_URL=os.environ.get("BACKUP_TEST_DATABASE_URL", ""),
        DATA_DIR=str(tmp / "data"),
        MEDIA_ROOT=str(tmp / "media"),
        PRIVATE_MEDIA_ROOT=str(tmp / "private"),
    )
    return env


def _manage(env, *args) -> str:
    result = subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=600
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return result.stdout


def _wipe(env, tmp: Path) -> None:
    for directory in ("media", "private"):
        shutil.rmtree(tmp / directory, ignore_errors=True)
    if env["DATABASE_URL"]:
        _manage(env, "flush", "--noinput")
    else:
        for path in (tmp / "data").glob("bildungsallianz.sqlite3*"):
            path.unlink()


def test_a_backup_restores_the_same_data_and_files_after_a_wipe(tmp_path):
    env = _env(tmp_path)
    _manage(env, "migrate", "--noinput", "-v", "0")
    _manage(env, "createcachetable")
    _manage(env, "shell", "-c", CREATE)
    before = json.loads(_manage(env, "shell", "-c", SHOW).strip().splitlines()[-1])
    assert before == {"status": 200, "shows_name": True, "document": "Inhalt vor der Sicherung"}

    archive = Path(_manage(env, "backup_site", str(tmp_path / "backups")).strip().splitlines()[-1])
    assert archive.is_file()
    _wipe(env, tmp_path)

    refused = subprocess.run(
        [sys.executable, "manage.py", "restore_site", str(archive)], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert refused.returncode != 0 and "--yes" in refused.stderr

    _manage(env, "restore_site", str(archive), "--yes")
    after = json.loads(_manage(env, "shell", "-c", SHOW).strip().splitlines()[-1])
    assert after == before

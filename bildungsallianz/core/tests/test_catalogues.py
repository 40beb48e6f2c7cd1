"""The UI catalogues are complete (docs/translations.md).

1. No entry of any English or French catalogue is untranslated or fuzzy.
2. No translatable string of the source is missing from its catalogue: the
   project (code, templates, catalogues) is copied to a temporary directory and
   ``manage.py translations make`` runs there exactly as a translator would;
   every msgid that appears there but not in the committed catalogue is named.
3. The committed .mo files are compiled from the committed .po files.

A failure names the catalogue file and the msgid; the fix is always
``manage.py translations make`` → translate → ``manage.py translations compile``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from django.conf import settings

from bildungsallianz.core import catalogues as cat


def _describe(state, entries, kind):
    path = state.catalogue.po_path(state.language).relative_to(settings.BASE_DIR)
    return [f"{path}: {kind}: {entry.msgid!r}" for entry in entries]


def test_every_catalogue_exists_for_every_ui_language():
    missing = [
        str(c.po_path(language).relative_to(settings.BASE_DIR))
        for language in cat.translated_languages()
        for c in cat.catalogues()
        if not c.po_path(language).exists()
    ]
    assert not missing, "Katalog fehlt (manage.py translations make):\n" + "\n".join(missing)


def test_no_catalogue_entry_is_untranslated_or_fuzzy():
    problems = []
    for state in cat.overview():
        problems += _describe(state, state.missing, "nicht übersetzt")
        problems += _describe(state, state.fuzzy, "unsicher (fuzzy)")
    assert not problems, f"{len(problems)} Einträge ohne geprüfte Übersetzung:\n" + "\n".join(problems[:200])


def test_the_compiled_mo_files_match_the_catalogues():
    stale = cat.stale_mo_files()
    assert not stale, "Bitte manage.py translations compile ausführen:\n" + "\n".join(stale)


def _copy_project(target: Path) -> None:
    base = Path(settings.BASE_DIR)
    shutil.copy2(base / "manage.py", target / "manage.py")
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.mo", "tests", "static", "migrations")
    shutil.copytree(base / "bildungsallianz", target / "bildungsallianz", ignore=ignore)
    for name in ("templates", "locale"):
        shutil.copytree(base / name, target / name, ignore=shutil.ignore_patterns("*.mo"))


def _msgids(path: Path) -> set[tuple[str, str]]:
    import polib

    if not path.exists():
        return set()
    return {(e.msgctxt or "", e.msgid) for e in polib.pofile(str(path)) if e.msgid and not e.obsolete}


def test_every_translatable_string_of_the_source_is_in_its_catalogue(tmp_path):
    _copy_project(tmp_path)
    env = {**os.environ, "DEBUG": "1", "ALLOW_INSECURE_DEV_KEY": "1", "DATABASE_URL": ""}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    result = subprocess.run(
        [sys.executable, "manage.py", "translations", "make", "--skip-checks"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    missing = []
    for catalogue in cat.catalogues():
        fresh_catalogue = next(c for c in cat.catalogues(tmp_path) if c.name == catalogue.name)
        for language in cat.translated_languages():
            fresh = _msgids(fresh_catalogue.po_path(language))
            committed = _msgids(catalogue.po_path(language))
            path = catalogue.po_path(language).relative_to(settings.BASE_DIR)
            missing += [f"{path}: fehlt: {msgid!r}" for _ctx, msgid in sorted(fresh - committed)]
    assert not missing, (
        f"{len(missing)} Texte aus dem Quellcode fehlen im Katalog "
        "(manage.py translations make, übersetzen, compile):\n" + "\n".join(missing[:200])
    )

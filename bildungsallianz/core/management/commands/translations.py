"""The translation workflow for the UI catalogues (docs/translations.md).

manage.py translations make [-l fr] [catalogue …]   # makemessages per catalogue, right ignores
manage.py translations todo -l fr > todo.json        # what is missing or fuzzy, as {language: {msgid: msgstr}}
manage.py translations fill done.json [-l fr]        # write translations, clear "fuzzy" (files first)
manage.py translations compile                       # .po → .mo for every catalogue
manage.py translations status                        # counts per language and catalogue
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from contextlib import contextmanager
from pathlib import Path

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from bildungsallianz.core import catalogues as cat


@contextmanager
def _cwd(path: Path):
    before = os.getcwd()
    os.chdir(path)
    try:
        yield
    finally:
        os.chdir(before)


def _key(entry) -> str:
    """JSON key of an entry: the msgid, prefixed by ``msgctxt\\x04`` where there is a context."""
    return f"{entry.msgctxt}\x04{entry.msgid}" if entry.msgctxt else entry.msgid


def _save(po, path: Path) -> None:
    """Save and let gettext wrap the lines as makemessages does (small diffs, few merge conflicts)."""
    po.save(str(path))
    if shutil.which("msgcat"):
        subprocess.run(["msgcat", "-o", str(path), str(path)], check=True)


class Command(BaseCommand):
    help = "UI-Übersetzungen: Kataloge erzeugen, füllen, prüfen und kompilieren."

    def add_arguments(self, parser):
        parser.add_argument("action", choices=["make", "todo", "fill", "compile", "status"])
        parser.add_argument("files", nargs="*", help="make: catalogue names; fill: JSON files")
        parser.add_argument("-l", "--language", action="append", dest="languages")
        parser.add_argument("--root", default="", help="repository root (default: BASE_DIR)")
        parser.add_argument("--overwrite", action="store_true", help="fill: also replace reviewed translations")

    def handle(self, *args, action, files, languages, root, overwrite=False, **options):
        self.root = Path(root) if root else None
        self.overwrite = overwrite
        self.languages = languages or cat.translated_languages()
        getattr(self, f"do_{action}")(files)

    def _catalogues(self, names=()):
        found = cat.catalogues(self.root)
        unknown = set(names) - {c.name for c in found}
        if unknown:
            raise CommandError(f"Unbekannte Kataloge: {', '.join(sorted(unknown))}")
        return [c for c in found if not names or c.name in names]

    def do_make(self, names):
        for catalogue in self._catalogues(names):
            with _cwd(catalogue.source_dir):
                call_command(
                    "makemessages",
                    locale=self.languages,
                    ignore_patterns=catalogue.ignore_patterns(),
                    verbosity=0,
                )
            for language in self.languages:
                self._fix_header(catalogue.po_path(language), language)

    def _fix_header(self, path: Path, language: str):
        import polib

        po = polib.pofile(str(path), wrapwidth=0)
        wanted = {
            "Project-Id-Version": "Bildungsallianz",
            "Language": language,
            "Plural-Forms": cat.PLURAL_FORMS.get(language, "nplurals=2; plural=(n != 1);"),
        }
        if any(po.metadata.get(k) != v for k, v in wanted.items()) or "fuzzy" in po.metadata_is_fuzzy:
            po.metadata.update(wanted)
            po.metadata_is_fuzzy = []
            _save(po, path)

    def do_todo(self, _files):
        todo = {}
        for language in self.languages:
            for catalogue in self._catalogues():
                state = cat.catalogue_state(catalogue, language)
                for entry in state.missing + state.fuzzy:
                    key = f"{entry.msgctxt}\x04{entry.msgid}" if entry.msgctxt else entry.msgid
                    todo.setdefault(language, {})[key] = [entry.msgstr, entry.plural] if entry.plural else entry.msgstr
        self.stdout.write(json.dumps(todo, ensure_ascii=False, indent=1))

    def do_fill(self, files):
        import polib

        mapping: dict[str, dict] = {}
        for name in files:
            data = json.loads(Path(name).read_text(encoding="utf-8"))
            if not all(isinstance(v, dict) for v in data.values()):  # flat {msgid: msgstr} for -l
                data = {language: data for language in self.languages}
            for language, items in data.items():
                mapping.setdefault(language, {}).update(items)
        for language, items in mapping.items():
            filled = 0
            for catalogue in self._catalogues():
                path = catalogue.po_path(language)
                if not path.exists():
                    continue
                po = polib.pofile(str(path), wrapwidth=0)
                changed = 0
                for entry in po:
                    value = items.get(_key(entry))
                    if entry.obsolete or value is None or value == "":
                        continue
                    if entry.translated() and not self.overwrite:
                        continue  # reviewed translations stay unless asked
                    if entry.msgid_plural:
                        values = value if isinstance(value, list) else [value, value]
                        entry.msgstr_plural = {i: v for i, v in enumerate(values)}
                    else:
                        entry.msgstr = value[0] if isinstance(value, list) else value
                    if "fuzzy" in entry.flags:
                        entry.flags.remove("fuzzy")
                    entry.previous_msgid = entry.previous_msgid_plural = entry.previous_msgctxt = None
                    changed += 1
                if changed:
                    _save(po, path)
                    filled += changed
            self.stdout.write(f"{language}: {filled} Einträge geschrieben")

    def do_compile(self, _files):
        with _cwd(self.root or cat.base_dir()):  # finds every locale/ directory below
            call_command(
                "compilemessages", locale=self.languages, ignore_patterns=["node_modules", ".venv"], verbosity=0
            )

    def do_status(self, _files):
        for state in cat.overview(self.languages):
            self.stdout.write(
                f"{state.language} {state.catalogue.name:<14} übersetzt {state.translated:>5}  "
                f"unsicher {len(state.fuzzy):>4}  fehlt {len(state.missing):>4}"
                + ("" if state.exists else "  (Katalog fehlt)")
            )

"""The UI translation catalogues (gettext .po/.mo) and their state.

One root catalogue (``locale/``) for the apps without their own, and one per app
that has a ``locale/`` directory (``bildungsallianz/offers/locale/`` …). German is
the source language; every other language of ``settings.LANGUAGES`` needs a
complete catalogue. An entry is

- *translated*: msgstr filled, not fuzzy;
- *fuzzy*: msgstr guessed by gettext (or marked by a translator) — needs review;
- *missing*: msgstr empty.

Used by ``manage.py translations`` (make, fill, todo, compile, status), the
back-office overview and the completeness test (docs/translations.md).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings

#: Directories of the repository that hold no UI strings (root catalogue run).
ROOT_IGNORE = [
    "node_modules",
    "static",
    "staticfiles",
    "data",
    "media",
    "bench",
    "docs",
    "deploy",
    "scripts",
    "tests",
    "mutants",
    "test-results",
    "*/tests",
    "*/tests/*",
]

PLURAL_FORMS = {
    "de": "nplurals=2; plural=(n != 1);",
    "en": "nplurals=2; plural=(n != 1);",
    "fr": "nplurals=2; plural=(n > 1);",
}


@dataclass(frozen=True)
class Catalogue:
    name: str  # "allgemein" for the root catalogue, else the app's directory name
    source_dir: Path  # where makemessages runs
    locale_dir: Path

    def po_path(self, language: str) -> Path:
        return self.locale_dir / language / "LC_MESSAGES" / "django.po"

    def mo_path(self, language: str) -> Path:
        return self.locale_dir / language / "LC_MESSAGES" / "django.mo"

    def ignore_patterns(self) -> list[str]:
        """makemessages ``--ignore``: the root run leaves out apps with their own catalogue."""
        if self.name != "allgemein":
            return ["tests"]
        own = [f"bildungsallianz/{c.name}" for c in catalogues() if c.name != "allgemein"]
        return ROOT_IGNORE + own


@dataclass
class Entry:
    msgid: str
    msgstr: str
    msgctxt: str = ""
    plural: str = ""
    occurrences: list[str] = field(default_factory=list)


@dataclass
class CatalogueState:
    catalogue: Catalogue
    language: str
    exists: bool
    translated: int = 0
    fuzzy: list[Entry] = field(default_factory=list)
    missing: list[Entry] = field(default_factory=list)

    @property
    def total(self) -> int:
        return self.translated + len(self.fuzzy) + len(self.missing)

    @property
    def complete(self) -> bool:
        return self.exists and not self.fuzzy and not self.missing


def base_dir() -> Path:
    return Path(settings.BASE_DIR)


def translated_languages() -> list[str]:
    """Every UI language but the source language (German)."""
    return [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]


def catalogues(root: Path | None = None) -> list[Catalogue]:
    root = root or base_dir()
    found = [Catalogue("allgemein", root, root / "locale")]
    for app_dir in sorted((root / "bildungsallianz").iterdir()):
        if (app_dir / "locale").is_dir():
            found.append(Catalogue(app_dir.name, app_dir, app_dir / "locale"))
    return found


def _is_translated(entry) -> bool:
    if entry.msgid_plural:
        return all(entry.msgstr_plural.values()) and bool(entry.msgstr_plural)
    return bool(entry.msgstr)


def _entry(entry) -> Entry:
    return Entry(
        msgid=entry.msgid,
        msgstr=entry.msgstr or (entry.msgstr_plural.get(0, "") if entry.msgid_plural else ""),
        msgctxt=entry.msgctxt or "",
        plural=entry.msgid_plural or "",
        occurrences=[f"{path}:{line}" if line else path for path, line in entry.occurrences],
    )


def catalogue_state(catalogue: Catalogue, language: str) -> CatalogueState:
    import polib

    path = catalogue.po_path(language)
    state = CatalogueState(catalogue, language, exists=path.exists())
    if not state.exists:
        return state
    for entry in polib.pofile(str(path), wrapwidth=0):
        if entry.obsolete or not entry.msgid:
            continue
        if "fuzzy" in entry.flags:
            state.fuzzy.append(_entry(entry))
        elif not _is_translated(entry):
            state.missing.append(_entry(entry))
        else:
            state.translated += 1
    return state


def overview(languages: list[str] | None = None) -> list[CatalogueState]:
    """The state of every catalogue in every translated language."""
    languages = languages or translated_languages()
    return [catalogue_state(c, language) for language in languages for c in catalogues()]


def stale_mo_files(languages: list[str] | None = None) -> list[str]:
    """.po files whose translations differ from the compiled .mo next to them."""
    import polib

    stale = []
    for language in languages or translated_languages():
        for catalogue in catalogues():
            po_path, mo_path = catalogue.po_path(language), catalogue.mo_path(language)
            if not po_path.exists():
                continue
            if not mo_path.exists():
                stale.append(str(mo_path))
                continue
            compiled = {(e.msgctxt or "", e.msgid): (e.msgstr, e.msgstr_plural) for e in polib.mofile(str(mo_path))}
            for entry in polib.pofile(str(po_path), wrapwidth=0):
                if entry.obsolete or not entry.msgid or "fuzzy" in entry.flags or not _is_translated(entry):
                    continue
                key = (entry.msgctxt or "", entry.msgid)
                have = compiled.get(key)
                want_plural = {int(k): v for k, v in entry.msgstr_plural.items()}
                if have is None or (have[0] != entry.msgstr if not entry.msgid_plural else have[1] != want_plural):
                    stale.append(str(po_path))
                    break
    return stale

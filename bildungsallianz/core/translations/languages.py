"""Known content languages and the configured set (``settings.CONTENT_TRANSLATION_LANGUAGES``)."""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.utils.translation import gettext_lazy as _

SOURCE_LANGUAGE = "de"


@dataclass(frozen=True)
class ContentLanguage:
    code: str
    native_name: str  # how the language names itself (shown in links, marked with lang=)
    german_name: object  # lazy, translated into the UI language
    direction: str = "ltr"
    #: "Some parts are shown in German", in the language itself (for the fallback notice).
    fallback_note: str = ""

    @property
    def is_rtl(self) -> bool:
        return self.direction == "rtl"

    @property
    def name(self) -> str:
        return str(self.german_name)


GERMAN = ContentLanguage(SOURCE_LANGUAGE, "Deutsch", _("Deutsch"))

#: Languages staff may switch on. Adding one: a row here (and, for right-to-left
#: scripts, direction="rtl"); nothing else in the code names a language.
KNOWN: dict[str, ContentLanguage] = {
    lang.code: lang
    for lang in (
        ContentLanguage(
            "en", "English", _("Englisch"), fallback_note="Some parts are not translated yet and are shown in German."
        ),
        ContentLanguage(
            "fr",
            "Français",
            _("Französisch"),
            fallback_note="Certaines parties ne sont pas encore traduites et s’affichent en allemand.",
        ),
        ContentLanguage(
            "ar",
            "العربية",
            _("Arabisch"),
            "rtl",
            fallback_note="بعض الأجزاء لم تُترجم بعد وتظهر باللغة الألمانية.",
        ),
        ContentLanguage(
            "uk",
            "Українська",
            _("Ukrainisch"),
            fallback_note="Деякі частини ще не перекладено, їх показано німецькою мовою.",
        ),
        ContentLanguage(
            "tr", "Türkçe", _("Türkisch"), fallback_note="Bazı bölümler henüz çevrilmedi ve Almanca gösteriliyor."
        ),
        ContentLanguage(
            "ru",
            "Русский",
            _("Russisch"),
            fallback_note="Некоторые части ещё не переведены и показаны на немецком языке.",
        ),
        ContentLanguage(
            "fa",
            "فارسی",
            _("Persisch (Farsi)"),
            "rtl",
            fallback_note="برخی بخش‌ها هنوز ترجمه نشده‌اند و به آلمانی نمایش داده می‌شوند.",
        ),
        ContentLanguage(
            "pl",
            "Polski",
            _("Polnisch"),
            fallback_note="Niektóre części nie są jeszcze przetłumaczone i są po niemiecku.",
        ),
        ContentLanguage(
            "ro",
            "Română",
            _("Rumänisch"),
            fallback_note="Unele părți nu sunt încă traduse și sunt afișate în germană.",
        ),
    )
}


def content_language_codes() -> list[str]:
    """The configured content languages (known codes only, German never, order kept)."""
    codes = getattr(settings, "CONTENT_TRANSLATION_LANGUAGES", ())
    seen: list[str] = []
    for code in codes:
        if code in KNOWN and code not in seen:
            seen.append(code)
    return seen


def content_languages() -> list[ContentLanguage]:
    return [KNOWN[code] for code in content_language_codes()]


def get_language(code: str | None) -> ContentLanguage | None:
    """The configured content language ``code`` (German included), or None."""
    if code == SOURCE_LANGUAGE:
        return GERMAN
    return KNOWN[code] if code in content_language_codes() else None


def language_of(code: str) -> ContentLanguage:
    """Any known language (also one switched off later), German for unknown codes."""
    return KNOWN.get(code, GERMAN)

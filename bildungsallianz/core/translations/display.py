"""What a page shows: ``translated(obj, lang)`` and the visitor's content language."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.utils.translation import get_language as get_ui_language

from .languages import GERMAN, SOURCE_LANGUAGE, ContentLanguage, content_languages, get_language, language_of

#: Query parameter of the content-language choice ("Sprache des Inhalts"): ``?inhalt=ar``.
PARAM = "inhalt"


@dataclass(frozen=True)
class TranslatedText:
    """One field's text with the language it is really in (``de`` when it fell back)."""

    text: str
    language: ContentLanguage
    is_fallback: bool = False

    @property
    def lang(self) -> str:
        return self.language.code

    @property
    def dir(self) -> str:
        return self.language.direction

    def __str__(self) -> str:
        return self.text

    def __bool__(self) -> bool:
        return bool(self.text)


@dataclass
class Translated:
    """The row as shown in ``language``: ``t.title``, ``t.summary`` … are :class:`TranslatedText`."""

    obj: object
    language: ContentLanguage
    fields: dict[str, TranslatedText]
    #: Labels of the fields shown in German although the visitor asked for ``language``.
    fallback_labels: list[str] = field(default_factory=list)
    #: Configured languages this row has a translation in (for the language choice).
    available: list[ContentLanguage] = field(default_factory=list)

    def __getattr__(self, name):
        fields = self.__dict__.get("fields", {})
        if name in fields:
            return fields[name]
        raise AttributeError(name)

    @property
    def lang(self) -> str:
        return self.language.code

    @property
    def dir(self) -> str:
        return self.language.direction

    @property
    def is_translated(self) -> bool:
        """At least one field is shown in the requested language other than German."""
        return any(not text.is_fallback and text.lang != SOURCE_LANGUAGE for text in self.fields.values())

    @property
    def has_fallback(self) -> bool:
        return bool(self.fallback_labels)


def available_languages(obj) -> list[ContentLanguage]:
    present = set(obj.translation_languages())
    return [lang for lang in content_languages() if lang.code in present]


def translated(obj, lang: str | None) -> Translated:
    """``obj``'s translatable fields in ``lang`` where translated, German otherwise.

    ``lang`` that is German, unknown or not switched on gives the German text
    without any fallback notice.
    """
    language = get_language(lang) or GERMAN
    values = (obj.translations or {}).get(language.code) or {} if language.code != SOURCE_LANGUAGE else {}
    fields, fallback = {}, []
    for name in obj.translatable_fields:
        text = values.get(name) or ""
        if text:
            fields[name] = TranslatedText(text, language)
            continue
        german = getattr(obj, name) or ""
        fields[name] = TranslatedText(german, GERMAN, is_fallback=language.code != SOURCE_LANGUAGE)
        if german and language.code != SOURCE_LANGUAGE:
            fallback.append(obj.translation_label(name))
    return Translated(obj, language, fields, fallback, available_languages(obj))


def content_language(request) -> str:
    """The content language a visitor asked for: ``?inhalt=xx`` (a configured
    language or ``de``), else the UI language when it is a content language, else German."""
    asked = request.GET.get(PARAM, "")
    if asked and get_language(asked):
        return asked
    ui = (getattr(request, "LANGUAGE_CODE", None) or get_ui_language() or SOURCE_LANGUAGE).split("-")[0]
    return ui if get_language(ui) else SOURCE_LANGUAGE


def language_choices(obj, current: str) -> list[dict]:
    """Links for "Dieses Angebot auf: …": German first, then the row's translations."""
    languages = [GERMAN, *available_languages(obj)]
    return [
        {"code": lang.code, "name": lang.native_name, "dir": lang.direction, "active": lang.code == current}
        for lang in languages
    ]


__all__ = [
    "PARAM",
    "Translated",
    "TranslatedText",
    "content_language",
    "language_choices",
    "language_of",
    "translated",
    "translated_context",
]


def translated_context(request, obj) -> dict:
    """Template context of a translatable page: ``shown`` (the row in the visitor's content
    language) and ``choices`` (the content-language links)."""
    shown = translated(obj, content_language(request))
    return {"shown": shown, "choices": language_choices(obj, shown.lang)}


def public_translations(stored: dict | None, fields) -> dict[str, dict[str, str]]:
    """Stored translations (a ``translations`` value) limited to the configured content
    languages and to ``fields`` (for the read API; works on plain rows, no model needed)."""
    stored = stored or {}
    result = {}
    for lang in content_languages():
        values = {name: text for name, text in (stored.get(lang.code) or {}).items() if text and name in fields}
        if values:
            result[lang.code] = values
    return result

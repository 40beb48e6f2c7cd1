"""The one writer of translations (the apps' services call it on the row an edit goes into)."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from bildungsallianz.core.text import clean_text

from .languages import get_language
from .models import Translatable


def translation_set(
    obj: Translatable,
    language: str,
    values: Mapping[str, str],
    *,
    sanitisers: Mapping[str, Callable[[str], str]] | None = None,
) -> Translatable:
    """Put the translation of ``obj`` into ``language`` (not saved; the caller runs
    ``full_clean`` and saves). Empty fields are dropped; a language with no text
    left is removed. Unknown field names and languages that are not switched on
    raise a German ``ValidationError``."""
    lang = get_language(language)
    if lang is None or lang.code == "de":
        raise ValidationError(_("„%(code)s“ ist keine Inhaltssprache dieser Plattform.") % {"code": language})
    unknown = sorted(set(values) - set(obj.translatable_fields))
    if unknown:
        raise ValidationError(
            _("Diese Felder können nicht übersetzt werden: %(names)s.") % {"names": ", ".join(unknown)}
        )
    cleaned = {}
    for name in obj.translatable_fields:
        text = values.get(name)
        if text is None:
            continue
        if not isinstance(text, str):
            raise ValidationError(
                _("%(label)s (%(language)s) muss ein Text sein.")
                % {"label": obj.translation_label(name), "language": lang.name}
            )
        text = clean_text(text).strip()
        if text and sanitisers and name in sanitisers:
            text = sanitisers[name](text)
        if text:
            cleaned[name] = text
    translations = dict(obj.translations or {})
    if cleaned:
        translations[lang.code] = cleaned
    else:
        translations.pop(lang.code, None)
    obj.translations = translations
    return obj


def translation_replace_all(
    obj: Translatable,
    translations: Mapping[str, Mapping[str, str]],
    *,
    sanitisers: Mapping[str, Callable[[str], str]] | None = None,
) -> Translatable:
    """Replace every translation of ``obj`` (the partner write API sends the whole set)."""
    if not isinstance(translations, Mapping):
        raise ValidationError(_("Die Übersetzungen haben ein ungültiges Format."))
    obj.translations = {}
    for language, values in translations.items():
        if not isinstance(values, Mapping):
            raise ValidationError(_("Die Übersetzungen haben ein ungültiges Format."))
        translation_set(obj, language, values, sanitisers=sanitisers)
    return obj

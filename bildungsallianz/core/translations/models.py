"""The abstract model: a ``translations`` JSON field and its validation."""

from __future__ import annotations

from typing import ClassVar

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from .languages import KNOWN


class Translatable(models.Model):
    """Inherit it and name the fields that may be translated::

        class Offer(Reviewable, Translatable):
            translatable_fields = ("title", "summary", "description", "plain_summary")

    A reviewed model also lists ``"translations"`` in its ``review_fields`` so
    that translations go through the change copy like every other edit.
    """

    translations = models.JSONField(
        _("Übersetzungen"),
        default=dict,
        blank=True,
        help_text=_('Übersetzte Felder je Inhaltssprache, z. B. {"ar": {"title": "…"}}.'),
    )

    #: Names of the German fields that may carry a translation (in display order).
    translatable_fields: ClassVar[tuple[str, ...]] = ()

    class Meta:
        abstract = True

    def translation_max_length(self, name: str) -> int | None:
        return self._meta.get_field(name).max_length

    def translation_label(self, name: str) -> str:
        return str(self._meta.get_field(name).verbose_name)

    def translation_languages(self) -> list[str]:
        """Codes of the languages this row has any translated text in."""
        return [code for code, fields in (self.translations or {}).items() if any((fields or {}).values())]

    def clean_fields(self, exclude=None):
        errors = {}
        try:
            super().clean_fields(exclude=exclude)
        except ValidationError as exc:
            errors = exc.update_error_dict(errors)
        if not exclude or "translations" not in exclude:
            problems = translation_errors(self)
            if problems:
                errors.setdefault("translations", []).extend(problems)
        if errors:
            raise ValidationError(errors)


def translation_errors(obj: Translatable) -> list[str]:
    """German messages for a malformed ``translations`` value (empty list when it is fine)."""
    value = obj.translations
    if value in (None, ""):
        obj.translations = {}
        return []
    if not isinstance(value, dict):
        return [gettext("Die Übersetzungen haben ein ungültiges Format.")]
    problems = []
    for code, fields in value.items():
        if code not in KNOWN:
            problems.append(gettext("„%(code)s“ ist keine bekannte Inhaltssprache.") % {"code": code})
            continue
        language = KNOWN[code].name
        if not isinstance(fields, dict):
            problems.append(
                gettext("Die Übersetzung (%(language)s) hat ein ungültiges Format.") % {"language": language}
            )
            continue
        for name, text in fields.items():
            if name not in obj.translatable_fields:
                problems.append(
                    gettext("Das Feld „%(name)s“ kann nicht übersetzt werden (%(language)s).")
                    % {"name": name, "language": language}
                )
            elif not isinstance(text, str):
                problems.append(
                    gettext("%(label)s (%(language)s) muss ein Text sein.")
                    % {"label": obj.translation_label(name), "language": language}
                )
            else:
                limit = obj.translation_max_length(name)
                if limit and len(text) > limit:
                    problems.append(
                        gettext("%(label)s (%(language)s) darf höchstens %(limit)s Zeichen lang sein (jetzt %(n)s).")
                        % {"label": obj.translation_label(name), "language": language, "limit": limit, "n": len(text)}
                    )
    return problems


def translations_display(obj: Translatable) -> str:
    """All translations as text, language by language (for the review diff)."""
    parts = []
    for code, fields in sorted((obj.translations or {}).items()):
        language = KNOWN[code].name if code in KNOWN else code
        for name in obj.translatable_fields:
            text = (fields or {}).get(name)
            if text:
                parts.append(f"{language} – {obj.translation_label(name)}: {text}")
    return "\n".join(parts)

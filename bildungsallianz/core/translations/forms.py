"""The editing form: one input per translatable field, marked with the language."""

from __future__ import annotations

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _

from .languages import ContentLanguage


class TranslationForm(forms.Form):
    """Fields are built from ``obj.translatable_fields``; each input carries
    ``lang`` and ``dir`` so that Arabic is typed right-to-left."""

    def __init__(self, *args, obj, language: ContentLanguage, **kwargs):
        current = (obj.translations or {}).get(language.code) or {}
        kwargs.setdefault("initial", dict(current))
        super().__init__(*args, **kwargs)
        self.language = language
        self.originals = []
        for name in obj.translatable_fields:
            model_field = obj._meta.get_field(name)
            attrs = {"lang": language.code, "dir": language.direction}
            long_text = isinstance(model_field, models.TextField)
            if long_text or (model_field.max_length or 0) > 200:
                widget = forms.Textarea(attrs={**attrs, "rows": 8 if long_text else 3})
            else:
                widget = forms.TextInput(attrs)
            self.fields[name] = forms.CharField(
                label=_("%(label)s auf %(language)s") % {"label": model_field.verbose_name, "language": language.name},
                max_length=model_field.max_length,
                required=False,
                strip=True,
                widget=widget,
                error_messages={
                    "max_length": _("Bitte höchstens %(limit_value)d Zeichen (jetzt %(show_value)d)."),
                },
            )
            self.originals.append({"label": model_field.verbose_name, "text": getattr(obj, name) or ""})

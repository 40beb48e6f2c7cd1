"""A form widget for the ``translations`` JSON field where a whole form edits the row
(Wagtail's page editor): one input per content language and translatable field."""

from __future__ import annotations

import json

from django import forms

from .languages import content_languages


class TranslationsWidget(forms.Widget):
    """``fields``: (name, label, multiline) of the translatable fields, in display order.

    Renders a fieldset per configured content language; inputs carry ``lang`` and ``dir``.
    Languages stored but no longer configured are kept unchanged on save.
    """

    template_name = "core/translations/widget.html"

    def __init__(self, fields, attrs=None):
        super().__init__(attrs)
        self.translatable = list(fields)

    def _stored(self, value) -> dict:
        if isinstance(value, str):
            try:
                value = json.loads(value or "{}")
            except ValueError:
                return {}
        return value if isinstance(value, dict) else {}

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        stored = self._stored(value)
        configured = {lang.code for lang in content_languages()}
        kept = {code: values for code, values in stored.items() if code not in configured}
        context["widget"]["kept_json"] = json.dumps(kept, ensure_ascii=False)
        context["widget"]["languages"] = [
            {
                "language": lang,
                "inputs": [
                    {
                        "name": f"{name}__{lang.code}__{field}",
                        "id": f"id_{name}__{lang.code}__{field}",
                        "label": label,
                        "multiline": multiline,
                        "value": ((stored.get(lang.code) or {}).get(field) or ""),
                    }
                    for field, label, multiline in self.translatable
                ],
            }
            for lang in content_languages()
        ]
        return context

    def value_from_datadict(self, data, files, name):
        configured = {lang.code for lang in content_languages()}
        kept = {
            code: values
            for code, values in self._stored(data.get(f"{name}__kept", "{}")).items()
            if code not in configured
        }
        result = dict(kept)
        for code in configured:
            values = {}
            for field, _label, _multiline in self.translatable:
                text = (data.get(f"{name}__{code}__{field}") or "").strip()
                if text:
                    values[field] = text
            if values:
                result[code] = values
        return result

    def value_omitted_from_data(self, data, files, name):
        return False

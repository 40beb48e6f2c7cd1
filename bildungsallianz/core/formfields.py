"""Form fields that answer odd input with a German form error instead of a server error."""

from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError
from django.db import models

#: Every integer key fits a signed 64-bit column on SQLite and PostgreSQL.
MAX_ID = 2**63 - 1


def _check_ids(field, values) -> None:
    if not isinstance(field.queryset.model._meta.pk, models.AutoField | models.BigAutoField | models.IntegerField):
        return
    for value in values:
        text = str(value).strip()
        if text.lstrip("-").isdigit() and abs(int(text)) > MAX_ID:
            raise ValidationError(
                field.error_messages["invalid_choice"], code="invalid_choice", params={"value": text[:20] + "…"}
            )


class BoundedModelChoiceField(forms.ModelChoiceField):
    """A ModelChoiceField that rejects ids beyond the database's integer range (no OverflowError)."""

    def to_python(self, value):
        if value not in self.empty_values:
            _check_ids(self, [value])
        return super().to_python(value)


class BoundedModelMultipleChoiceField(forms.ModelMultipleChoiceField):
    """A ModelMultipleChoiceField that rejects ids beyond the database's integer range."""

    def _check_values(self, value):
        try:
            values = frozenset(value)
        except TypeError:
            values = frozenset()
        _check_ids(self, values)
        return super()._check_values(value)

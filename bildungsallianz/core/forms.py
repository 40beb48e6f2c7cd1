"""Form fields every app can use for input from the open internet."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

# The range every database of the project stores in a (big) integer column.
INT_MIN, INT_MAX = -(2**63), 2**63 - 1


def _integer_key(field: forms.ModelChoiceField) -> bool:
    key = field.to_field_name or "pk"
    model_field = field.queryset.model._meta.pk if key == "pk" else field.queryset.model._meta.get_field(key)
    return isinstance(model_field, models.IntegerField | models.AutoField)


def _check_integer(value) -> None:
    try:
        number = int(str(value).strip())
    except (TypeError, ValueError):
        raise ValidationError(
            _("Bitte wählen Sie einen gültigen Eintrag aus der Liste."), code="invalid_choice"
        ) from None
    if not INT_MIN <= number <= INT_MAX:
        raise ValidationError(_("Bitte wählen Sie einen gültigen Eintrag aus der Liste."), code="invalid_choice")


class SafeModelChoiceField(forms.ModelChoiceField):
    """A ModelChoiceField whose integer ids are range-checked before any query (no 500 on a 40-digit id)."""

    def to_python(self, value):
        if value not in self.empty_values and _integer_key(self):
            _check_integer(value)
        return super().to_python(value)


class SafeModelMultipleChoiceField(forms.ModelMultipleChoiceField):
    """A ModelMultipleChoiceField whose integer ids are range-checked before any query."""

    def _check_values(self, value):
        if _integer_key(self):
            try:
                values = frozenset(value)
            except TypeError:
                values = ()
            for item in values:
                _check_integer(item)
        return super()._check_values(value)


def add_service_errors(form: forms.BaseForm, exc: ValidationError) -> None:
    """Show a service's ValidationError on the form: field errors at their field, the rest
    (and errors of fields the form does not have) above the form."""
    if hasattr(exc, "error_dict"):
        for name, errors in exc.error_dict.items():
            form.add_error(name if name in form.fields else None, errors)
    else:
        form.add_error(None, exc.messages)

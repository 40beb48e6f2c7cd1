import datetime

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class ApiTokenForm(forms.Form):
    organisation = forms.ModelChoiceField(label=_("Für welche Organisation?"), queryset=None, empty_label=None)
    name = forms.CharField(
        label=_("Name des Schlüssels"),
        max_length=100,
        help_text=_("Woran Sie den Schlüssel wiedererkennen, z. B. „Abgleich Kursdatenbank“."),
    )
    expires_on = forms.DateField(
        label=_("Gültig bis"),
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text=_("Höchstens ein Jahr."),
    )

    def __init__(self, *args, organisations, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = organisations
        self.fields["organisation"].error_messages["invalid_choice"] = _("Bitte wählen Sie eine Ihrer Organisationen.")
        if not self.is_bound:
            self.initial["expires_on"] = timezone.localdate() + datetime.timedelta(days=365)

    def clean_expires_on(self):
        value = self.cleaned_data["expires_on"]
        if value.year > 2100:
            raise forms.ValidationError(_("Bitte geben Sie ein Datum in den nächsten zwölf Monaten an."))
        return value

"""Forms of the events module: they parse and validate; the services write."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import Event, EventType


class DateTimeInput(forms.DateTimeInput):
    input_type = "datetime-local"

    def __init__(self, **kwargs):
        super().__init__(format="%Y-%m-%dT%H:%M", **kwargs)


class EventForm(forms.ModelForm):
    organiser = forms.ModelChoiceField(label=_("Veranstalter"), queryset=None, empty_label=None)

    class Meta:
        model = Event
        fields = [name for name in [*Event.review_fields, *Event.review_m2m_fields] if name != "translations"]
        widgets = {
            "image": forms.ClearableFileInput(attrs={"accept": "image/jpeg,image/png,image/webp"}),
            "starts_at": DateTimeInput(),
            "ends_at": DateTimeInput(),
            "repeat_until": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "description": forms.Textarea(attrs={"rows": 6}),
            "target_groups": forms.CheckboxSelectMultiple,
            "fields_of_action": forms.CheckboxSelectMultiple,
        }

    field_order = ["organiser"]

    def __init__(self, *args, organisations=None, **kwargs):
        super().__init__(*args, **kwargs)
        if organisations is None:
            del self.fields["organiser"]
        else:
            self.fields["organiser"].queryset = organisations
        for name in ("starts_at", "ends_at"):
            self.fields[name].input_formats = ["%Y-%m-%dT%H:%M", "%d.%m.%Y %H:%M"]

    def content(self) -> dict:
        """The cleaned values for the services; no new upload keeps the current image, "clear" removes it."""
        data = dict(self.cleaned_data)
        if data.get("image") is None:
            data.pop("image", None)
        elif data.get("image") is False:
            data["image"] = ""
        return data


class EventFilterForm(forms.Form):
    art = forms.ChoiceField(label=_("Art"), required=False, choices=[("", _("alle Arten")), *EventType.choices])
    zielgruppe = forms.ChoiceField(label=_("Zielgruppe"), required=False)
    handlungsfeld = forms.ChoiceField(label=_("Handlungsfeld"), required=False)
    veranstalter = forms.ChoiceField(label=_("Veranstalter"), required=False)
    ab = forms.DateField(label=_("ab Datum"), required=False, widget=forms.DateInput(attrs={"type": "date"}))

    def __init__(self, *args, target_groups, fields_of_action, organisers, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["zielgruppe"].choices = [("", _("alle Zielgruppen")), *[(t.slug, t.name) for t in target_groups]]
        self.fields["handlungsfeld"].choices = [
            ("", _("alle Handlungsfelder")),
            *[(f.slug, f.title) for f in fields_of_action],
        ]
        self.fields["veranstalter"].choices = [("", _("alle Veranstalter")), *organisers]

    @property
    def filters(self) -> dict:
        return {k: v for k, v in self.cleaned_data.items() if v} if self.is_valid() else {}


class RegistrationForm(forms.Form):
    name = forms.CharField(label=_("Ihr Name"), max_length=120)
    email = forms.EmailField(label=_("Ihre E-Mail-Adresse"))
    consent = forms.BooleanField(
        label=_(
            "Ich bin einverstanden, dass der Veranstalter meinen Namen und meine E-Mail-Adresse für diese "
            "Veranstaltung erhält. Sie werden nach der Veranstaltung gelöscht."
        )
    )


class ReturnForm(forms.Form):
    comment = forms.CharField(label=_("Anmerkung für den Veranstalter"), widget=forms.Textarea(attrs={"rows": 4}))

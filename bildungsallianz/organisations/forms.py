from django import forms
from django.utils.translation import gettext_lazy as _

from .models import Organisation


class OrganisationFilterForm(forms.Form):
    q = forms.CharField(label=_("Name enthält"), required=False, max_length=100)
    bereich = forms.ChoiceField(label=_("Bereich"), required=False)
    handlungsfeld = forms.ChoiceField(label=_("Handlungsfeld"), required=False)

    def __init__(self, *args, sectors, fields_of_action, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["bereich"].choices = [("", _("alle Bereiche")), *sectors]
        self.fields["handlungsfeld"].choices = [("", _("alle Handlungsfelder"))] + [
            (f.slug, f.title) for f in fields_of_action
        ]


class OrganisationProfileForm(forms.ModelForm):
    """What a partner editor may change about their own organisation."""

    class Meta:
        model = Organisation
        fields = [
            "short_name",
            "description",
            "street",
            "postcode",
            "city",
            "website",
            "email",
            "phone",
            "latitude",
            "longitude",
        ]
        widgets = {"description": forms.Textarea(attrs={"rows": 6})}
        error_messages = {
            "website": {"invalid": _("Bitte geben Sie eine vollständige Adresse an, z. B. https://www.beispiel.de.")},
            "email": {"invalid": _("Bitte geben Sie eine gültige E-Mail-Adresse an.")},
        }

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import Organisation


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

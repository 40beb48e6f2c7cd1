from django import forms
from django.utils.translation import gettext_lazy as _


class TemplateReportForm(forms.Form):
    title = forms.CharField(
        label=_("Titel des neuen Bildungsberichts"),
        max_length=200,
        error_messages={"required": _("Bitte geben Sie einen Titel an.")},
    )

"""The feedback form of the accessibility statement: a message, an optional reply address, consent."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import AccessibilityFeedback


class AccessibilityFeedbackForm(forms.ModelForm):
    """`homepage` is a honeypot: people never see it."""

    consent = forms.BooleanField(
        label=_(
            "Ich willige ein, dass das Bildungsbüro meine Nachricht und – falls angegeben – meine "
            "E-Mail-Adresse speichert, um die Barriere zu beheben und mir zu antworten."
        ),
        error_messages={"required": _("Ohne Ihre Einwilligung können wir die Nachricht nicht bearbeiten.")},
    )
    homepage = forms.CharField(label=_("Bitte leer lassen"), required=False)

    class Meta:
        model = AccessibilityFeedback
        fields = ["message", "reply_email"]
        labels = {
            "message": _("Welche Barriere ist Ihnen aufgefallen?"),
            "reply_email": _("Ihre E-Mail-Adresse (freiwillig, nur für eine Antwort)"),
        }
        help_texts = {
            "message": _("Nennen Sie bitte die Seite und was nicht funktioniert. Höchstens 4000 Zeichen."),
        }
        error_messages = {
            "message": {
                "required": _("Bitte beschreiben Sie die Barriere."),
                "max_length": _("Bitte kürzen Sie die Nachricht auf höchstens 4000 Zeichen."),
            },
            "reply_email": {"invalid": _("Bitte geben Sie eine gültige E-Mail-Adresse an, z. B. name@beispiel.de.")},
        }
        widgets = {"message": forms.Textarea(attrs={"rows": 6})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["homepage"].widget.attrs.update({"tabindex": "-1", "autocomplete": "off"})
        self.fields["reply_email"].widget.attrs["autocomplete"] = "email"

    def clean_message(self):
        message = self.cleaned_data["message"].strip()
        if not message:
            raise forms.ValidationError(_("Bitte beschreiben Sie die Barriere."))
        return message

    def is_spam(self) -> bool:
        return bool(self.data.get(self.add_prefix("homepage")))

from django import forms
from django.utils.translation import gettext_lazy as _

from bildungsallianz.core.forms import SafeModelMultipleChoiceField

from .models import FieldOfAction, JoinRequest, Signature


class JoinRequestForm(forms.ModelForm):
    """The public join form. `website_url` is a honeypot: people never see it."""

    fields_of_action = SafeModelMultipleChoiceField(
        label=_("Handlungsfelder von Interesse"),
        queryset=FieldOfAction.objects.all(),
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Bitte wählen Sie mindestens ein Handlungsfeld.")},
    )
    consent = forms.BooleanField(
        label=_(
            "Ich willige ein, dass das Bildungsbüro die Angaben zur Bearbeitung des Antrags "
            "speichert. Die Einwilligung kann ich jederzeit widerrufen."
        ),
        error_messages={"required": _("Ohne Ihre Einwilligung können wir den Antrag nicht bearbeiten.")},
    )
    homepage = forms.CharField(label=_("Bitte leer lassen"), required=False)

    class Meta:
        model = JoinRequest
        fields = [
            "organisation_name",
            "short_name",
            "sector",
            "description",
            "street",
            "postcode",
            "city",
            "website",
            "organisation_email",
            "phone",
            "contact_name",
            "contact_function",
            "contact_email",
            "fields_of_action",
            "proposed_commitment",
            "consent_publish_contact",
        ]
        labels = {
            "consent_publish_contact": _(
                "Website, E-Mail-Adresse und Telefonnummer der Organisation dürfen im öffentlichen "
                "Partnerverzeichnis erscheinen (freiwillig)."
            )
        }
        widgets = {
            "description": forms.Textarea(attrs={"rows": 4}),
            "proposed_commitment": forms.Textarea(attrs={"rows": 4}),
        }
        error_messages = {
            "organisation_name": {"required": _("Bitte geben Sie den Namen der Organisation an.")},
            "sector": {"required": _("Bitte wählen Sie einen Bereich.")},
            "description": {"required": _("Bitte beschreiben Sie Ihre Organisation kurz.")},
            "street": {"required": _("Bitte geben Sie Straße und Hausnummer an.")},
            "postcode": {"required": _("Bitte geben Sie eine fünfstellige Postleitzahl an.")},
            "city": {"required": _("Bitte geben Sie den Ort an.")},
            "website": {"invalid": _("Bitte geben Sie eine vollständige Adresse an, z. B. https://www.beispiel.de.")},
            "organisation_email": {"invalid": _("Bitte geben Sie eine gültige E-Mail-Adresse an.")},
            "contact_name": {"required": _("Bitte geben Sie den Namen der Ansprechperson an.")},
            "contact_email": {
                "required": _("Bitte geben Sie eine E-Mail-Adresse an, unter der wir Sie erreichen."),
                "invalid": _("Bitte geben Sie eine gültige E-Mail-Adresse an."),
            },
            "proposed_commitment": {
                "required": _("Bitte beschreiben Sie, wozu sich Ihre Organisation verpflichten möchte.")
            },
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["sector"].choices = [("", _("Bitte wählen"))] + list(self.fields["sector"].choices)[1:]
        self.fields["homepage"].widget.attrs.update({"tabindex": "-1", "autocomplete": "off"})
        self.fields["contact_email"].widget.attrs["autocomplete"] = "email"
        self.fields["contact_name"].widget.attrs["autocomplete"] = "name"

    def is_spam(self) -> bool:
        return bool(self.data.get(self.add_prefix("homepage")))


class JoinRequestDecisionForm(forms.Form):
    ACTIONS = [
        ("in_review", _("In Prüfung nehmen")),
        ("accept", _("Annehmen")),
        ("decline", _("Ablehnen")),
    ]
    action = forms.ChoiceField(label=_("Entscheidung"), choices=ACTIONS, widget=forms.RadioSelect)
    reason = forms.CharField(
        label=_("Begründung (bei Ablehnung erforderlich)"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("action") == "decline" and not cleaned.get("reason", "").strip():
            self.add_error("reason", _("Bitte begründen Sie die Ablehnung."))
        return cleaned


class SignatureConfirmForm(forms.ModelForm):
    class Meta:
        model = Signature
        fields = ["signatory_name", "signatory_function"]
        error_messages = {
            "signatory_name": {"required": _("Bitte geben Sie den Namen der unterzeichnenden Person an.")},
            "signatory_function": {"required": _("Bitte geben Sie die Funktion an.")},
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in self.fields:
            self.fields[name].required = True


class PartnerFilterForm(forms.Form):
    """Filters of the public partner directory."""

    q = forms.CharField(label=_("Name enthält"), required=False, max_length=100)
    bereich = forms.ChoiceField(label=_("Bereich"), required=False)
    handlungsfeld = forms.ChoiceField(label=_("Handlungsfeld"), required=False)

    def __init__(self, *args, sectors, fields_of_action, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["bereich"].choices = [("", _("alle Bereiche")), *sectors]
        self.fields["handlungsfeld"].choices = [("", _("alle Handlungsfelder"))] + [
            (f.slug, f.title) for f in fields_of_action
        ]

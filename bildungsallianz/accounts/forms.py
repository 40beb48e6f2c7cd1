from django import forms
from django.contrib.auth import password_validation
from django.contrib.auth.forms import AuthenticationForm
from django.utils.translation import gettext_lazy as _


class EmailAuthenticationForm(AuthenticationForm):
    username = forms.EmailField(label=_("E-Mail-Adresse"), widget=forms.EmailInput(attrs={"autocomplete": "email"}))
    error_messages = {
        "invalid_login": _("E-Mail-Adresse oder Passwort sind falsch. Bitte prüfen Sie Ihre Eingabe."),
        "inactive": _("Dieses Konto ist deaktiviert."),
    }


class InvitationAcceptForm(forms.Form):
    first_name = forms.CharField(label=_("Vorname"), max_length=150)
    last_name = forms.CharField(label=_("Nachname"), max_length=150)
    password1 = forms.CharField(
        label=_("Passwort"),
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text=_("Mindestens 10 Zeichen, nicht nur Ziffern."),
    )
    password2 = forms.CharField(
        label=_("Passwort wiederholen"), widget=forms.PasswordInput(attrs={"autocomplete": "new-password"})
    )

    def __init__(self, *args, email: str, needs_password: bool, **kwargs):
        super().__init__(*args, **kwargs)
        self.email = email
        if not needs_password:
            for name in ("first_name", "last_name", "password1", "password2"):
                del self.fields[name]

    def clean(self):
        cleaned = super().clean()
        p1, p2 = cleaned.get("password1"), cleaned.get("password2")
        if "password1" in self.fields and p1 and p2:
            if p1 != p2:
                self.add_error("password2", _("Die beiden Passwörter stimmen nicht überein."))
            else:
                try:
                    password_validation.validate_password(p1)
                except forms.ValidationError as exc:
                    self.add_error("password1", exc)
        return cleaned

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import Source


class ImportUploadForm(forms.Form):
    file = forms.FileField(
        label=_("Statistikdatei"),
        help_text=_(
            "GENESIS-CSV, Flat-File-CSV (auch als ZIP), Excel (.xlsx), CSV-Export der Statistik der "
            "Bundesagentur für Arbeit oder einfache CSV (Regionalschlüssel;Zeitraum;Wert)."
        ),
    )
    source = forms.ModelChoiceField(
        label=_("Datenquelle"),
        queryset=Source.objects.all(),
        required=False,
        to_field_name="code",
        help_text=_("Leer lassen, wenn die Datei ihren Tabellencode nennt."),
    )
    new_source_code = forms.SlugField(
        label=_("oder neue Datenquelle (Kürzel)"), required=False, allow_unicode=True, max_length=60
    )
    ignore_unknown_regions = forms.BooleanField(
        label=_("Zeilen mit unbekannten Regionalschlüsseln auslassen"), required=False
    )
    basis = forms.CharField(
        label=_("Basis der Werte (optional)"),
        required=False,
        max_length=60,
        help_text=_(
            "z. B. „Zensus 2022“. Leer lassen: Die Basis wird aus Titel und Fußnoten der Datei erkannt. "
            "Wechselt die Basis innerhalb einer Zeitreihe, wird dort ein Reihenbruch gezeigt."
        ),
    )


class ImportDecisionForm(forms.Form):
    """Execute a previewed import run or discard it (glossary: *execute*, not "confirm")."""

    EXECUTE = "execute"
    DISCARD = "discard"
    action = forms.ChoiceField(choices=[(EXECUTE, _("Import bestätigen")), (DISCARD, _("Verwerfen"))])

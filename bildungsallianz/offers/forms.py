"""Forms of the Bildungsportal: the public filter form and the partner editing forms."""

from __future__ import annotations

import re

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from bildungsallianz.charter.models import FieldOfAction, TargetGroup
from bildungsallianz.core import geo
from bildungsallianz.core.forms import SafeModelChoiceField, SafeModelMultipleChoiceField

from .choices import LANGUAGES
from .facets import FACETS as FACETS_REGISTRY
from .facets import default_sort
from .models import EDITABLE_FIELDS, EDITABLE_M2M_FIELDS, Occupation, Offer

SORT_CHOICES = [
    ("relevanz", _("Relevanz")), ("datum", _("Datum")), ("neu", _("Neueste")), ("entfernung", _("Entfernung")),
]  # fmt: skip
RADIUS_CHOICES = [(5, _("5 km")), (10, _("10 km")), (25, _("25 km")), (50, _("50 km"))]


def _blank(label):
    return [("", label)]


class OfferSearchForm(forms.Form):
    """Every filter lives in the URL; all fields optional; invalid values are ignored.

    The facet fields come from the registry (:data:`bildungsallianz.offers.facets.FACETS`);
    ``options`` may give the choices of a facet (e.g. from the API), otherwise the registry
    loads them.
    """

    q = forms.CharField(label=_("Suchbegriff"), required=False, max_length=200)
    von = forms.DateField(label=_("Datum von"), required=False, widget=forms.DateInput(attrs={"type": "date"}))
    bis = forms.DateField(label=_("Datum bis"), required=False, widget=forms.DateInput(attrs={"type": "date"}))
    sortierung = forms.ChoiceField(label=_("Sortieren nach"), required=False, choices=SORT_CHOICES)
    nahe = forms.CharField(
        label=_("In der Nähe von"),
        required=False,
        max_length=100,
        help_text=_("Postleitzahl oder Ort, zum Beispiel 66953 oder Rodalben"),
    )
    umkreis = forms.TypedChoiceField(
        label=_("Umkreis"),
        required=False,
        coerce=int,
        empty_value=None,
        choices=[("", _("Standard (10 km)")), *RADIUS_CHOICES],
    )

    FACETS = [facet.name for facet in FACETS_REGISTRY]
    FIELD_ORDER = [
        "q", *[n for n in FACETS if n != "anbieter"], "nahe", "umkreis", "von", "bis", "anbieter", "sortierung",
    ]  # fmt: skip

    def __init__(self, *args, options: dict | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        options = options or {}
        self.base_choices = {}
        for facet in FACETS_REGISTRY:
            if facet.boolean:
                self.fields[facet.name] = forms.BooleanField(label=facet.label, required=False)
                continue
            choices = list(options[facet.name]) if facet.name in options else facet.options()
            self.base_choices[facet.name] = choices
            self.fields[facet.name] = forms.TypedChoiceField(
                label=facet.label,
                required=False,
                coerce=facet.coerce,
                empty_value=None if facet.coerce is int else "",
                choices=_blank(_("alle")) + choices,
            )
        self.order_fields(self.FIELD_ORDER)
        if not (self.data.get("nahe") or "").strip():  # distance only means something near a place
            self.fields["sortierung"].choices = [c for c in SORT_CHOICES if c[0] != "entfernung"]
        # The select shows the order the results are in, also when none was chosen.
        self.fields["sortierung"].initial = default_sort(text=False, place=False)
        if self.is_bound and not self.data.get("sortierung"):
            data = self.data.copy()
            has_text, has_place = (bool((data.get(name) or "").strip()) for name in ("q", "nahe"))
            data["sortierung"] = default_sort(text=has_text, place=has_place)
            self.data = data

    def set_counts(self, counts: dict[str, dict]) -> None:
        """Add the number of results to every option label: „Praktikum (12)“.

        When a search has more matches than it counts (``_total.more``), the counts are
        minimums: „Praktikum (mind. 12)“, and an option without a counted match gets no number.
        """
        more = bool(counts.get("_total", {}).get("more"))
        for name, choices in self.base_choices.items():
            facet = counts.get(name, {})
            self.fields[name].choices = self.fields[name].choices[:1] + [
                (value, _with_count(label, facet.get(str(value), 0), more)) for value, label in choices
            ]
        for facet in FACETS_REGISTRY:
            if facet.boolean and facet.name in counts:
                self.fields[facet.name].label = _with_count(facet.label, counts[facet.name].get("True", 0), more)

    def clean_nahe(self):
        text = self.cleaned_data.get("nahe", "").strip()
        if not text:
            return None
        point = geo.locate_text(text)
        if point is None:
            raise forms.ValidationError(
                _("Diesen Ort kennen wir nicht. Bitte geben Sie eine Postleitzahl oder einen Ort in Deutschland an.")
            )
        return point

    @property
    def filters(self) -> dict:
        if not self.is_bound or not self.is_valid():
            data = {}
            if self.is_bound:  # keep what is valid, ignore the rest
                data = {k: v for k, v in self.cleaned_data.items() if k not in self.errors}
        else:
            data = self.cleaned_data
        filters = {k: v for k, v in data.items() if v not in (None, "", False)}
        if "nahe" not in filters:
            filters.pop("umkreis", None)  # a radius around nothing is no filter
        return filters


DANGEROUS = re.compile(r"<\s*(script|style|iframe|object|embed|form)\b|\bon[a-z]+\s*=|javascript\s*:", re.IGNORECASE)


CONTACT_FIELDS = ("contact_name", "contact_email", "contact_phone")


class OfferForm(forms.ModelForm):
    contact_consent = forms.BooleanField(
        label=_(
            "Die Ansprechperson ist einverstanden, dass ihr Name und ihre Kontaktdaten mit dem Angebot erscheinen."
        ),
        required=False,
    )
    languages = forms.MultipleChoiceField(
        label=_("Sprachen, in denen das Angebot stattfindet"),
        choices=LANGUAGES,
        widget=forms.CheckboxSelectMultiple,
        initial=["de"],
    )

    class Meta:
        model = Offer
        fields = [*[f for f in EDITABLE_FIELDS if f not in ("languages", "contact_consent_at")], *EDITABLE_M2M_FIELDS]
        field_classes = {name: SafeModelMultipleChoiceField for name in EDITABLE_M2M_FIELDS}
        widgets = {
            "description": forms.Textarea(attrs={"rows": 8}),
            "start_date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "end_date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "application_deadline": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "start_time": forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
            "end_time": forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
            "target_groups": forms.CheckboxSelectMultiple,
            "fields_of_action": forms.CheckboxSelectMultiple,
            "image": forms.ClearableFileInput(attrs={"accept": "image/jpeg,image/png,image/webp"}),
            "summary": forms.Textarea(attrs={"rows": 2}),
            "plain_summary": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args, provider_choices=None, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.initial["languages"] = self.instance.language_list
            self.initial["contact_consent"] = self.instance.contact_consent_at is not None
        self.fields["target_groups"].queryset = TargetGroup.objects.all()
        self.fields["fields_of_action"].queryset = FieldOfAction.objects.all()
        self.fields["occupations"].queryset = Occupation.objects.all()
        self.fields["occupations"].help_text = _("Nur wenn das Angebot zu bestimmten Berufen passt.")
        self.fields["website"].assume_scheme = "https"
        if provider_choices is not None:
            self.fields["provider"] = SafeModelChoiceField(label=_("Anbieter"), queryset=provider_choices)
            self.order_fields(["provider"])

    def clean_description(self):
        text = self.cleaned_data.get("description", "")
        if DANGEROUS.search(text or ""):
            raise forms.ValidationError(
                _("Die Beschreibung enthält nicht erlaubte Inhalte (zum Beispiel Skripte). Bitte entfernen Sie diese.")
            )
        return text

    def clean_languages(self):
        return "," + ",".join(self.cleaned_data["languages"]) + ","

    def clean(self):
        cleaned = super().clean()
        if any(cleaned.get(name) for name in CONTACT_FIELDS) and not cleaned.get("contact_consent"):
            self.add_error(
                "contact_consent",
                _("Bitte bestätigen Sie die Einwilligung der Ansprechperson – oder lassen Sie die Kontaktfelder leer."),
            )
        self.consent_at = self._contact_consent_at(cleaned)  # before the instance takes the new values
        return cleaned

    def _contact_consent_at(self, cleaned):
        """Keep the recorded time while the contact stays the same; a new person needs a new record."""
        if not any(cleaned.get(name) for name in CONTACT_FIELDS):
            return None
        unchanged = all(cleaned.get(n) == getattr(self.instance, n) for n in CONTACT_FIELDS)
        if unchanged and self.instance.contact_consent_at:
            return self.instance.contact_consent_at
        return timezone.now()

    def content(self) -> dict:
        data = {k: v for k, v in self.cleaned_data.items() if k in EDITABLE_FIELDS or k in self.Meta.fields}
        data.pop("contact_consent", None)
        data["contact_consent_at"] = self.consent_at
        if data.get("image") is None:
            data.pop("image", None)  # no new upload: keep the current image
        elif data.get("image") is False:
            data["image"] = ""
        return data


class PlaceForm(forms.Form):
    name = forms.CharField(label=_("Name des Ortes"), required=False, max_length=160)
    street = forms.CharField(label=_("Straße und Hausnummer"), required=False, max_length=200)
    postcode = forms.CharField(label=_("Postleitzahl"), required=False, max_length=5)
    city = forms.CharField(label=_("Ort"), required=False, max_length=100)
    # Editors type the address; the point is found from it (core.geo). A point already stored
    # (from an import or a correction) travels along hidden and is dropped when the address changes.
    latitude = forms.DecimalField(required=False, max_digits=8, decimal_places=5, widget=forms.HiddenInput)
    longitude = forms.DecimalField(required=False, max_digits=8, decimal_places=5, widget=forms.HiddenInput)

    def clean(self):
        data = super().clean()
        filled = any(data.get(k) not in (None, "") for k in ("name", "street", "postcode", "city"))
        if filled:
            for key, message in (
                ("street", _("Bitte geben Sie Straße und Hausnummer an.")),
                ("postcode", _("Bitte geben Sie die Postleitzahl an.")),
                ("city", _("Bitte geben Sie den Ort an.")),
            ):
                if not data.get(key):
                    self.add_error(key, message)
        return data


PlaceFormSet = forms.formset_factory(PlaceForm, extra=1, max_num=5, validate_max=True, can_delete=True)


def places_from(formset) -> list[dict]:
    places = []
    for form in formset.forms:
        data = form.cleaned_data
        if not data or data.get("DELETE") or not data.get("street"):
            continue
        place = {k: data.get(k) for k in PlaceForm.base_fields}
        if set(form.changed_data) & {"street", "postcode", "city"}:
            place["latitude"] = place["longitude"] = None  # a new address: locate it again
        places.append(place)
    return places


class ReturnForm(forms.Form):
    comment = forms.CharField(
        label=_("Was soll geändert werden?"),
        widget=forms.Textarea(attrs={"rows": 5}),
        max_length=3000,
        error_messages={"required": _("Bitte schreiben Sie, was geändert werden soll.")},
    )


class ImportForm(forms.Form):
    provider = SafeModelChoiceField(label=_("Anbieter"), queryset=None)
    file = forms.FileField(
        label=_("CSV-Datei"), help_text=_("Vorlage herunterladen, ausfüllen, hochladen. Höchstens 2 MB.")
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        from bildungsallianz.organisations.models import Organisation

        self.fields["provider"].queryset = Organisation.objects.all()

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > 2 * 1024 * 1024:
            raise forms.ValidationError(_("Die Datei ist zu groß. Erlaubt sind höchstens 2 MB."))
        return upload


def _with_count(label, number: int, at_least: bool) -> str:
    if not at_least:
        return f"{label} ({number})"
    if not number:
        return str(label)
    return _("%(label)s (mind. %(n)s)") % {"label": label, "n": number}

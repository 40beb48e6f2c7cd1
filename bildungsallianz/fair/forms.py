"""Forms of the fair: they parse and validate; the services write."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from bildungsallianz.offers.selectors import occupations_all
from bildungsallianz.organisations.selectors import sector_choices

from .models import STAND_FIELDS, ClassRegistration, Country, Edition, Exhibitor, Feedback, Rating, School


class SlotChoiceField(forms.ModelMultipleChoiceField):
    widget = forms.CheckboxSelectMultiple

    def label_from_instance(self, obj):
        return obj.label


class ClassRegistrationForm(forms.ModelForm):
    school = forms.ModelChoiceField(
        label=_("Schule"),
        queryset=School.objects.all(),
        required=False,
        empty_label=_("– Schule wählen –"),
        help_text=_("Ihre Schule fehlt? Dann nennen Sie sie in den beiden Feldern darunter."),
    )
    new_school_name = forms.CharField(label=_("Neue Schule: Name"), max_length=200, required=False)
    new_school_city = forms.CharField(label=_("Neue Schule: Ort"), max_length=100, required=False)
    new_school_country = forms.ChoiceField(label=_("Neue Schule: Land"), choices=Country.choices, required=False)
    preferred_slots = SlotChoiceField(label=_("Gewünschte Zeitfenster"), queryset=None, required=False)
    impossible_slots = SlotChoiceField(label=_("Unmögliche Zeitfenster"), queryset=None, required=False)
    consent = forms.BooleanField(
        label=_(
            "Ich bin einverstanden, dass das Bildungsbüro meinen Namen und meine E-Mail-Adresse für die "
            "Organisation der Berufsinformationsbörse speichert. Sie werden nach der Messe gelöscht."
        ),
        required=True,
    )

    class Meta:
        model = ClassRegistration
        fields = [
            "class_name",
            "level",
            "pupils",
            "teachers",
            "travel_minutes",
            "keep_together",
            "accessibility_needs",
            "contact_name",
            "contact_email",
        ]
        widgets = {"accessibility_needs": forms.Textarea(attrs={"rows": 3})}

    field_order = ["school", "new_school_name", "new_school_city", "new_school_country"]

    def __init__(self, *args, edition, changing: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        slots = edition.slots.order_by("position")
        self.fields["preferred_slots"].queryset = slots
        self.fields["impossible_slots"].queryset = slots
        if changing:
            for name in ("school", "new_school_name", "new_school_city", "new_school_country", "consent"):
                del self.fields[name]
            self.initial["preferred_slots"] = list(self.instance.preferred_slots.all())
            self.initial["impossible_slots"] = list(self.instance.impossible_slots.all())

    def clean(self):
        data = super().clean()
        named = (data.get("new_school_name") or "").strip() and (data.get("new_school_city") or "").strip()
        if "school" in self.fields and not data.get("school") and not named:
            self.add_error("school", _("Bitte wählen Sie Ihre Schule oder nennen Sie Name und Ort."))
        preferred, impossible = data.get("preferred_slots") or [], data.get("impossible_slots") or []
        if set(preferred) & set(impossible):
            self.add_error("impossible_slots", _("Ein Zeitfenster kann nicht zugleich gewünscht und unmöglich sein."))
        return data


class NewExhibitorStandForm(forms.ModelForm):
    """Stand wishes of a new organisation (the contact person is the one of its join request);
    :class:`ExhibitorForm` adds the organisation and the contact for partners."""

    occupations = forms.ModelMultipleChoiceField(
        label=_("Gezeigte Berufe (KldB 2010)"),
        queryset=None,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    class Meta:
        model = Exhibitor
        fields = STAND_FIELDS

    field_order = ["occupations"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["occupations"].queryset = occupations_all()


class ExhibitorForm(NewExhibitorStandForm):
    """A partner's exhibitor registration: which of their organisations, stand wishes, contact."""

    organisation = forms.ModelChoiceField(label=_("Organisation"), queryset=None, empty_label=None)

    class Meta(NewExhibitorStandForm.Meta):
        fields = [*STAND_FIELDS, "contact_name", "contact_email"]

    field_order = ["organisation", "occupations"]

    def __init__(self, *args, organisations, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = organisations


#: KldB 2010 "Berufsbereiche": the first digit of an occupation's key.
OCCUPATION_AREAS = [
    ("1", _("Land-, Forst- und Tierwirtschaft, Gartenbau")),
    ("2", _("Rohstoffgewinnung, Produktion und Fertigung")),
    ("3", _("Bau, Architektur, Vermessung und Gebäudetechnik")),
    ("4", _("Naturwissenschaft, Geografie und Informatik")),
    ("5", _("Verkehr, Logistik, Schutz und Sicherheit")),
    ("6", _("Kaufmännische Dienstleistungen, Handel, Vertrieb, Hotel und Tourismus")),
    ("7", _("Unternehmensorganisation, Buchhaltung, Recht und Verwaltung")),
    ("8", _("Gesundheit, Soziales, Lehre und Erziehung")),
    ("9", _("Sprache, Geistes- und Wirtschaftswissenschaften, Medien, Kunst, Kultur, Gestaltung")),
]


class ExhibitorFilterForm(forms.Form):
    q = forms.CharField(label=_("Suche"), required=False, max_length=100)
    bereich = forms.ChoiceField(
        label=_("Berufsbereich"), required=False, choices=[("", _("alle Berufsbereiche")), *OCCUPATION_AREAS]
    )
    sektor = forms.ChoiceField(label=_("Art des Ausstellers"), required=False)
    places = forms.ChoiceField(
        label=_("Angebotene Plätze"),
        required=False,
        choices=[
            ("", _("alle")),
            ("internship_places", _("Praktikum")),
            ("apprenticeship_places", _("Ausbildung")),
            ("dual_study_places", _("Duales Studium")),
        ],
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["sektor"].choices = [("", _("alle")), *sector_choices()]


class PinForm(forms.Form):
    registration = forms.IntegerField(widget=forms.HiddenInput)
    slot = forms.ModelChoiceField(label=_("Zeitfenster"), queryset=None, required=False, empty_label=_("– lösen –"))

    def __init__(self, *args, edition, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["slot"].queryset = edition.slots.order_by("position")
        self.fields["slot"].label_from_instance = lambda slot: slot.label


class StandForm(forms.Form):
    exhibitor = forms.IntegerField(widget=forms.HiddenInput)
    stand_number = forms.CharField(label=_("Standnummer"), max_length=10)


class ExhibitorReturnForm(forms.Form):
    exhibitor = forms.IntegerField(widget=forms.HiddenInput)
    comment = forms.CharField(label=_("Anmerkung für den Aussteller"), max_length=3000)


class FeedbackForm(forms.ModelForm):
    """The short anonymous form after the fair (teachers and exhibitors answer the same questions)."""

    would_return = forms.TypedChoiceField(
        label=_("Kommen Sie nächstes Jahr wieder?"),
        choices=[("ja", _("ja")), ("nein", _("nein"))],
        coerce=lambda value: value == "ja",
        widget=forms.RadioSelect,
    )

    class Meta:
        model = Feedback
        fields = ["satisfaction", "usefulness", "would_return", "comment"]
        widgets = {
            "satisfaction": forms.RadioSelect,
            "usefulness": forms.RadioSelect,
            "comment": forms.Textarea(attrs={"rows": 4}),
        }
        help_texts = {"comment": _("Bitte keine Namen von Schülerinnen, Schülern oder anderen Personen.")}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("satisfaction", "usefulness"):
            self.fields[name].choices = Rating.choices  # radio buttons without the empty "---------"


class EditionForm(forms.ModelForm):
    """The Bildungsbüro creates or edits an edition (the slots come from SlotFormSet)."""

    class Meta:
        model = Edition
        fields = [
            "title",
            "slug",
            "date",
            "venue",
            "hall_capacity",
            "long_travel_minutes",
            "exhibitors_open",
            "exhibitors_close",
            "schools_open",
            "schools_close",
            "is_published",
        ]
        widgets = {
            name: forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
            for name in ("date", "exhibitors_open", "exhibitors_close", "schools_open", "schools_close")
        }
        help_texts = {"slug": _("Teil der Adresse, z. B. bib-2027 für /bib/bib-2027/")}


class SlotForm(forms.Form):
    id = forms.IntegerField(widget=forms.HiddenInput, required=False)
    starts_at = forms.TimeField(label=_("Beginn"), widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"))
    ends_at = forms.TimeField(label=_("Ende"), widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"))


class BaseSlotFormSet(forms.BaseFormSet):
    def clean(self):
        if any(self.errors):
            return
        kept = [f.cleaned_data for f in self.forms if f.cleaned_data and not f.cleaned_data.get("DELETE")]
        if not kept:
            raise forms.ValidationError(_("Bitte geben Sie mindestens ein Zeitfenster an."))

    @property
    def slots(self) -> list[dict]:
        """Cleaned rows (without empty extra rows); rows marked DELETE carry ``delete=True``."""
        return [
            {
                "id": f.cleaned_data.get("id"),
                "starts_at": f.cleaned_data["starts_at"],
                "ends_at": f.cleaned_data["ends_at"],
                "delete": bool(f.cleaned_data.get("DELETE")),
            }
            for f in self.forms
            if f.cleaned_data
        ]


SlotFormSet = forms.formset_factory(
    SlotForm, formset=BaseSlotFormSet, extra=2, can_delete=True, max_num=12, validate_max=True
)

from django import forms
from django.utils.translation import gettext_lazy as _

from bildungsallianz.charter.models import FieldOfAction, TargetGroup
from bildungsallianz.organisations.models import Organisation

from .models import IndicatorTarget, Milestone, Project


def _blank(label):
    return [("", label)]


class PortfolioFilterForm(forms.Form):
    handlungsfeld = forms.ChoiceField(label=_("Handlungsfeld"), required=False)
    zielgruppe = forms.ChoiceField(label=_("Zielgruppe"), required=False)
    status = forms.ChoiceField(label=_("Status"), required=False)
    organisation = forms.ChoiceField(label=_("Organisation"), required=False)

    def __init__(self, *args, organisations=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["handlungsfeld"].choices = _blank(_("alle")) + [
            (f.slug, f.title) for f in FieldOfAction.objects.all()
        ]
        self.fields["zielgruppe"].choices = _blank(_("alle")) + [(g.slug, g.name) for g in TargetGroup.objects.all()]
        self.fields["status"].choices = _blank(_("alle")) + list(Project.State.choices)
        self.fields["organisation"].choices = _blank(_("alle")) + list(organisations)

    @property
    def filters(self) -> dict:
        return {k: v for k, v in self.cleaned_data.items() if v} if self.is_valid() else {}


class ProjectForm(forms.ModelForm):
    class Meta:
        model = Project
        fields = [
            "title",
            "summary",
            "description",
            "status",
            "fields_of_action",
            "target_groups",
            "lead_organisation",
            "partners",
            "start_date",
            "end_date",
            "funding_source",
            "progress_override",
            "contact_name",
            "contact_email",
            "is_public",
        ]
        widgets = {
            "fields_of_action": forms.CheckboxSelectMultiple,
            "target_groups": forms.CheckboxSelectMultiple,
            "partners": forms.SelectMultiple(attrs={"size": 6}),
            "start_date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "end_date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "description": forms.Textarea(attrs={"rows": 8}),
        }

    def __init__(self, *args, lead_choices=None, **kwargs):
        super().__init__(*args, **kwargs)
        if lead_choices is not None:
            self.fields["lead_organisation"].queryset = lead_choices
        self.fields["partners"].queryset = Organisation.objects.public().order_by("name")
        self.fields["partners"].required = False


class ProgressUpdateForm(forms.Form):
    text = forms.CharField(label=_("Was gibt es Neues?"), max_length=3000, widget=forms.Textarea(attrs={"rows": 4}))
    is_public = forms.BooleanField(label=_("öffentlich zeigen"), required=False, initial=True)


class MilestoneForm(forms.ModelForm):
    class Meta:
        model = Milestone
        fields = ["title", "due_date", "done"]
        widgets = {"due_date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")}


class IndicatorTargetForm(forms.ModelForm):
    class Meta:
        model = IndicatorTarget
        fields = ["indicator", "region", "baseline_value", "baseline_year", "target_value", "target_year"]

    def __init__(self, *args, **kwargs):
        from bildungsallianz.monitoring.selectors import indicators_for_choice, regions_for_choice

        super().__init__(*args, **kwargs)
        self.fields["indicator"].queryset = indicators_for_choice()
        self.fields["region"].queryset = regions_for_choice()

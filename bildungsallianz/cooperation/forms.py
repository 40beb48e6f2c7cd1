from django import forms
from django.utils.translation import gettext_lazy as _

from bildungsallianz.charter.models import FieldOfAction, TargetGroup
from bildungsallianz.organisations.models import Organisation

from .models import ActionItem, DigestSettings, Idea, Meeting, WorkshopTable


class DateTimeInput(forms.DateTimeInput):
    input_type = "datetime-local"

    def __init__(self, **kwargs):
        super().__init__(format="%Y-%m-%dT%H:%M", **kwargs)


class MeetingForm(forms.ModelForm):
    class Meta:
        model = Meeting
        fields = [
            "title",
            "starts_at",
            "ends_at",
            "place",
            "online_url",
            "agenda",
            "minutes",
            "decisions",
            "decisions_public",
            "attendees",
        ]
        widgets = {
            "starts_at": DateTimeInput(),
            "ends_at": DateTimeInput(),
            "agenda": forms.Textarea(attrs={"rows": 4}),
            "minutes": forms.Textarea(attrs={"rows": 8}),
            "decisions": forms.Textarea(attrs={"rows": 3}),
            "attendees": forms.CheckboxSelectMultiple,
        }

    def __init__(self, *args, group, **kwargs):
        super().__init__(*args, **kwargs)
        from django.contrib.auth import get_user_model

        self.fields["attendees"].queryset = get_user_model().objects.filter(group_memberships__group=group)
        self.fields["attendees"].required = False
        for name in ("starts_at", "ends_at"):
            self.fields[name].input_formats = ["%Y-%m-%dT%H:%M", "%d.%m.%Y %H:%M"]


class AttachmentForm(forms.Form):
    title = forms.CharField(label=_("Titel"), max_length=200)
    file = forms.FileField(label=_("Datei"), help_text=_("PDF, Office-Dokument, Text oder Bild, höchstens 10 MB."))


class ActionItemForm(forms.ModelForm):
    class Meta:
        model = ActionItem
        fields = ["title", "responsible_user", "responsible_organisation", "due_date", "meeting"]
        widgets = {"due_date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")}

    def __init__(self, *args, group, **kwargs):
        super().__init__(*args, **kwargs)
        from django.contrib.auth import get_user_model

        self.fields["responsible_user"].queryset = get_user_model().objects.filter(group_memberships__group=group)
        self.fields["responsible_organisation"].queryset = Organisation.objects.filter(
            group_memberships__group=group
        ).distinct()
        self.fields["meeting"].queryset = group.meetings.all()


class DigestSettingsForm(forms.ModelForm):
    class Meta:
        model = DigestSettings
        fields = ["enabled", "minutes", "tasks", "due", "projects"]


class CodeForm(forms.Form):
    code = forms.CharField(
        label=_("Werkstatt-Code"),
        max_length=12,
        help_text=_("Den Code finden Sie auf dem Aushang oder der Karte an Ihrem Tisch."),
    )

    def clean_code(self):
        return self.cleaned_data["code"].strip().upper().replace(" ", "")


class IdeaForm(forms.ModelForm):
    class Meta:
        model = Idea
        fields = ["title", "description", "table", "field_of_action", "target_groups", "possible_partners"]
        widgets = {
            "description": forms.Textarea(attrs={"rows": 5}),
            "target_groups": forms.CheckboxSelectMultiple,
        }

    def __init__(self, *args, workshop, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["table"].queryset = WorkshopTable.objects.filter(workshop=workshop)
        self.fields["field_of_action"].queryset = FieldOfAction.objects.all()
        self.fields["target_groups"].queryset = TargetGroup.objects.all()
        self.fields["title"].widget.attrs.update({"autocomplete": "off"})


class CommentForm(forms.Form):
    text = forms.CharField(label=_("Ihr Kommentar"), max_length=1500, widget=forms.Textarea(attrs={"rows": 3}))


class EvaluationForm(forms.Form):
    decision = forms.ChoiceField(
        label=_("Entscheidung"),
        widget=forms.RadioSelect,
        choices=[
            (Idea.State.ACCEPTED, _("annehmen")),
            (Idea.State.DECLINED, _("ablehnen")),
            (Idea.State.MERGED, _("mit einer anderen Idee zusammenführen")),
        ],
    )
    reason = forms.CharField(
        label=_("Begründung (bei Ablehnung)"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )
    merge_into = forms.ModelChoiceField(label=_("zusammenführen mit"), queryset=Idea.objects.none(), required=False)

    def __init__(self, *args, idea, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["merge_into"].queryset = Idea.objects.filter(workshop=idea.workshop).exclude(pk=idea.pk)

"""The answer form (built from the questions) and the back-office forms."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from bildungsallianz.monitoring.models import Theme
from bildungsallianz.organisations.models import Organisation

from .models import Question, Survey

FREE_TEXT_MAX = 2000


def field_name(position: int) -> str:
    """``frage_1`` … by position in the survey (stable for a running survey, whose questions are fixed)."""
    return f"frage_{position}"


def _field_for(question: Question) -> forms.Field:
    common = {"label": question.text, "required": question.required, "help_text": question.help_text}
    if question.kind == Question.Kind.SINGLE:
        return forms.ChoiceField(choices=[(c, c) for c in question.choices], widget=forms.RadioSelect, **common)
    if question.kind == Question.Kind.MULTIPLE:
        return forms.MultipleChoiceField(
            choices=[(c, c) for c in question.choices], widget=forms.CheckboxSelectMultiple, **common
        )
    if question.kind == Question.Kind.SCALE:
        choices = [(c, c) for c in question.choices]
        if question.scale_labels:
            common["help_text"] = " ".join(filter(None, [question.help_text, question.scale_labels]))
        return forms.ChoiceField(choices=choices, widget=forms.RadioSelect, **common)
    if question.kind == Question.Kind.NUMBER:
        if question.unit:
            common["help_text"] = " ".join(
                filter(None, [question.help_text, _("Einheit: %(u)s") % {"u": question.unit}])
            )
        return forms.DecimalField(
            max_digits=12, decimal_places=2, min_value=0, max_value=10**9, localize=True, **common
        )
    return forms.CharField(widget=forms.Textarea(attrs={"rows": 4}), max_length=FREE_TEXT_MAX, **common)


class AnswerForm(forms.Form):
    """One field per question; no name, no e-mail, nothing personal is asked for."""

    def __init__(self, *args, questions, **kwargs):
        super().__init__(*args, **kwargs)
        self.questions = list(questions)
        for position, question in enumerate(self.questions, start=1):
            self.fields[field_name(position)] = _field_for(question)

    def values(self) -> dict[int, object]:
        return {q.pk: self.cleaned_data.get(field_name(n)) for n, q in enumerate(self.questions, start=1)}


class SurveyForm(forms.ModelForm):
    theme = forms.ChoiceField(label=_("Themenfeld im Monitoring"), choices=Theme.choices)

    class Meta:
        model = Survey
        fields = ["title", "slug", "intro", "method", "closes_at", "open_link", "reference_year", "theme"]
        widgets = {"closes_at": forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M")}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["closes_at"].input_formats = ["%Y-%m-%dT%H:%M", "%d.%m.%Y %H:%M", "%d.%m.%Y"]


class QuestionForm(forms.ModelForm):
    class Meta:
        model = Question
        fields = [
            "kind",
            "text",
            "label",
            "help_text",
            "required",
            "options",
            "scale_min",
            "scale_max",
            "scale_labels",
            "unit",
            "breaks_down",
        ]
        widgets = {"options": forms.Textarea(attrs={"rows": 4})}


class InvitationForm(forms.Form):
    organisations = forms.ModelMultipleChoiceField(
        label=_("Organisationen"),
        queryset=Organisation.objects.order_by("name"),
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Bitte wählen Sie mindestens eine Organisation.")},
    )

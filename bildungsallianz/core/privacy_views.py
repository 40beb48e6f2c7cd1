"""Back office: find a person by e-mail, export their data as JSON, erase it (DSGVO Art. 15/17)."""

import json

from django import forms
from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import path, reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from . import privacy
from .backoffice import staff_view


class PersonForm(forms.Form):
    email = forms.EmailField(
        label=gettext_lazy("E-Mail-Adresse der Person"),
        error_messages={
            "required": gettext_lazy("Bitte geben Sie eine E-Mail-Adresse an."),
            "invalid": gettext_lazy("Bitte geben Sie eine gültige E-Mail-Adresse an."),
        },
    )


class EraseForm(PersonForm):
    confirm = forms.BooleanField(
        label=gettext_lazy("Ich habe die Identität der Person geprüft; alle Angaben sollen gelöscht werden."),
        error_messages={"required": gettext_lazy("Bitte bestätigen Sie die Löschung.")},
    )


@staff_view
def person_search(request):
    form = PersonForm(request.GET or None)
    found = privacy.person_find(form.cleaned_data["email"]) if form.is_valid() else None
    return render(
        request,
        "core/admin/privacy_person.html",
        {
            "form": form,
            "found": found,
            "total": sum(len(records) for _source, records in found or []),
            "erase_form": EraseForm(initial={"email": form.cleaned_data.get("email", "")} if found else None),
            "sources": privacy.personal_data.all(),
        },
    )


@staff_view
def person_export(request):
    form = PersonForm(request.GET)
    if not form.is_valid():
        return redirect("privacy_person")
    data = privacy.person_export(email=form.cleaned_data["email"], by=request.user)
    response = HttpResponse(json.dumps(data, ensure_ascii=False, indent=2), content_type="application/json")
    stamp = timezone.localdate().isoformat()
    response["Content-Disposition"] = f'attachment; filename="auskunft-{stamp}.json"'
    response["Cache-Control"] = "no-store"
    return response


@staff_view
@require_POST
def person_erase(request):
    form = EraseForm(request.POST)
    if not form.is_valid():
        for errors in form.errors.values():
            for error in errors:
                messages.error(request, error)
        return redirect(reverse("privacy_person") + "?" + urlencode({"email": request.POST.get("email", "")}))
    counts = privacy.person_erase(email=form.cleaned_data["email"], by=request.user)
    messages.success(
        request,
        _("Gelöscht oder anonymisiert: %(count)s Datensätze. Der Vorgang ist protokolliert.")
        % {"count": sum(counts.values())},
    )
    return redirect(reverse("privacy_person") + "?" + urlencode({"email": form.cleaned_data["email"]}))


urlpatterns = [
    path("datenschutz/", person_search, name="privacy_person"),
    path("datenschutz/export/", person_export, name="privacy_export"),
    path("datenschutz/loeschen/", person_erase, name="privacy_erase"),
]

"""A partner editor changes their own organisation's profile. The public directory and
profile pages show charter data and therefore live in ``charter`` (one layer up)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from .forms import OrganisationProfileForm
from .permissions import get_organisation_for_user
from .services import organisation_update


@login_required
def organisation_edit(request, slug):
    organisation = get_organisation_for_user(request, slug, edit=True)
    form = OrganisationProfileForm(request.POST or None, instance=organisation)
    if request.method == "POST" and form.is_valid():
        organisation_update(organisation=organisation, data=form.cleaned_data, by=request.user)
        messages.success(request, _("Das Profil wurde gespeichert."))
        return redirect(organisation)
    return render(request, "organisations/organisation_form.html", {"form": form, "organisation": organisation})

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from bildungsallianz.charter.models import FieldOfAction
from bildungsallianz.core.permissions import forbid_unless, get_or_404

from . import selectors
from .forms import OrganisationFilterForm, OrganisationProfileForm
from .models import Organisation, Sector
from .permissions import can_edit_organisation, organisations_visible_to
from .services import organisation_update


def organisation_list(request):
    form = OrganisationFilterForm(
        request.GET or None, sectors=Sector.choices, fields_of_action=FieldOfAction.objects.all()
    )
    data = form.cleaned_data if form.is_valid() else {}
    qs = selectors.organisation_directory(
        queryset=Organisation.objects.all(),
        query=data.get("q", ""),
        sector=data.get("bereich", ""),
        field_of_action=data.get("handlungsfeld", ""),
    )
    page = Paginator(qs, 30).get_page(request.GET.get("seite"))
    template = "organisations/organisation_list.html"
    if request.htmx and request.htmx.target == "results":
        template = "organisations/includes/organisation_results.html"
    return render(request, template, {"form": form, "page": page, "total": page.paginator.count})


def organisation_detail(request, slug):
    organisation = get_or_404(organisations_visible_to(request.user).select_related("logo"), slug=slug)
    context = {
        "organisation": organisation,
        "can_edit": can_edit_organisation(request.user, organisation),
        **selectors.organisation_profile(organisation=organisation),
    }
    return render(request, "organisations/organisation_detail.html", context)


@login_required
def organisation_edit(request, slug):
    organisation = get_or_404(organisations_visible_to(request.user), slug=slug)
    forbid_unless(can_edit_organisation(request.user, organisation))
    form = OrganisationProfileForm(request.POST or None, instance=organisation)
    if request.method == "POST" and form.is_valid():
        organisation_update(organisation=organisation, data=form.cleaned_data, by=request.user)
        messages.success(request, _("Das Profil wurde gespeichert."))
        return redirect(organisation)
    return render(request, "organisations/organisation_form.html", {"form": form, "organisation": organisation})

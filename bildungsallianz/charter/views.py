from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.utils.translation import gettext as _

from bildungsallianz.core import cache as content_cache
from bildungsallianz.core import ratelimit
from bildungsallianz.core.permissions import get_or_404
from bildungsallianz.organisations.permissions import (
    can_edit_organisation,
    get_organisation_for_user,
    organisations_visible_to,
)
from bildungsallianz.organisations.presentation import organisation_json_ld
from bildungsallianz.organisations.selectors import sector_choices

from . import selectors, services
from .forms import JoinRequestForm, PartnerFilterForm, SignatureConfirmForm
from .models import FieldOfAction


def _current_charter_or_404():
    charter = selectors.charter_current()
    if charter is None:
        raise Http404
    return charter


def charter_detail(request):
    charter = _current_charter_or_404()
    return render(request, "charter/charter_detail.html", selectors.charter_page_data(charter=charter))


def charter_pdf(request):
    """The charter as a PDF (WeasyPrint; only data: URLs may be fetched)."""
    from weasyprint import HTML
    from weasyprint.urls import URLFetcher

    charter = _current_charter_or_404()

    def build() -> bytes:
        html = render_to_string("charter/charter_pdf.html", selectors.charter_page_data(charter=charter), request)
        return HTML(string=html, url_fetcher=URLFetcher(allowed_protocols={"data"})).write_pdf()

    # Generated once per charter state (charter, signatures, organisations), not per request.
    pdf = content_cache.cached(f"charter-pdf:{charter.pk}", build, kinds=("charter", "organisations"))
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="charta-{charter.version}.pdf"'
    return response


def join_request_create(request):
    form = JoinRequestForm(request.POST or None)
    if request.method == "POST":
        # Only submissions count (saved or caught by the honeypot), not a form sent back to fix a typo.
        if ratelimit.limited(request, scope="join", limit=settings.JOIN_REQUEST_RATE):
            return render(request, "charter/join_request_limited.html", status=429)
        if form.is_spam():
            # Pretend success so that bots learn nothing; nothing is saved.
            ratelimit.record(request, scope="join")
            return redirect("charter:join_thanks")
        if form.is_valid():
            data = {k: v for k, v in form.cleaned_data.items() if k not in ("fields_of_action", "consent", "homepage")}
            services.join_request_submit(data=data, fields_of_action=form.cleaned_data["fields_of_action"])
            ratelimit.record(request, scope="join")
            return redirect("charter:join_thanks")
    return render(request, "charter/join_request_form.html", {"form": form})


def join_request_thanks(request):
    return render(request, "charter/join_request_thanks.html")


@login_required
def signature_confirm(request, slug):
    organisation = get_organisation_for_user(request, slug, edit=True)
    charter = _current_charter_or_404()
    signature = get_or_404(organisation.signatures.all(), charter=charter)
    form = SignatureConfirmForm(request.POST or None, instance=signature)
    if request.method == "POST" and form.is_valid():
        try:
            services.signature_confirm(signature=signature, by=request.user, **form.cleaned_data)
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            if signature.confirmed and not request.user.is_bildungsbuero:
                messages.success(
                    request,
                    _(
                        "Vielen Dank! Das Bildungsbüro prüft Ihre Änderung; "
                        "bis dahin bleiben die bisherigen Angaben sichtbar."
                    ),
                )
            else:
                messages.success(request, _("Vielen Dank! Ihre Unterzeichnung der Charta ist bestätigt."))
            return redirect(organisation)
    return render(
        request, "charter/signature_form.html", {"form": form, "organisation": organisation, "charter": charter}
    )


def partner_list(request):
    """The public partner directory (organisations with their signatures and commitments)."""
    form = PartnerFilterForm(
        request.GET or None, sectors=sector_choices(), fields_of_action=FieldOfAction.objects.all()
    )
    data = form.cleaned_data if form.is_valid() else {}
    qs = selectors.partner_directory(
        query=data.get("q", ""), sector=data.get("bereich", ""), field_of_action=data.get("handlungsfeld", "")
    )
    page = Paginator(qs, 30).get_page(request.GET.get("seite"))
    template = "charter/partner_list.html"
    if request.htmx and request.htmx.target == "results":
        template = "charter/includes/partner_results.html"
    return render(request, template, {"form": form, "page": page, "total": page.paginator.count})


def partner_detail(request, slug):
    organisation = get_or_404(organisations_visible_to(request.user).select_related("logo"), slug=slug)
    context = {
        "organisation": organisation,
        "can_edit": can_edit_organisation(request.user, organisation),
        "json_ld": organisation_json_ld(organisation, request.build_absolute_uri(organisation.get_absolute_url())),
        **selectors.partner_profile(organisation=organisation),
    }
    return render(request, "charter/partner_detail.html", context)

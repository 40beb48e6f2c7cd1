"""Partner area: editors keep their organisation's offers and submit them for review."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from bildungsallianz.core.permissions import forbid_unless, get_or_404
from bildungsallianz.organisations.permissions import organisations_editable_by

from .. import services
from ..choices import Status
from ..forms import OfferForm, PlaceFormSet, places_from
from ..models import Offer
from ..permissions import can_create_offers, can_edit_offer, offers_editable_by, offers_visible_to


def _place_initial(offer):
    fields = ["name", "street", "postcode", "city", "latitude", "longitude"]
    return [{k: getattr(p, k) for k in fields} for p in offer.places.all()] if offer else []


def _add_errors(form, exc: ValidationError) -> None:
    if hasattr(exc, "error_dict"):
        for field_name, errors in exc.error_dict.items():
            form.add_error(field_name if field_name in form.fields else None, errors)
    else:
        form.add_error(None, exc)


@login_required
def offer_manage(request):
    offers = (
        offers_editable_by(request.user)
        .filter(revision_of__isnull=True)
        .select_related("provider", "pending_revision")
        .order_by("provider__name", "title")
    )
    context = {"offers": offers, "can_create": can_create_offers(request.user)}
    return render(request, "offers/offer_manage.html", context)


@login_required
def offer_create(request):
    forbid_unless(can_create_offers(request.user))
    providers = organisations_editable_by(request.user).order_by("name")
    form = OfferForm(request.POST or None, request.FILES or None, provider_choices=providers)
    places = PlaceFormSet(request.POST or None, prefix="orte")
    if request.method == "POST" and form.is_valid() and places.is_valid():
        try:
            offer = services.offer_create(
                provider=form.cleaned_data["provider"], data=form.content(), places=places_from(places), by=request.user
            )
        except ValidationError as exc:
            _add_errors(form, exc)
        else:
            messages.success(request, _("Der Entwurf ist gespeichert. Reichen Sie ihn ein, wenn er fertig ist."))
            return redirect("offers:manage" if "_stay" not in request.POST else offer.get_absolute_url())
    return render(request, "offers/offer_form.html", {"form": form, "places": places, "offer": None})


@login_required
def offer_edit(request, slug):
    offer = get_or_404(offers_visible_to(request.user), slug=slug)
    forbid_unless(can_edit_offer(request.user, offer))
    editing = offer
    if offer.status in (Status.PUBLISHED, Status.EXPIRED):
        editing = Offer.objects.filter(revision_of=offer).first() or offer
    if editing.status == Status.SUBMITTED:
        messages.warning(request, _("Das Angebot wird gerade geprüft. Sie können es danach wieder ändern."))
        return redirect("offers:manage")
    form = OfferForm(request.POST or None, request.FILES or None, instance=editing)
    places = PlaceFormSet(request.POST or None, prefix="orte", initial=_place_initial(editing))
    if request.method == "POST" and form.is_valid() and places.is_valid():
        try:
            services.offer_update(offer=offer, data=form.content(), places=places_from(places), by=request.user)
        except ValidationError as exc:
            _add_errors(form, exc)
        else:
            if offer.status == Status.PUBLISHED:
                messages.success(
                    request,
                    _(
                        "Ihre Änderung ist gespeichert. Sie wird erst nach der Prüfung sichtbar – "
                        "bitte reichen Sie sie ein."
                    ),
                )
            else:
                messages.success(request, _("Der Entwurf ist gespeichert."))
            return redirect("offers:manage")
    context = {"form": form, "places": places, "offer": offer, "editing": editing}
    return render(request, "offers/offer_form.html", context)


def _get_editable(request, slug):
    offer = get_or_404(offers_visible_to(request.user), slug=slug)
    forbid_unless(can_edit_offer(request.user, offer))
    return offer


def _run(request, action, *, success: str, **kwargs):
    """Run a partner-area action; show its German errors or the success message."""
    try:
        action(by=request.user, **kwargs)
    except ValidationError as exc:
        for message in exc.messages:
            messages.error(request, message)
    else:
        messages.success(request, success)
    return redirect("offers:manage")


def _pending_or_self(offer):
    """Edits of a published offer live in a change copy; actions apply to it."""
    return Offer.objects.filter(revision_of=offer).first() or offer


@login_required
@require_POST
def offer_submit(request, slug):
    offer = _pending_or_self(_get_editable(request, slug))
    return _run(
        request,
        services.offer_submit,
        offer=offer,
        success=_("Eingereicht. Das Bildungsbüro prüft das Angebot und meldet sich."),
    )


@login_required
@require_POST
def offer_confirm(request, slug):
    offer = _get_editable(request, slug)
    return _run(
        request, services.offer_confirm, offer=offer, success=_("Danke! Das Angebot ist als aktuell bestätigt.")
    )


@login_required
@require_POST
def offer_delete(request, slug):
    offer = _pending_or_self(_get_editable(request, slug))
    return _run(request, services.offer_delete_draft, offer=offer, success=_("Der Entwurf wurde gelöscht."))

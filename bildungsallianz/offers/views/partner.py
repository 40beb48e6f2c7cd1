"""Partner area: editors keep their organisation's offers and submit them for review."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from bildungsallianz.core.forms import add_service_errors
from bildungsallianz.core.permissions import forbid_unless
from bildungsallianz.core.translations.views import translation_view
from bildungsallianz.organisations.permissions import organisations_editable_by

from .. import services
from ..forms import OfferForm, PlaceFormSet, places_from
from ..permissions import can_create_offers, get_offer_for_user, offers_editable_by


def _place_initial(offer):
    return [{k: getattr(p, k) for k in services.PLACE_FIELDS} for p in offer.places.all()] if offer else []


@login_required
def offer_manage(request):
    offers = (
        offers_editable_by(request.user)
        .originals()
        .select_related("provider", "change_copy")
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
            add_service_errors(form, exc)
        else:
            messages.success(request, _("Der Entwurf ist gespeichert. Reichen Sie ihn ein, wenn er fertig ist."))
            return redirect("offers:manage" if "_stay" not in request.POST else offer.get_absolute_url())
    return render(request, "offers/offer_form.html", {"form": form, "places": places, "offer": None})


@login_required
def offer_edit(request, slug):
    offer = get_offer_for_user(request, slug, edit=True)
    editing = offer.work_item
    if not offer.accepts_edits:
        messages.warning(request, _("Das Angebot wird gerade geprüft. Sie können es danach wieder ändern."))
        return redirect("offers:manage")
    form = OfferForm(request.POST or None, request.FILES or None, instance=editing)
    places = PlaceFormSet(request.POST or None, prefix="orte", initial=_place_initial(editing))
    if request.method == "POST" and form.is_valid() and places.is_valid():
        try:
            services.offer_update(offer=offer, data=form.content(), places=places_from(places), by=request.user)
        except ValidationError as exc:
            add_service_errors(form, exc)
        else:
            if offer.is_published:
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


@login_required
def offer_translation(request, slug, language=None):
    """Translations of an offer, language by language (published offers: into the change copy)."""
    offer = get_offer_for_user(request, slug, edit=True)
    return translation_view(
        request,
        obj=offer,
        language=language,
        save=lambda lang, values: services.offer_translation_save(
            offer=offer, language=lang, values=values, by=request.user
        ),
        url_name="offers:translation",
        back_url=reverse("offers:manage"),
        kind=_("Angebot"),
    )


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


@login_required
@require_POST
def offer_submit(request, slug):
    offer = get_offer_for_user(request, slug, edit=True).work_item
    return _run(
        request,
        services.offer_submit,
        offer=offer,
        success=_("Eingereicht. Das Bildungsbüro prüft das Angebot und meldet sich."),
    )


@login_required
@require_POST
def offer_renew(request, slug):
    offer = get_offer_for_user(request, slug, edit=True)
    return _run(request, services.offer_renew, offer=offer, success=_("Danke! Das Angebot ist als aktuell bestätigt."))


@login_required
@require_POST
def offer_delete(request, slug):
    offer = get_offer_for_user(request, slug, edit=True).work_item
    return _run(request, services.offer_delete_draft, offer=offer, success=_("Der Entwurf wurde gelöscht."))

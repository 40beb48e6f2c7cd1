"""Public pages: search with filters and map, detail, calendar file, watch list."""

from django.db.models import Exists, OuterRef
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.utils.text import slugify

from bildungsallianz.charter.models import FieldOfAction, TargetGroup
from bildungsallianz.organisations.models import Organisation

from ..forms import OfferSearchForm
from ..models import Offer
from ..permissions import can_edit_offer, get_offer_for_user
from ..presentation import map_tile_url, offer_ical, offer_json_ld, project_markers
from ..selectors import offer_search, offers_by_slugs, with_offer_details


def _providers():
    """Partners with at least one published offer (EXISTS per partner, not a join over all offers)."""
    published = Offer.objects.published().filter(provider=OuterRef("pk"))
    return Organisation.objects.filter(Exists(published)).order_by("name").values_list("slug", "name")


def offer_list(request):
    form = OfferSearchForm(
        request.GET or None,
        target_groups=TargetGroup.objects.all(),
        fields_of_action=FieldOfAction.objects.all(),
        providers=_providers(),
    )
    filters = form.filters
    show_map = request.GET.get("ansicht") == "karte"
    result = offer_search(filters=filters, page_number=request.GET.get("seite"), with_markers=show_map)
    form.set_counts(result.facets)
    query_string = request.GET.copy()
    query_string.pop("seite", None)
    map_params = query_string.copy()
    map_params["ansicht"] = "karte"
    list_params = query_string.copy()
    list_params.pop("ansicht", None)
    context = {
        "form": form,
        "result": result,
        "page": result.page,
        "show_map": show_map,
        "map": project_markers(result.markers) if show_map else None,
        "map_tile_url": map_tile_url(),
        "query_string": query_string.urlencode(),
        "map_url": "?" + map_params.urlencode(),
        "list_url": "?" + list_params.urlencode(),
        "active_filters": {k: v for k, v in filters.items() if k not in ("q", "sortierung")},
    }
    template = "offers/offer_list.html"
    if request.htmx and request.htmx.target == "results":
        template = "offers/includes/offer_results.html"
    return render(request, template, context)


def offer_detail(request, slug):
    offer = with_offer_details(get_offer_for_user(request, slug))
    url = request.build_absolute_uri(offer.get_absolute_url())
    context = {
        "offer": offer,
        "places": list(offer.places.all()),
        "can_edit": can_edit_offer(request.user, offer),
        "is_preview": not offer.is_published,
        "share_url": url,
        "json_ld": offer_json_ld(offer, url) if offer.is_published else "",
    }
    return render(request, "offers/offer_detail.html", context)


def offer_calendar(request, slug):
    offer = with_offer_details(get_offer_for_user(request, slug))
    if not offer.is_dated:
        raise Http404
    body = offer_ical(offer, request.build_absolute_uri(offer.get_absolute_url()))
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{slugify(offer.slug)[:60]}.ics"'
    return response


def watchlist(request):
    slugs = [s.strip() for s in request.GET.get("ids", "").split(",") if s.strip()]
    offers = offers_by_slugs(slugs)
    share_path = request.path + "?ids=" + ",".join(o.slug for o in offers) if offers else ""
    context = {
        "offers": offers,
        "share_url": request.build_absolute_uri(share_path) if share_path else "",
        "has_ids": bool(slugs),
    }
    return render(request, "offers/watchlist.html", context)

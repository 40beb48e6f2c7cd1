"""Public pages: search with filters and map, detail, calendar file, watch list."""

from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.utils.text import slugify

from bildungsallianz.core.translations.display import content_language, translated_context
from bildungsallianz.search.middleware import mark_search

from ..forms import OfferSearchForm
from ..permissions import can_edit_offer, get_offer_for_user
from ..presentation import offer_ical, offer_json_ld, search_page_context
from ..search_help import search_help
from ..selectors import offer_search, offers_by_slugs, with_offer_details


def offer_list(request):
    """Parse the filters, call the search, render (the full page or, for htmx, the results)."""
    form = OfferSearchForm(request.GET or None)
    show_map = request.GET.get("ansicht") == "karte"
    result = offer_search(filters=form.filters, page_number=request.GET.get("seite"), with_markers=show_map)
    template = "offers/offer_list.html"
    if request.htmx and request.htmx.target == "results":
        template = "offers/includes/offer_results.html"
    context = search_page_context(request.GET, form, result, show_map=show_map)
    context["search_help"] = search_help(form.filters, result.total)
    context["content_lang"] = content_language(request)
    response = render(request, template, context)
    if form.filters.get("q"):
        mark_search(response, result.total)  # counted by search's middleware, also on cache hits
    return response


def offer_detail(request, slug):
    offer = with_offer_details(get_offer_for_user(request, slug))
    url = request.build_absolute_uri(offer.get_absolute_url())
    context = {
        "offer": offer,
        **translated_context(request, offer),
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

"""Derived public representations of offers: map projection, iCalendar, schema.org JSON-LD."""

from __future__ import annotations

import datetime
import math

import icalendar
import nh3
from django.conf import settings
from django.utils import timezone

from bildungsallianz.core.jsonld import script_json

from .choices import Cost, DateKind, OfferType
from .models import Offer

MAP_WIDTH, MAP_HEIGHT, MAP_PAD = 400, 300, 20


def project_markers(markers: list[dict]) -> dict:
    """One numbered point per location (offers at the same place share it), projected into an
    SVG box (equirectangular, x scaled by cos φ); no tiles needed."""
    locations: dict[tuple[float, float], dict] = {}
    for m in markers:
        key = (round(m["lat"], 4), round(m["lon"], 4))
        location = locations.setdefault(
            key, {"lat": m["lat"], "lon": m["lon"], "place": m["place"], "city": m["city"], "offers": []}
        )
        if all(o["slug"] != m["slug"] for o in location["offers"]):
            location["offers"].append({"slug": m["slug"], "title": m["title"]})
    if not locations:
        return {"width": MAP_WIDTH, "height": MAP_HEIGHT, "points": []}
    lats = [loc["lat"] for loc in locations.values()]
    lons = [loc["lon"] for loc in locations.values()]
    lat0, lat1 = min(lats) - 0.003, max(lats) + 0.003
    scale_x = math.cos(math.radians((lat0 + lat1) / 2))
    lon0, lon1 = min(lons) - 0.003, max(lons) + 0.003
    span_x = (lon1 - lon0) * scale_x
    span_y = lat1 - lat0
    scale = min((MAP_WIDTH - 2 * MAP_PAD) / span_x, (MAP_HEIGHT - 2 * MAP_PAD) / span_y)
    off_x = (MAP_WIDTH - span_x * scale) / 2
    off_y = (MAP_HEIGHT - span_y * scale) / 2
    points = []
    for number, loc in enumerate(locations.values(), start=1):
        x = off_x + (loc["lon"] - lon0) * scale_x * scale
        y = MAP_HEIGHT - (off_y + (loc["lat"] - lat0) * scale)
        points.append({**loc, "x": round(x, 1), "y": round(y, 1), "number": number})
    return {"width": MAP_WIDTH, "height": MAP_HEIGHT, "points": points}


def map_tile_url() -> str:
    return getattr(settings, "MAP_TILE_URL", "") or ""


def search_page_context(params, form, result, *, show_map: bool) -> dict:
    """Template context of the search page: counts on the filter options, links that keep the filters."""
    form.set_counts(result.facets)
    query_string = params.copy()
    query_string.pop("seite", None)
    map_params = query_string.copy()
    map_params["ansicht"] = "karte"
    list_params = query_string.copy()
    list_params.pop("ansicht", None)
    return {
        "form": form,
        "result": result,
        "page": result.page,
        "show_map": show_map,
        "map": project_markers(result.markers) if show_map else None,
        "map_tile_url": map_tile_url(),
        "query_string": query_string.urlencode(),
        "map_url": "?" + map_params.urlencode(),
        "list_url": "?" + list_params.urlencode(),
        "active_filters": {k: v for k, v in form.filters.items() if k not in ("q", "sortierung")},
    }


def _description_text(offer: Offer) -> str:
    return " ".join(nh3.clean(offer.description or "", tags=set()).split())


def _later(value, delta):
    """``value + delta``, or ``value`` itself at the end of the calendar (no OverflowError)."""
    try:
        return value + delta
    except OverflowError:
        return value


def offer_ical(offer: Offer, url: str) -> bytes:
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//Bildungsallianz//Bildungsportal//DE")
    calendar.add("version", "2.0")
    event = icalendar.Event()
    event.add("uid", f"angebot-{offer.pk}@{settings.SITE_URL.split('//')[-1]}")
    event.add("dtstamp", timezone.now())
    event.add("summary", offer.title)
    event.add("description", f"{offer.summary}\n\n{url}")
    event.add("url", url)
    if offer.start_time:
        tz = timezone.get_current_timezone()
        start = datetime.datetime.combine(offer.start_date, offer.start_time, tzinfo=tz)
        end_time = (
            offer.end_time
            or _later(datetime.datetime.combine(offer.start_date, offer.start_time), datetime.timedelta(hours=1)).time()
        )
        end_day = offer.start_date if offer.date_kind == DateKind.RECURRING else (offer.end_date or offer.start_date)
        event.add("dtstart", start)
        event.add("dtend", datetime.datetime.combine(end_day, end_time, tzinfo=tz))
    else:
        event.add("dtstart", offer.start_date)
        event.add("dtend", _later(offer.end_date or offer.start_date, datetime.timedelta(days=1)))
    if offer.date_kind == DateKind.RECURRING and offer.end_date:
        event.add("rrule", {"freq": "weekly", "until": offer.end_date})
    places = list(offer.places.all())
    if places:
        event.add("location", str(places[0]))
        if places[0].latitude is not None:
            event.add("geo", (float(places[0].latitude), float(places[0].longitude)))
    elif offer.is_online:
        event.add("location", "online")
    calendar.add_component(event)
    return calendar.to_ical()


def _place_ld(place) -> dict:
    data = {
        "@type": "Place",
        "name": place.name or place.street,
        "address": {
            "@type": "PostalAddress",
            "streetAddress": place.street,
            "postalCode": place.postcode,
            "addressLocality": place.city,
            "addressCountry": "DE",
        },
    }
    if place.latitude is not None:
        data["geo"] = {
            "@type": "GeoCoordinates",
            "latitude": float(place.latitude),
            "longitude": float(place.longitude),
        }
    return data


def offer_json_ld(offer: Offer, url: str) -> str:
    provider = {"@type": "Organization", "name": offer.provider.name}
    if offer.provider.website:
        provider["sameAs"] = offer.provider.website
    places = [_place_ld(p) for p in offer.places.all()]
    if offer.is_job:
        data = {
            "@context": "https://schema.org",
            "@type": "JobPosting",
            "title": offer.title,
            "description": offer.description or offer.summary,
            "hiringOrganization": provider,
            "url": url,
            "datePosted": (offer.published_at or offer.created_at).date().isoformat(),
            "employmentType": "INTERN" if offer.offer_type == OfferType.INTERNSHIP else "OTHER",
        }
        if places:
            data["jobLocation"] = places
        if offer.is_online:
            data["jobLocationType"] = "TELECOMMUTE"
        if offer.application_deadline:
            data["validThrough"] = offer.application_deadline.isoformat()
        if offer.start_date:
            data["jobStartDate"] = offer.start_date.isoformat()
    elif offer.is_dated:
        data = {
            "@context": "https://schema.org",
            "@type": "EducationEvent",
            "name": offer.title,
            "description": _description_text(offer) or offer.summary,
            "url": url,
            "organizer": provider,
            "startDate": offer.start_date.isoformat(),
            "eventAttendanceMode": "https://schema.org/OnlineEventAttendanceMode"
            if offer.is_online
            else "https://schema.org/OfflineEventAttendanceMode",
            "isAccessibleForFree": offer.cost == Cost.FREE,
        }
        if offer.end_date:
            data["endDate"] = offer.end_date.isoformat()
        data["location"] = places[0] if places else {"@type": "VirtualLocation", "url": url}
    else:
        data = {
            "@context": "https://schema.org",
            "@type": "Course",
            "name": offer.title,
            "description": _description_text(offer) or offer.summary,
            "url": url,
            "provider": provider,
            "isAccessibleForFree": offer.cost == Cost.FREE,
            "inLanguage": offer.language_list,
        }
    # </script> can never appear: escape < > & inside the JSON
    return script_json(data)

"""Reads of the Bildungsportal: search with facets, map markers, detail, watch list.

The query count of :func:`offer_search` does not depend on the data size: one
query each for synonyms and the index version (search only), the count, the
page, the page's places, one aggregate for all single-value facets, one grouped
query per multi-value facet, plus one extra facet query per *selected* facet
(so its other options still show how many results they would give).
"""

from __future__ import annotations

import datetime
import hashlib
import json
from dataclasses import dataclass, field

from django.core.cache import cache
from django.core.exceptions import EmptyResultSet
from django.core.paginator import Page, Paginator
from django.db import connection
from django.db.models import Count, F, Prefetch, prefetch_related_objects
from django.db.models.expressions import RawSQL
from django.utils import timezone

from bildungsallianz.core import geo
from bildungsallianz.search import engine

from .facets import BY_NAME, GROUPED, SCALAR, apply_filters, default_sort, nearest_place_order
from .indexing import SPEC
from .models import Offer, OfferPlace

PAGE_SIZE = 20
MAX_MARKERS = 400


def _for_cards(queryset):
    return queryset.select_related("provider").prefetch_related(
        Prefetch("places", queryset=OfferPlace.objects.order_by("id"))
    )


class RankedOffers:
    """Offers in relevance order, sliceable for the Paginator.

    ``count()`` counts the matches; a slice asks the engine for one page of ids
    in rank order and then loads just those offers (3 queries per page).
    """

    def __init__(self, matches, candidates, query):
        self.matches, self.candidates, self.query = matches, candidates, query

    def count(self) -> int:
        return self.matches.count()

    def __getitem__(self, key):
        if not isinstance(key, slice):
            raise TypeError("RankedOffers only supports slices")
        offset = key.start or 0
        ranked = engine.ranked_ids(SPEC, self.query, self.candidates, limit=key.stop - offset, offset=offset)
        if not ranked:
            return []
        offers = _for_cards(Offer.objects.filter(pk__in=[pk for pk, _tier in ranked])).in_bulk()
        page = []
        for pk, tier in ranked:
            offer = offers[pk]
            offer.search_tier = tier
            page.append(offer)
        return page


@dataclass
class SearchResult:
    page: Page
    total: int
    facets: dict[str, dict[str, int]]
    markers: list[dict] = field(default_factory=list)
    searched: bool = False
    partial: bool = False
    #: more matches than a text search shows (``engine.RANK_LIMIT``); total and facet counts are minimums
    more: bool = False


def _scalar_counts(queryset, names) -> dict[str, dict[str, int]]:
    """Counts for every value of the given facets in one query.

    Built as plain SQL around the ORM's own query for the matching ids: with
    about 60 conditional counts, building them as ORM expressions cost more
    than running the query.
    """
    keys, parts, params = [], [], []
    for name in names:
        facet = BY_NAME[name]
        for value in facet.values():
            condition, condition_params = facet.sql(value)
            parts.append(f"SUM(CASE WHEN {condition} THEN 1 ELSE 0 END)")
            params.extend(condition_params)
            keys.append((name, str(value)))
    if not parts:
        return {}
    try:
        inner_sql, inner_params = queryset.order_by().values("pk").query.sql_with_params()
    except EmptyResultSet:
        return {name: {value: 0 for n, value in keys if n == name} for name in names}
    sql = f"SELECT {', '.join(parts)} FROM offers_offer o WHERE o.id IN ({inner_sql})"
    with connection.cursor() as cursor:
        cursor.execute(sql, [*params, *inner_params])
        row = cursor.fetchone()
    counts: dict[str, dict[str, int]] = {}
    for (name, value), number in zip(keys, row, strict=True):
        counts.setdefault(name, {})[value] = int(number or 0)
    return counts


def _grouped_counts(queryset, name) -> dict[str, int]:
    lookup = BY_NAME[name].lookup
    rows = (
        queryset.order_by()
        .filter(**{f"{lookup}__isnull": False})
        .values(lookup)
        .annotate(n=Count("pk", distinct=True))
        .values_list(lookup, "n")
    )
    return {str(key): n for key, n in rows}


FACET_CACHE_SECONDS = 600


def cached_facet_counts(base, filters: dict, query=None) -> dict[str, dict[str, int]]:
    """:func:`facet_counts` (and the total), cached per filter set until the next index write.

    Publishing or expiring an offer writes the index and so changes the content token;
    the cache can never show counts of an older index state. The key holds the *analysed*
    query (tokens after synonyms and typo expansion), so a new synonym is a new key.
    """
    relevant = {k: str(v) for k, v in filters.items() if k not in ("sortierung", "q")}
    relevant["q"] = repr(query.groups) if query else ("<leer>" if filters.get("q") else "")
    digest = hashlib.sha1(json.dumps(relevant, sort_keys=True).encode()).hexdigest()
    key = f"offers:facets:v2:{engine.content_token(SPEC)}:{digest}"
    counts = cache.get(key)
    if counts is None:
        counts = facet_counts(base, filters, bounded=query is not None)
        cache.set(key, counts, FACET_CACHE_SECONDS)
    return counts


def _sample(queryset, bounded: bool):
    """The queryset, or for a text search only its ``engine.RANK_LIMIT`` newest offers (see :func:`facet_counts`)."""
    if not bounded:
        return queryset
    try:
        sql, params = engine.candidate_sql(queryset)
    except EmptyResultSet:
        return Offer.objects.none()
    # raw SQL, not a nested queryset: Django would re-alias the inner table, and the text
    # restriction (plain SQL naming offers_offer) would then refer to the outer query
    return Offer.objects.filter(pk__in=RawSQL(sql, params))


def facet_counts(base, filters: dict, *, bounded: bool = False) -> dict[str, dict[str, int]]:
    """Result counts per facet value: within all filters, except the facet's own filter when it is set.

    ``bounded`` (a text search): the counts cover only the ``engine.RANK_LIMIT`` newest matches,
    the ones the search ranks, so they cost the same at any size; ``_total`` then holds at most
    ``RANK_LIMIT`` and ``more`` = 1 says that there are more matches and the counts are minimums.
    The ids of those matches are read once (instead of the count) and reused by every count
    that does not drop a selected filter.
    """
    full = apply_filters(base, filters)
    if bounded:
        limit = engine.RANK_LIMIT
        ids = list(full.order_by("-pk").values_list("pk", flat=True)[: limit + 1])
        sample = Offer.objects.filter(pk__in=ids[:limit])
        total = {"all": min(len(ids), limit), "more": int(len(ids) > limit)}
    else:
        sample = full
    unselected = [facet.name for facet in SCALAR if facet.name not in filters]
    counts = _scalar_counts(sample, unselected)
    for facet in SCALAR:
        if facet.name in filters:
            skipped = apply_filters(base, filters, skip=facet.name)
            counts.update(_scalar_counts(_sample(skipped, bounded), [facet.name]))
    for facet in GROUPED:
        name = facet.name
        grouped = _sample(apply_filters(base, filters, skip=name), bounded) if name in filters else sample
        counts[name] = _grouped_counts(grouped, name)
    counts["_total"] = total if bounded else {"all": full.order_by().count(), "more": 0}
    return counts


class KnownCountPaginator(Paginator):
    """A Paginator that is told the number of results (computed and cached with the facets)."""

    def __init__(self, object_list, per_page, *, count: int, **kwargs):
        super().__init__(object_list, per_page, **kwargs)
        self._known_count = count

    @property
    def count(self) -> int:
        return self._known_count


def offer_search(
    *, filters: dict, page_number=1, with_markers: bool = False, page_size: int = PAGE_SIZE
) -> SearchResult:
    """Published offers matching the text query and filters, ranked, paginated, with facet counts."""
    base, query = _text_matches(filters)
    searched = bool(filters.get("q"))
    results = apply_filters(base, filters)
    if sort_of(filters, query) == "relevanz":
        # candidates already restricted to the matches: the id list SQLite builds stays small
        ordered = RankedOffers(results, results, query)
    else:
        ordered = _for_cards(_ordered(results, filters, query))
    facets = cached_facet_counts(base, filters, query)
    page = KnownCountPaginator(ordered, page_size, count=facets["_total"]["all"]).get_page(page_number)
    if filters.get("nahe"):
        page.object_list = list(page.object_list)
        _with_distances(page.object_list, filters["nahe"])
    markers = offer_markers(results) if with_markers else []
    partial = bool(query and not query.is_single_group and page.object_list and not getattr(page[0], "search_tier", 1))
    return SearchResult(
        page=page,
        total=page.paginator.count,
        facets=facets,
        markers=markers,
        searched=searched,
        partial=partial,
        more=bool(facets["_total"].get("more")),
    )


def sort_of(filters: dict, query) -> str:
    """The order of the results: the chosen one where it applies, else relevance for a text
    search, distance for a search near a place, newest first otherwise."""
    sort = filters.get("sortierung")
    if (sort == "relevanz" and not query) or (sort == "entfernung" and not filters.get("nahe")):
        sort = None
    return sort or default_sort(text=bool(query), place=bool(filters.get("nahe")))


def _ordered(results, filters: dict, query):
    """``results`` in the order :func:`sort_of` chose (all but relevance, which the engine ranks)."""
    sort = sort_of(filters, query)
    if sort == "datum":
        return results.order_by(F("start_date").asc(nulls_last=True), "title", "pk")
    if sort == "entfernung":
        return results.order_by(nearest_place_order(filters["nahe"]), "title", "pk")
    # newest first; (status, published_at) index + implicit rowid: no sort at any size
    return results.order_by("-published_at", "-pk")


def _with_distances(offers, point) -> None:
    """Set ``distance_km`` and ``nearest_place`` on each offer (from its prefetched places)."""
    for offer in offers:
        offer.distance_km, offer.nearest_place = nearest_place(point, list(offer.places.all()))


def nearest_place(point, places):
    """(distance in km, place) of the place nearest to ``point``; (None, None) without located places.

    ``places`` are OfferPlace objects or dicts with ``latitude``/``longitude``.
    """
    best = (None, None)
    for place in places:
        lat, lon = (place.get("latitude"), place.get("longitude")) if isinstance(place, dict) else (
            place.latitude, place.longitude
        )  # fmt: skip
        if lat is None or lon is None:
            continue
        km = geo.distance_km(point.latitude, point.longitude, float(lat), float(lon))
        if best[0] is None or km < best[0]:
            best = (km, place)
    return best


def _text_matches(filters: dict):
    """(published offers matching the text query ``q``, compiled query or None)."""
    base = Offer.objects.published()
    query = engine.compile_query(filters.get("q", ""), SPEC) if filters.get("q") else None
    if query:
        base = engine.restrict(base, SPEC, query)
    elif filters.get("q"):
        base = base.none()
    return base, query


def offer_search_ids(*, filters: dict, page_number: int = 1, page_size: int = PAGE_SIZE) -> tuple[list[int], int, bool]:
    """(ids of one page in result order, total, has a next page) — the search without cards or facets.

    Same matches and order as :func:`offer_search`; for clients that load their own rows
    (the read API): no model instances, no facet counts.
    """
    base, query = _text_matches(filters)
    results = apply_filters(base, filters)
    offset = (max(page_number, 1) - 1) * page_size
    if sort_of(filters, query) == "relevanz":
        ids = [pk for pk, _tier in engine.ranked_ids(SPEC, query, results, limit=page_size + 1, offset=offset)]
    else:
        ids = list(_ordered(results, filters, query).values_list("pk", flat=True)[offset : offset + page_size + 1])
    return ids[:page_size], results.order_by().count(), len(ids) > page_size


#: Plain columns of an offer row (:func:`offer_rows`).
ROW_FIELDS = (
    "id", "slug", "title", "summary", "description", "offer_type", "min_age", "max_age", "min_class",
    "max_class", "required_certificate", "german_level", "languages", "cost", "barrier_free", "is_online",
    "start_date", "end_date", "application_deadline", "seats", "website", "published_at", "plain_summary",
    "translations",
)  # fmt: skip


def _related_rows(relation: str, ids, *columns: str, ordering: tuple[str, ...]) -> dict[int, list[tuple]]:
    through = Offer._meta.get_field(relation).remote_field.through
    target = Offer._meta.get_field(relation).m2m_reverse_field_name()
    rows = (
        through.objects.filter(offer_id__in=ids)
        .order_by(*(f"{target}__{o}" for o in ordering))
        .values_list("offer_id", *(f"{target}__{c}" for c in columns))
    )
    grouped: dict[int, list[tuple]] = {}
    for offer_id, *values in rows:
        grouped.setdefault(offer_id, []).append(tuple(values))
    return grouped


def offer_ids_by_slug(slugs: list[str]) -> list[int]:
    """Ids of published offers with these slugs (for :func:`offer_rows`)."""
    return list(Offer.objects.published().filter(slug__in=slugs).values_list("pk", flat=True))


def offer_rows(ids: list[int]) -> list[dict]:
    """Published offers as plain rows in the order of ``ids`` (unknown or unpublished ids left out).

    Each row holds the columns of :data:`ROW_FIELDS`, ``provider`` (slug, name),
    ``target_groups`` and ``fields_of_action`` ((slug, title) pairs), ``occupations``
    ((code, title) pairs) and ``places`` (dicts). Five queries whatever the number of
    offers and no model instances: the read API and exports serialise hundreds of
    offers per request.
    """
    found = {
        row["id"]: row
        for row in Offer.objects.published()
        .filter(pk__in=ids)
        .values(*ROW_FIELDS, provider_slug=F("provider__slug"), provider_name=F("provider__name"))
    }
    if not found:
        return []
    keys = list(found)
    groups = _related_rows("target_groups", keys, "slug", "name", ordering=("order", "name"))
    fields = _related_rows("fields_of_action", keys, "slug", "title", ordering=("number",))
    occupations = _related_rows("occupations", keys, "code", "short_title", "title", ordering=("code",))
    places: dict[int, list[dict]] = {}
    place_columns = ("offer_id", "name", "street", "postcode", "city", "latitude", "longitude")
    for place in OfferPlace.objects.filter(offer_id__in=keys).order_by("id").values(*place_columns):
        places.setdefault(place.pop("offer_id"), []).append(place)
    rows = []
    for pk in ids:
        row = found.get(pk)
        if row is None:
            continue
        row["target_groups"] = groups.get(pk, [])
        row["fields_of_action"] = fields.get(pk, [])
        row["occupations"] = [(code, short or title) for code, short, title in occupations.get(pk, [])]
        row["places"] = places.get(pk, [])
        rows.append(row)
    return rows


def offer_markers(results) -> list[dict]:
    """Map points of the results (places with coordinates), for at most MAX_MARKERS offers.

    Two plain queries: the ids first (so the engine's match runs once), then their places.
    """
    ids = list(results.order_by("-published_at", "-pk").values_list("pk", flat=True)[:MAX_MARKERS])
    rows = (
        OfferPlace.objects.filter(offer_id__in=ids, latitude__isnull=False)
        .order_by("offer__title", "id")
        .values("offer__slug", "offer__title", "name", "street", "city", "latitude", "longitude")
    )
    return [
        {
            "slug": r["offer__slug"],
            "title": r["offer__title"],
            "place": r["name"] or r["street"],
            "city": r["city"],
            "lat": float(r["latitude"]),
            "lon": float(r["longitude"]),
        }
        for r in rows
    ]


DETAIL_PREFETCH = ("target_groups", "fields_of_action", "occupations")


def offer_detail_queryset(queryset):
    return queryset.select_related("provider").prefetch_related(
        *DETAIL_PREFETCH, Prefetch("places", queryset=OfferPlace.objects.order_by("id"))
    )


def with_offer_details(offer: Offer) -> Offer:
    """Load the relations and places the detail page, the calendar file and the review page show."""
    prefetch_related_objects([offer], *DETAIL_PREFETCH, Prefetch("places", queryset=OfferPlace.objects.order_by("id")))
    return offer


def offers_by_slugs(slugs: list[str]) -> list[Offer]:
    """Published offers in the order given (for the shared watch list)."""
    slugs = [s for s in dict.fromkeys(slugs) if s][:50]
    found = {
        o.slug: o
        for o in Offer.objects.published().filter(slug__in=slugs).select_related("provider").prefetch_related("places")
    }
    return [found[s] for s in slugs if s in found]


def provider_offers(organisation, limit: int = 50) -> list[Offer]:
    """Published offers of one provider, for its profile page."""
    return list(Offer.objects.published().filter(provider=organisation).order_by("title")[:limit])


def occupations_all():
    """KldB 2010 occupations (Berufsgattungen) for other modules' choice fields (e.g. fair exhibitors)."""
    from .models import Occupation

    return Occupation.objects.order_by("title")


def offer_calendar_entries(start: datetime.date, end: datetime.date) -> list[dict]:
    """Published offers with dates in [start, end) for the shared calendar (events module)."""
    from .choices import DateKind

    offers = (
        Offer.objects.published()
        .originals()
        .exclude(date_kind=DateKind.ONGOING)
        .filter(start_date__isnull=False, start_date__lt=end)
        .between(start, None)
        .select_related("provider")
    )
    tz = timezone.get_current_timezone()
    entries = []
    for offer in offers:
        day = max(offer.start_date, start) if offer.date_kind == DateKind.RECURRING else offer.start_date
        begins = datetime.datetime.combine(day, offer.start_time, tzinfo=tz) if offer.start_time else day
        entries.append(
            {
                "title": offer.title,
                "start": begins,
                "end": None,
                "url": offer.get_absolute_url(),
                "organiser": offer.provider.name,
                "kind": "angebot",
            }
        )
    return entries


# --- counts other modules show (projects: the charter thread and the landscape) ---------------


def published_counts_by_field() -> dict[int, int]:
    """Field of action id → number of published offers in it (one query)."""
    through = Offer.fields_of_action.through.objects.filter(offer__in=Offer.objects.published().values("pk"))
    return dict(
        through.values("fieldofaction_id")
        .annotate(n=Count("offer_id", distinct=True))
        .values_list("fieldofaction_id", "n")
    )


def published_counts_by_field_and_group() -> dict[tuple[int, int], int]:
    """(field of action id, target group id) → number of published offers in both (one query)."""
    rows = (
        Offer.fields_of_action.through.objects.filter(offer__in=Offer.objects.published().values("pk"))
        .filter(offer__target_groups__isnull=False)
        .values("fieldofaction_id", "offer__target_groups")
        .annotate(n=Count("offer_id", distinct=True))
    )
    return {(r["fieldofaction_id"], r["offer__target_groups"]): r["n"] for r in rows}

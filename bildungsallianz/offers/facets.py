"""The one facet registry of the offer search.

Each :class:`Facet` says once what the form shows (URL name, label, options),
how the search filters by it (``q`` for single-valued facets, ``lookup`` for
many-valued ones) and how the counts are taken (``sql``: the same condition as
plain SQL on the outer alias ``o``, so all single-valued facets are counted in
one aggregate query). The search form, the filter (:func:`apply_filters`) and
the facet counts in ``selectors.py`` all read :data:`FACETS`; a new facet is one
entry here.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.db.models import Exists, OuterRef, Q
from django.utils.translation import gettext_lazy as _

from .choices import AGE_CHOICES, CLASS_CHOICES, LANGUAGES, Certificate, Cost, GermanLevel, OfferType


@dataclass(frozen=True)
class Facet:
    name: str  # URL parameter and form field, e.g. "art"
    label: Any  # German form label (lazy)
    options: Callable[[], list[tuple[Any, Any]]]  # (value, label) pairs the form offers and the counts cover
    q: Callable[[Any], Q] | None = None  # single-valued facet: value -> condition
    sql: Callable[[Any], tuple[str, list]] | None = None  # the same condition as SQL on alias ``o``
    lookup: str = ""  # many-valued facet: ORM path to filter and group by
    coerce: type = str  # value type of the form field
    boolean: bool = False  # a checkbox ("only …") instead of a choice

    @property
    def grouped(self) -> bool:
        return bool(self.lookup)

    def values(self) -> list:
        return [value for value, _label in self.options()]


def _has_place():
    from .models import OfferPlace

    return Exists(OfferPlace.objects.filter(offer=OuterRef("pk")))


def age_q(age: int) -> Q:
    return (Q(min_age__isnull=True) | Q(min_age__lte=age)) & (Q(max_age__isnull=True) | Q(max_age__gte=age))


def class_q(k: int) -> Q:
    return (Q(min_class__isnull=True) | Q(min_class__lte=k)) & (Q(max_class__isnull=True) | Q(max_class__gte=k))


def _target_groups():
    from bildungsallianz.charter.models import TargetGroup

    return [(g.slug, g.name) for g in TargetGroup.objects.all()]


def _fields_of_action():
    from bildungsallianz.charter.models import FieldOfAction

    return [(f.slug, f.title) for f in FieldOfAction.objects.all()]


def _providers():
    """Partners with at least one published offer (EXISTS per partner, not a join over all offers)."""
    from bildungsallianz.organisations.models import Organisation

    from .models import Offer

    published = Offer.objects.published().filter(provider=OuterRef("pk"))
    return list(Organisation.objects.filter(Exists(published)).order_by("name").values_list("slug", "name"))


PLACE_OPTIONS = [("online", _("online")), ("vor-ort", _("vor Ort"))]

FACETS: list[Facet] = [
    Facet(
        "art",
        _("Art des Angebots"),
        lambda: list(OfferType.choices),
        q=lambda v: Q(offer_type=v),
        sql=lambda v: ("o.offer_type = %s", [v]),
    ),
    Facet("zielgruppe", _("Für wen"), _target_groups, lookup="target_groups__slug"),
    Facet("handlungsfeld", _("Handlungsfeld"), _fields_of_action, lookup="fields_of_action__slug"),
    Facet(
        "alter",
        _("Alter"),
        lambda: [(a, _("ab %(n)s Jahren") % {"n": a}) for a in AGE_CHOICES],
        q=age_q,
        sql=lambda v: ("(o.min_age IS NULL OR o.min_age <= %s) AND (o.max_age IS NULL OR o.max_age >= %s)", [v, v]),
        coerce=int,
    ),
    Facet(
        "klasse",
        _("Klasse"),
        lambda: [(k, _("Klasse %(n)s") % {"n": k}) for k in CLASS_CHOICES],
        q=class_q,
        sql=lambda v: (
            "(o.min_class IS NULL OR o.min_class <= %s) AND (o.max_class IS NULL OR o.max_class >= %s)",
            [v, v],
        ),
        coerce=int,
    ),
    Facet(
        "abschluss",
        _("Mein Schulabschluss"),
        lambda: [(c.value, c.label) for c in Certificate if c.value > 0],
        q=lambda v: Q(required_certificate__lte=v),
        sql=lambda v: ("o.required_certificate <= %s", [v]),
        coerce=int,
    ),
    Facet(
        "deutsch",
        _("Meine Deutschkenntnisse"),
        lambda: [(g.value, g.label) for g in GermanLevel if g.value > 0],
        q=lambda v: Q(german_level__lte=v),
        sql=lambda v: ("o.german_level <= %s", [v]),
        coerce=int,
    ),
    Facet(
        "sprache",
        _("Sprache des Angebots"),
        lambda: list(LANGUAGES),
        q=lambda v: Q(languages__contains=f",{v},"),
        sql=lambda v: ("o.languages LIKE %s", [f"%,{v},%"]),
    ),
    Facet(
        "kosten",
        _("Kosten"),
        lambda: list(Cost.choices),
        q=lambda v: Q(cost=v),
        sql=lambda v: ("o.cost = %s", [v]),
    ),
    Facet(
        "barrierefrei",
        _("nur barrierefreie Angebote"),
        lambda: [(True, _("nur barrierefreie Angebote"))],
        q=lambda v: Q(barrier_free=True),
        sql=lambda v: ("o.barrier_free = %s", [True]),
        boolean=True,
    ),
    Facet(
        "ort",
        _("Online oder vor Ort"),
        lambda: list(PLACE_OPTIONS),
        q=lambda v: Q(is_online=True) if v == "online" else Q(_has_place()),
        sql=lambda v: (
            ("o.is_online = %s", [True])
            if v == "online"
            else ("EXISTS (SELECT 1 FROM offers_offerplace p WHERE p.offer_id = o.id)", [])
        ),
    ),
    Facet("anbieter", _("Anbieter"), _providers, lookup="provider__slug"),
]
BY_NAME = {facet.name: facet for facet in FACETS}
SCALAR = [facet for facet in FACETS if not facet.grouped]
GROUPED = [facet for facet in FACETS if facet.grouped]


def apply_filters(queryset, filters: dict, *, skip: str | None = None):
    """The queryset restricted by every facet in ``filters`` (but ``skip``) and the date range."""
    for name, value in filters.items():
        facet = BY_NAME.get(name)
        if facet is None or name == skip:
            continue
        queryset = queryset.filter(facet.q(value)) if facet.q else queryset.filter(**{facet.lookup: value})
    if filters.get("von") or filters.get("bis"):
        queryset = queryset.between(filters.get("von"), filters.get("bis"))
    if filters.get("nahe"):
        queryset = queryset.filter(near_q(filters["nahe"], filters.get("umkreis") or DEFAULT_RADIUS_KM))
    return queryset


DEFAULT_RADIUS_KM = 10


def default_sort(*, text: bool, place: bool) -> str:
    """The order when none is chosen: relevance for a text search, distance near a place, newest first."""
    return "relevanz" if text else "entfernung" if place else "neu"


def _squared_degrees(point):
    """The squared distance of a place from ``point`` in degrees on a plane tangent at the point."""
    from django.db.models import ExpressionWrapper, F, FloatField, Value

    scale = math.cos(math.radians(point.latitude))
    dlat = ExpressionWrapper(F("latitude") - Value(point.latitude), output_field=FloatField())
    dlon = ExpressionWrapper((F("longitude") - Value(point.longitude)) * Value(scale), output_field=FloatField())
    return ExpressionWrapper(dlat * dlat + dlon * dlon, output_field=FloatField())


def nearest_place_order(point):
    """An expression for ordering offers by their place nearest to ``point`` (no place: last)."""
    from django.db.models import Subquery

    from .models import OfferPlace

    nearest = (
        OfferPlace.objects.filter(offer=OuterRef("pk"), latitude__isnull=False, longitude__isnull=False)
        .annotate(d2=_squared_degrees(point))
        .order_by("d2")
        .values("d2")[:1]
    )
    return Subquery(nearest).asc(nulls_last=True)


def near_q(point, radius_km: int) -> Q:
    """Offers with a place within ``radius_km`` of ``point`` (a :class:`core.geo.Point`).

    A square around the point first (indexable comparisons), then the distance on a
    plane tangent at the point (exact to a few metres at the region's scale), both plain
    arithmetic that SQLite and PostgreSQL evaluate alike.
    """
    from bildungsallianz.core.geo import KM_PER_DEGREE, box

    from .models import OfferPlace

    south, north, west, east = box(point.latitude, point.longitude, radius_km)
    places = (
        OfferPlace.objects.filter(
            offer=OuterRef("pk"),
            latitude__gte=south,
            latitude__lte=north,
            longitude__gte=west,
            longitude__lte=east,
        )
        .annotate(d2=_squared_degrees(point))
        .filter(d2__lte=(radius_km / KM_PER_DEGREE) ** 2)
    )
    return Q(Exists(places))

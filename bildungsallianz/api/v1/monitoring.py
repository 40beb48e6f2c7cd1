"""Monitoring: regions, sources, published indicators with their series, and observations.

Special values of official statistics are a ``status`` beside a ``value`` of null —
never a number: ``-`` nothing, ``.`` unknown or secret, ``x`` not meaningful,
``/`` not reliable, ``...`` not yet available.
"""

from django.shortcuts import get_object_or_404
from django.utils.translation import gettext_noop
from ninja import Router, Schema

from bildungsallianz.monitoring.models import Indicator, IndicatorValue, Observation, Region, Source

from ..pagination import page
from . import BadRequest

router = Router(tags=["Bildungsmonitoring"])


class RegionOut(Schema):
    key: str
    name: str
    level: str
    parent: str | None
    population: int | None
    uri: str


class RegionPage(Schema):
    items: list[RegionOut]
    next: str | None


class SourceOut(Schema):
    code: str
    table_code: str
    title: str
    publisher: str
    licence: str
    licence_url: str
    attribution: str
    url: str
    stand: str


class IndicatorOut(Schema):
    code: str
    name: str
    definition: str
    theme: str
    unit: str
    decimals: int
    reference_date: str
    caveats: str
    fields_of_action: list[str]
    sources: list[str]
    url: str


class ValueOut(Schema):
    region: str
    period: str
    year: int
    value: float | None
    status: str
    reason: str


class SeriesOut(Schema):
    indicator: IndicatorOut
    values: list[ValueOut]


class ObservationOut(Schema):
    id: int
    source: str
    variable: str
    region: str
    period: str
    breakdown: dict
    value: float | None
    status: str


class ObservationPage(Schema):
    items: list[ObservationOut]
    next: str | None


def ags_uri(key: str) -> str:
    """A stable URI for a region key (the Regionalschlüssel in the official data portal's vocabulary)."""
    return f"http://dcat-ap.de/def/politicalGeocoding/regionalKey/{key}"


def _indicator(request, indicator) -> dict:
    return {
        "code": indicator.code,
        "name": indicator.name,
        "definition": indicator.definition,
        "theme": indicator.theme,
        "unit": indicator.unit,
        "decimals": indicator.decimals,
        "reference_date": indicator.reference_date,
        "caveats": indicator.caveats,
        "fields_of_action": [f.slug for f in indicator.fields_of_action.all()],
        "sources": [s.code for s in indicator.sources.all()],
        "url": request.build_absolute_uri(indicator.get_absolute_url()),
    }


def _number(value):
    return float(value) if value is not None else None


@router.get("/regions", response=RegionPage, summary="Gebietseinheiten (Bund, Länder, Kreise, …)")
def regions(request, cursor: str | None = None, limit: int | None = None, level: str | None = None):
    queryset = Region.objects.active().select_related("parent")
    if level:
        if level not in Region.Level.values:
            raise BadRequest(gettext_noop("Unbekannte Ebene."))
        queryset = queryset.filter(level=level)
    items, next_url = page(request, queryset, cursor=cursor, limit=limit)
    return {
        "items": [
            {
                "key": r.key,
                "name": r.name,
                "level": r.level,
                "parent": r.parent.key if r.parent_id else None,
                "population": r.population,
                "uri": ags_uri(r.key),
            }
            for r in items
        ],
        "next": next_url,
    }


@router.get("/sources", response=list[SourceOut], summary="Datenquellen mit Lizenz und Quellenangabe")
def sources(request):
    fields = ["code", "table_code", "title", "publisher", "licence", "licence_url", "attribution", "url", "stand"]
    return list(Source.objects.order_by("code").values(*fields))


def _published_indicators():
    return Indicator.objects.published().prefetch_related("fields_of_action", "sources")


@router.get("/indicators", response=list[IndicatorOut], summary="Veröffentlichte Indikatoren")
def indicators(request):
    return [_indicator(request, i) for i in _published_indicators()]


@router.get(
    "/indicators/{code}", response=SeriesOut, summary="Ein Indikator mit seiner Zeitreihe", url_name="indicator_series"
)
def indicator_series(request, code: str, region: str | None = None):
    indicator = get_object_or_404(_published_indicators(), code=code)
    values = IndicatorValue.objects.filter(indicator=indicator).select_related("region").order_by("region__key", "year")
    if region:
        values = values.filter(region__key=region)
    return {
        "indicator": _indicator(request, indicator),
        "values": [
            {
                "region": v.region.key,
                "period": v.period,
                "year": v.year,
                "value": _number(v.value),
                "status": v.status,
                "reason": v.reason,
            }
            for v in values
        ],
    }


@router.get("/observations", response=ObservationPage, summary="Einzelwerte der amtlichen und lokalen Statistik")
def observations(
    request,
    source: str,
    cursor: str | None = None,
    limit: int | None = None,
    region: str | None = None,
    year: int | None = None,
):
    queryset = Observation.objects.filter(variable__source__code=source).select_related("variable__source", "region")
    if region:
        queryset = queryset.filter(region__key=region)
    if year is not None:
        queryset = queryset.filter(year=year)
    items, next_url = page(request, queryset, cursor=cursor, limit=limit)
    return {
        "items": [
            {
                "id": o.pk,
                "source": o.variable.source.code,
                "variable": o.variable.code,
                "region": o.region.key,
                "period": o.period,
                "breakdown": o.breakdown,
                "value": _number(o.value),
                "status": o.status,
            }
            for o in items
        ],
        "next": next_url,
    }

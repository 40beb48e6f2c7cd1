"""Open data: every published indicator value in long format, with the special-value status column.

Official statistics stay under their licence (Datenlizenz Deutschland – Namensnennung 2.0)
with the attribution of each source."""

from django.db.models import Max

from .models import IndicatorValue, Source

COLUMNS = [
    "indikator",
    "indikator_name",
    "einheit",
    "regionalschluessel",
    "region",
    "zeitraum",
    "jahr",
    "wert",
    "kennzeichen",
]


def indicator_value_table(*, base_url: str = ""):
    values = (
        IndicatorValue.objects.filter(indicator__published=True)
        .select_related("indicator", "region")
        .order_by("indicator__code", "region__key", "year", "period")
    )
    rows = (
        [
            v.indicator.code,
            v.indicator.name,
            v.indicator.unit,
            v.region.key,
            v.region.name,
            v.period,
            v.year,
            v.value,  # None where the status says why there is no number
            v.status,
        ]
        for v in values.iterator(chunk_size=2000)
    )
    return COLUMNS, rows


def indicators_modified():
    return Source.objects.aggregate(last=Max("updated_at"))["last"]


def attribution() -> str:
    texts = sorted({s.attribution for s in Source.objects.exclude(attribution="")})
    return "; ".join(texts)

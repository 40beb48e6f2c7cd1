"""Indicator catalogue loading and computation of indicator values.

Decision (docs/decisions/0202-stored-indicator-values.md): values are
computed after each import and stored as :class:`IndicatorValue` rows, so
pages read them with a constant number of queries. A value whose input
carries a special value is stored without number, with the status symbol and
a German reason — never as 0.
"""

from __future__ import annotations

import json
from collections import defaultdict
from decimal import Decimal
from pathlib import Path

from django.db import transaction
from django.db.models import Q

from bildungsallianz.charter.models import FieldOfAction

from ..models import Indicator, IndicatorValue, Observation, Source
from ..models.observations import breakdown_key

DATA = Path(__file__).resolve().parents[1] / "data"
CATALOGUE_FILE = DATA / "indicators.json"
SIX_PLACES = Decimal("0.000001")

#: Why a value is missing, by the status of its input.
REASONS = {
    "-": "nichts vorhanden (–)",
    ".": "Wert unbekannt oder geheim (.)",
    "x": "Aussage nicht sinnvoll (x)",
    "/": "Wert nicht sicher genug (/)",
    "...": "noch nicht veröffentlicht (...)",
}


def spec_key(spec: dict) -> tuple[str, str, str]:
    return (spec["source"], spec["variable"], breakdown_key(spec.get("breakdown") or {}))


@transaction.atomic
def indicators_load(*, path: Path = CATALOGUE_FILE) -> dict[str, int]:
    """Create or update sources and indicators from the catalogue file (idempotent)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    sources = {}
    for item in data["sources"]:
        code = item.pop("code")
        source, _ = Source.objects.get_or_create(code=code, defaults={"table_code": item.get("table_code", code)})
        changed = [k for k, v in item.items() if getattr(source, k) != v]
        for k in changed:
            setattr(source, k, item[k])
        if changed:
            source.save()
        sources[code] = source
    fields = {f.slug: f for f in FieldOfAction.objects.all()}
    count = 0
    for order, item in enumerate(data["indicators"]):
        item = dict(item)
        code = item.pop("code")
        slugs = item.pop("fields_of_action", [])
        item.setdefault("denominator", None)
        item["factor"] = Decimal(str(item.get("factor", 1)))
        item["order"] = order
        indicator, _ = Indicator.objects.update_or_create(code=code, defaults=item)
        indicator.fields_of_action.set([fields[s] for s in slugs if s in fields])
        indicator.sources.set([sources[s["source"]] for s in indicator.input_specs() if s["source"] in sources])
        count += 1
    return {"sources": len(sources), "indicators": count}


def _compute(indicator: Indicator, inputs: dict[tuple, dict[tuple, tuple]]) -> list[IndicatorValue]:
    """Values for every region and year that has the numerator (or the denominator)."""
    numerators = inputs.get(spec_key(indicator.numerator), {})
    denominators = inputs.get(spec_key(indicator.denominator), {}) if indicator.denominator else None
    keys = set(numerators) | (set(denominators) if denominators is not None else set())
    values = []
    for region_id, year in keys:
        num = numerators.get((region_id, year))
        den = denominators.get((region_id, year)) if denominators is not None else None
        period = (num or den)[0]
        row = IndicatorValue(indicator=indicator, region_id=region_id, period=period, year=year)
        values.append(row)
        if num is None:
            row.status, row.reason = "...", "Zähler fehlt in der Quelle"
            continue
        row.numerator = num[1]
        if num[2]:
            row.status, row.reason = num[2], REASONS[num[2]]
            continue
        if denominators is None:
            row.value = num[1]
            continue
        if den is None:
            row.status, row.reason = "...", "Nenner fehlt in der Quelle"
            continue
        row.denominator = den[1]
        if den[2]:
            row.status, row.reason = den[2], "Nenner: " + REASONS[den[2]]
            continue
        if den[1] == 0:
            row.status, row.reason = "x", "Nenner ist 0 – Anteil nicht sinnvoll"
            continue
        row.value = (num[1] / den[1] * indicator.factor).quantize(SIX_PLACES)
    return values


@transaction.atomic
def indicators_recompute(*, source_codes: list[str] | None = None, indicators=None) -> int:
    """Recompute stored values of all indicators (or of those using ``source_codes``).

    One query for the indicators, one for all their input observations, then
    a delete and a bulk insert. Returns the number of values written.
    """
    if indicators is None:
        indicators = list(Indicator.objects.all())
    if source_codes is not None:
        wanted = set(source_codes)
        indicators = [i for i in indicators if any(s["source"] in wanted for s in i.input_specs())]
    if not indicators:
        return 0
    specs = {spec_key(s) for i in indicators for s in i.input_specs()}
    query = Q()
    for source, variable, bkey in specs:
        query |= Q(variable__source__code=source, variable__code=variable, breakdown_key=bkey)
    inputs: dict[tuple, dict[tuple, tuple]] = defaultdict(dict)
    rows = Observation.objects.filter(query).values_list(
        "variable__source__code", "variable__code", "breakdown_key", "region_id", "year", "period", "value", "status"
    )
    for source, variable, bkey, region_id, year, period, value, status in rows.iterator(chunk_size=5000):
        slot = inputs[(source, variable, bkey)]
        previous = slot.get((region_id, year))
        if previous is None or period > previous[0]:  # the latest period of a year wins
            slot[(region_id, year)] = (period, value, status)
    values = [v for indicator in indicators for v in _compute(indicator, inputs)]
    IndicatorValue.objects.filter(indicator__in=indicators).delete()
    IndicatorValue.objects.bulk_create(values, batch_size=2000)
    return len(values)

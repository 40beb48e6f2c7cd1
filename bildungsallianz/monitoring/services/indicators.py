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
from decimal import ROUND_HALF_UP, Decimal
from functools import reduce
from operator import or_
from pathlib import Path

from django.db import transaction
from django.db.models import Q

from bildungsallianz.charter.models import FieldOfAction

from ..models import Indicator, IndicatorValue, Observation, Source, Variable
from ..models.observations import breakdown_key
from ..special_values import QUALITY_FLAGS, REASONS
from .bulk import insert_rows

DATA = Path(__file__).resolve().parents[1] / "data"
CATALOGUE_FILE = DATA / "indicators.json"
SIX_PLACES = Decimal("0.000001")

#: ``REASONS`` (why a value is missing, by the status of its input) comes from the one table in special_values.
__all__ = ["REASONS", "indicators_dash_meaning_changed", "indicators_load", "indicators_recompute", "spec_key"]


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


#: Columns of the rows :func:`_compute` returns (written without model instances).
VALUE_COLUMNS = [
    "indicator",
    "region",
    "period",
    "year",
    "value",
    "status",
    "reason",
    "numerator",
    "denominator",
    "quality",
    "basis",
]
#: Which flag a ratio keeps when its inputs carry different ones: the one that limits it most
#: (statistically uncertain, estimated, provisional, corrected).
QUALITY_ORDER = ("()", "s", "p", "r")


def _quality(*flags: str) -> str:
    """The quality flag of a value from its inputs' flags (``""`` = none)."""
    present = {f for f in flags if f}
    return next((f for f in QUALITY_ORDER if f in present), min(present, default=""))


def _quality_reason(quality: str) -> str:
    """The note stored with a flagged number: the flag's own meaning (``p`` → „vorläufiger Wert“), as in the legend."""
    if not quality:
        return ""
    return QUALITY_FLAGS.get(quality, f"Qualitätskennzeichen „{quality}“ des Eingangswerts")


def _reason(status: str, spec: dict, dash_meanings: dict[str, str]) -> str:
    """Why a value is missing; for ``-`` in words of the source's publisher where the source says (``-`` ≠ 0)."""
    meaning = dash_meanings.get(spec["source"]) if status == "-" else ""
    return f"{meaning} (–)" if meaning else REASONS[status]


def _basis(num: tuple | None, den: tuple | None) -> str:
    """The basis of a computed value: the inputs' basis, both named when they differ."""
    bases = [b for b in ((num[4] if num else ""), (den[4] if den else "")) if b]
    return " / ".join(dict.fromkeys(bases))


def _compute(indicator: Indicator, inputs: dict[tuple, dict[tuple, tuple]], dash_meanings=None) -> list[tuple]:
    """Rows (see :data:`VALUE_COLUMNS`) for every region and year that has the numerator (or the denominator)."""
    dash_meanings = dash_meanings or {}
    numerators = inputs.get(spec_key(indicator.numerator), {})
    denominators = inputs.get(spec_key(indicator.denominator), {}) if indicator.denominator else None
    keys = set(numerators) | (set(denominators) if denominators is not None else set())
    factor = indicator.factor
    pk = indicator.pk
    rows = []
    append = rows.append
    for region_id, year in keys:
        num = numerators.get((region_id, year))
        den = denominators.get((region_id, year)) if denominators is not None else None
        period = (num or den)[0]
        basis = _basis(num, den)
        if num is None:
            row = (None, "...", "Zähler fehlt in der Quelle", None, None, "")
        elif num[2]:
            row = (None, num[2], _reason(num[2], indicator.numerator, dash_meanings), num[1], None, "")
        elif denominators is None:
            quality = _quality(num[3])
            row = (num[1], "", _quality_reason(quality), num[1], None, quality)
        elif den is None:
            row = (None, "...", "Nenner fehlt in der Quelle", num[1], None, "")
        elif den[2]:
            reason = "Nenner: " + _reason(den[2], indicator.denominator, dash_meanings)
            row = (None, den[2], reason, num[1], den[1], "")
        elif den[1] == 0:
            row = (None, "x", "Nenner ist 0 – Anteil nicht sinnvoll", num[1], den[1], "")
        else:
            value = (num[1] / den[1] * factor).quantize(SIX_PLACES, rounding=ROUND_HALF_UP)
            quality = _quality(num[3], den[3])
            row = (value, "", _quality_reason(quality), num[1], den[1], quality)
        value, status, reason, numerator, denominator, quality = row
        append((pk, region_id, period, year, value, status, reason, numerator, denominator, quality, basis))
    return rows


def _inputs(specs: set[tuple[str, str, str]], years: set[int] | None) -> dict[tuple, dict[tuple, tuple]]:
    """The input observations of ``specs`` (in ``years``), folded into dicts keyed by region and year.

    The variables are looked up first (a few rows), then the observations
    are read with one query per variable, ``variable_id = ? AND
    breakdown_key IN (…) AND year IN (…)``: the index (variable, year) limits
    the read to the years asked for, so a recomputation after an import costs
    what the imported years hold, not what the whole table holds.
    """
    variables = Variable.objects.filter(
        reduce(or_, (Q(source__code=source, code=code) for source, code, _ in specs))
    ).values_list("pk", "source__code", "code")
    names = {pk: (source, code) for pk, source, code in variables}
    ids = {name: pk for pk, name in names.items()}
    wanted: dict[int, set[str]] = defaultdict(set)
    for source, code, bkey in specs:
        if (source, code) in ids:
            wanted[ids[(source, code)]].add(bkey)
    inputs: dict[tuple, dict[tuple, tuple]] = defaultdict(dict)
    fields = ("breakdown_key", "region_id", "year", "period", "value", "status", "quality", "basis")
    for variable_id, bkeys in wanted.items():
        rows = Observation.objects.filter(variable_id=variable_id, breakdown_key__in=sorted(bkeys))
        if years is not None:
            rows = rows.filter(year__in=sorted(years))
        source, code = names[variable_id]
        for bkey, region_id, year, period, value, status, quality, basis in rows.values_list(*fields).iterator(
            chunk_size=5000
        ):
            slot = inputs[(source, code, bkey)]
            previous = slot.get((region_id, year))
            if previous is None or period > previous[0]:  # the latest period of a year wins
                slot[(region_id, year)] = (period, value, status, quality, basis)
    return inputs


@transaction.atomic
def indicators_recompute(
    *,
    source_codes: list[str] | None = None,
    variables: set[tuple[str, str]] | None = None,
    indicators=None,
    years: set[int] | None = None,
) -> int:
    """Recompute stored values of all indicators (or of those using ``source_codes`` / ``variables``).

    ``variables`` are ``(source code, variable code)`` pairs an import touched;
    only indicators reading one of them are recomputed. ``years`` (the years
    the import wrote) limits the recomputation to those years: a value
    depends only on the inputs of its own region and year, so the other
    years' stored values stay as they are (the same values a full
    recomputation writes – tested). One query for the variables, one per
    input variable for its observations (tuples, folded into dicts keyed by
    region and year), then a delete and one ``executemany`` of plain rows.
    Returns the number of values written.
    """
    if indicators is None:
        indicators = list(Indicator.objects.all())
    if source_codes is not None:
        wanted = set(source_codes)
        indicators = [i for i in indicators if any(s["source"] in wanted for s in i.input_specs())]
    if variables is not None:
        indicators = [i for i in indicators if any((s["source"], s["variable"]) in variables for s in i.input_specs())]
    if not indicators or years is not None and not years:
        return 0
    specs = {spec_key(s) for i in indicators for s in i.input_specs()}
    inputs = _inputs(specs, years)
    with_meaning = Source.objects.filter(code__in={s[0] for s in specs}).exclude(dash_meaning="")
    dash_meanings = dict(with_meaning.values_list("code", "dash_meaning"))
    values = [row for indicator in indicators for row in _compute(indicator, inputs, dash_meanings)]
    stale = IndicatorValue.objects.filter(indicator__in=indicators)
    if years is not None:
        stale = stale.filter(year__in=sorted(years))
    stale.delete()
    for start in range(0, len(values), 5000):
        insert_rows(IndicatorValue, VALUE_COLUMNS, values[start : start + 5000])
    return len(values)


def indicators_dash_meaning_changed(*, source_code: str) -> int:
    """After staff changed the meaning of "-" of a source: rewrite the reasons its indicators store.

    The meaning is kept once, in ``Source.dash_meaning``; the stored indicator
    values carry it in their reason (pages, CSV and overview read the reason,
    no extra query per page). Only the years in which an indicator of the
    source has a "-" value are recomputed (one query for those years, then
    :func:`indicators_recompute` for them: the same values a full
    recomputation writes). Returns the number of values written.
    """
    indicators = [i for i in Indicator.objects.all() if any(s["source"] == source_code for s in i.input_specs())]
    if not indicators:
        return 0
    years = set(
        IndicatorValue.objects.filter(indicator__in=indicators, status="-").values_list("year", flat=True).distinct()
    )
    return indicators_recompute(indicators=indicators, years=years)

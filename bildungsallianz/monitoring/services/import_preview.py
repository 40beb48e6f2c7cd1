"""The preview of an import run: a bounded summary stored with the run (never the whole file)."""

from __future__ import annotations

from django.conf import settings

from ..parsers import FORMAT_LABELS, ParsedObservation
from ..parsers.hierarchy import category_tree, dimension_order, summable
from ..special_values import LABELS, QUALITY_FLAGS
from .import_plan import Plan, ars_to_ags

#: Rows of the sample and of the changed values in the stored preview.
PREVIEW_ROWS = 12
#: At most this many unknown regions and periods are listed in the stored preview.
PREVIEW_LIST_MAX = 200
#: Categories listed per breakdown in the stored preview.
PREVIEW_CATEGORIES = 30


def format_parsed_value(obs: ParsedObservation) -> str:
    """The value as the file gives it, with its quality flag (``(85942)``, ``39761 p``)."""
    if obs.status:
        return obs.status
    value = format(obs.value, "f").replace(".", ",")
    if obs.quality == "()":
        return f"({value})"
    return f"{value} {obs.quality}" if obs.quality else value


def _breakdown_text(breakdown) -> str:
    return ", ".join(f"{d}: {v}" for d, v in breakdown) or "insgesamt"


def _hierarchy(table) -> dict[str, list[dict]]:
    """The breakdowns with their categories, which category lies under which, and what a sum leaves out."""
    order = dimension_order(table)  # one pass over the observations for both
    trees = category_tree(table, order)
    left_out = []
    for dimension, tree in trees.items():
        counted = set(summable(order[dimension], tree))
        left_out += [{"dimension": dimension, "category": c} for c in tree.keys() | tree.values() if c not in counted]
    return {
        "dimensions": [
            {"name": d, "categories": categories[:PREVIEW_CATEGORIES], "total": len(categories)}
            for d, categories in list(order.items())[:PREVIEW_LIST_MAX]
        ],
        "hierarchy": [
            {"dimension": d, "child": child, "parent": parent}
            for d, tree in trees.items()
            for child, parent in tree.items()
        ][:PREVIEW_LIST_MAX],
        "not_summed": sorted(left_out, key=lambda c: (c["dimension"], c["category"]))[:PREVIEW_LIST_MAX],
    }


def _quality_flags(table) -> dict[str, dict]:
    counts: dict[str, int] = {}
    for obs in table.observations:
        if obs.quality:
            counts[obs.quality] = counts.get(obs.quality, 0) + 1
    return {flag: {"count": n, "label": QUALITY_FLAGS.get(flag, flag)} for flag, n in sorted(counts.items())}


def _changed_sample(plan: Plan) -> list[dict]:
    return [
        {
            "region": obs.region_key,
            "period": obs.period,
            "variable": obs.variable_label or obs.variable,
            "breakdown": _breakdown_text(obs.breakdown),
            "old": old_status or format(old_value, "f").rstrip("0").rstrip(".").replace(".", ","),
            "new": format_parsed_value(obs),
        }
        for obs, _id, old_value, old_status, _run in plan.changed[:PREVIEW_ROWS]
    ]


def _sample(plan: Plan) -> list[dict]:
    observations = plan.table.observations
    municipality = getattr(settings, "MUNICIPALITY_AGS", "")
    sample = [o for o in observations if o.region_key == municipality][:PREVIEW_ROWS]
    sample = sample or observations[:PREVIEW_ROWS]
    return [
        {
            "line": o.line,
            "column": o.column,
            "region": o.region_key,
            "region_name": o.region_name,
            "period": o.period,
            "variable": o.variable_label or o.variable,
            "breakdown": _breakdown_text(o.breakdown),
            "value": format_parsed_value(o),
        }
        for o in sample
    ]


def _own_municipality(plan: Plan, keys: set[str], own: str) -> tuple[bool, bool]:
    """(found, skipped): is the own municipality among the matched regions, or among the unknown keys?

    Found by region, whatever key the file uses: ``07317``, ``07317000`` or
    the 12-digit ARS ``073170000000``.
    """
    if not own:
        return False, False
    own_id = plan.regions.get(own)
    matched = {plan.regions.get(k) or plan.regions.get(ars_to_ags(k)) for k in keys - set(plan.unknown)}
    skipped = {own, own + "000"} & set(plan.unknown) or {k for k in plan.unknown if ars_to_ags(k) in (own, own + "000")}
    return own_id is not None and own_id in matched, bool(skipped)


def _variable_shown(code: str, label: str, unit: str) -> str:
    """„Bevölkerungsstand (Anzahl)“; a label that already names its unit („Personen (%)“) is not given it twice."""
    label = label or code
    suffix = f"({unit or '–'})"
    return label if label.endswith(suffix) else f"{label} {suffix}"


def import_preview_build(plan: Plan) -> dict:
    """The preview stored in ``ImportRun.preview``; its size does not grow with the file."""
    table = plan.table
    keys = {o.region_key for o in table.observations}
    # regions, not keys: 07317 and 07317000 are one territory
    matched = len({plan.regions.get(k) or plan.regions.get(ars_to_ags(k)) for k in keys - set(plan.unknown)} - {None})
    own_found, own_skipped = _own_municipality(plan, keys, getattr(settings, "MUNICIPALITY_AGS", ""))
    periods = table.periods()
    unknown = sorted(plan.unknown.items())
    return {
        "format": table.format,
        "format_label": FORMAT_LABELS.get(table.format, table.format),
        "table_code": table.table_code or "",
        "title": table.title,
        "stand": table.stand or "",
        "copyright": table.copyright or "",
        "notes": list(table.notes)[:PREVIEW_ROWS],
        "source_code": plan.source_code,
        "basis": plan.basis,
        "source_exists": plan.source is not None,
        "observations": len(table.observations),
        "periods": periods[:PREVIEW_LIST_MAX],
        "periods_total": len(periods),
        "variables": [
            {"code": code, "label": label, "unit": unit, "shown": _variable_shown(code, label, unit)}
            for code, (label, unit) in list(plan.variables.items())[:PREVIEW_LIST_MAX]
        ],
        "variables_total": len(plan.variables),
        "regions_matched": matched,
        "gemeinden_matched": len({k for k in keys - set(plan.unknown) if len(k) in (8, 12)}),
        "old_keys_mapped": len(plan.keys.mapped),
        "old_keys_split": sorted(plan.keys.splits.values())[:PREVIEW_LIST_MAX],
        "own_municipality_found": own_found,
        "own_municipality_skipped": own_skipped,
        "regions_unknown": [
            {"key": key, "name": name, "count": count} for key, (name, count) in unknown[:PREVIEW_LIST_MAX]
        ],
        "regions_unknown_total": len(unknown),
        "new": len(plan.new),
        "changed": len(plan.changed),
        "unchanged": plan.unchanged,
        "special_values": {
            status: {"count": count, "label": LABELS[status]}
            for status, count in sorted(table.special_value_counts().items())
        },
        "quality_flags": _quality_flags(table),
        **_hierarchy(table),
        "changed_sample": _changed_sample(plan),
        "sample": _sample(plan),
    }

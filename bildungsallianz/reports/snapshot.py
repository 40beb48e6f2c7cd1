"""Resolve a report's blocks into plain data, the form in which an edition is frozen.

``resolve(stream)`` turns the StreamField value into a list of JSON-safe
dicts — every number already formatted, with its raw value, special-value
symbol, reason, region, period and source — plus the list of sources with the
import runs the figures came from. The preview draws this list straight away;
publishing stores it (``Edition.snapshot``), so published pages and PDFs never
read the live tables again. Charts are rendered here with the monitoring
module's server-side SVG charts and the SVG is stored with the block.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from types import SimpleNamespace

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from bildungsallianz.charter.models import FieldOfAction
from bildungsallianz.fair import selectors as fair_selectors
from bildungsallianz.fair.permissions import editions_visible_to
from bildungsallianz.monitoring import charts as monitoring_charts
from bildungsallianz.monitoring import selectors as monitoring
from bildungsallianz.monitoring.formatting import format_number, format_period
from bildungsallianz.projects import selectors as project_selectors
from bildungsallianz.projects.permissions import projects_visible_to

from .blocks import ChartKind

DATA_TYPES = ("key_figures", "indicator_chart", "indicator_table")


@dataclass
class Context:
    """What the blocks of one report share while they are resolved."""

    indicators: dict
    sources: dict  # source pk → dict
    chart_count: int = 0


def _cell(cell, role: str = "") -> dict | None:
    if cell is None:
        return None
    return {
        "region": cell.region.name,
        "region_key": cell.region.key,
        "period": cell.period,
        "period_display": format_period(cell.period),
        "value": None if cell.value is None else str(cell.value),
        "status": cell.status,
        "quality": cell.quality,
        "reason": cell.reason,
        "display": cell.display,
        "missing": cell.value is None,
        "role": role or cell.role,
    }


def _indicator_meta(indicator, ctx: Context) -> dict:
    source_ids = []
    for source in indicator.sources.all():
        ctx.sources.setdefault(
            source.pk,
            {
                "id": source.pk,
                "publisher": source.publisher,
                "title": source.title,
                "table_code": source.table_code or source.code,
                "licence": source.licence,
                "licence_url": source.licence_url,
                "url": source.url,
                "reference_date": source.reference_date,
                "stand": source.stand,
                "attribution_line": source.attribution_line,
            },
        )
        source_ids.append(source.pk)
    return {
        "code": indicator.code,
        "name": indicator.name,
        "short_name": indicator.short_name or indicator.name,
        "unit": indicator.unit,
        "decimals": indicator.decimals,
        "definition": indicator.definition,
        "reference_date": indicator.reference_date,
        "caveats": indicator.caveats,
        "url": indicator.get_absolute_url(),
        "sources": source_ids,
    }


def _missing_indicator(code: str) -> dict:
    return {"type": "missing", "text": _("Der Indikator „%(code)s“ ist nicht (mehr) veröffentlicht.") % {"code": code}}


def _rows_block(block_type: str, value, ctx: Context) -> dict:
    codes = [code for code in value["indicators"] if code]
    overview = monitoring.indicator_overview(codes=[c for c in codes if c in ctx.indicators])
    rows = []
    for row in overview["rows"]:
        rows.append(
            {
                "indicator": _indicator_meta(ctx.indicators[row.indicator.code], ctx),
                "own": _cell(row.own, "own"),
                "previous": _cell(row.previous, "own"),
                "land": _cell(row.land, "land"),
                "bund": _cell(row.bund, "bund"),
                "change": row.change,
                "position": row.position,
            }
        )
    return {
        "type": block_type,
        "title": value["title"],
        "rows": rows,
        "own_name": overview["own"].name if overview["own"] else settings.MUNICIPALITY_NAME,
        "land_name": overview["land"].name if overview["land"] else _("Land"),
        "bund_name": overview["bund"].name if overview["bund"] else _("Deutschland"),
        "missing": [code for code in codes if code not in ctx.indicators],
        "sources": sorted({pk for row in rows for pk in row["indicator"]["sources"]}),
        "caveats": " ".join(row["indicator"]["caveats"] for row in rows if row["indicator"]["caveats"]),
    }


def _chart_cells(detail, kind: str):
    if kind == ChartKind.COMPARISON:
        return detail.comparison
    if kind == ChartKind.GEMEINDEN:
        return detail.gemeinden_table
    if kind == ChartKind.RANKING:
        return sorted(
            detail.kreise,
            key=lambda c: (c.value is None, -(c.value or 0), c.region.name),
        )
    return detail.series


def _chart_block(value, ctx: Context) -> dict:
    code = value["indicator"]
    indicator = ctx.indicators.get(code)
    if indicator is None:
        return _missing_indicator(code)
    detail = monitoring.indicator_detail(indicator)
    own_name = detail.own.name if detail.own else settings.MUNICIPALITY_NAME
    kind = value["kind"] or ChartKind.SERIES
    cells = _chart_cells(detail, kind)
    ctx.chart_count += 1
    chart_id = f"grafik-{ctx.chart_count}"
    name = indicator.short_name or indicator.name
    period = detail.comparison_period_display
    title = (
        value["title"]
        or {
            ChartKind.SERIES: _("%(name)s: Zeitreihe") % {"name": name},
            ChartKind.COMPARISON: _("%(name)s %(period)s: Vergleich") % {"name": name, "period": period},
            ChartKind.RANKING: _("%(name)s %(period)s: alle Kreise") % {"name": name, "period": period},
            ChartKind.GEMEINDEN: _("%(name)s %(period)s: Gemeinden von %(kreis)s")
            % {"name": name, "period": period, "kreis": own_name},
        }[kind]
    )
    common = {"chart_id": chart_id, "title": title, "unit": indicator.unit, "decimals": indicator.decimals}
    chart = None
    drawn = detail.gemeinden_chart_cells if kind == ChartKind.GEMEINDEN else cells
    if any(c.value is not None for c in drawn):
        if kind == ChartKind.COMPARISON:
            chart = monitoring_charts.comparison_chart(cells=cells, **common)
        elif kind == ChartKind.RANKING:
            chart = monitoring_charts.distribution_chart(cells=cells, own_name=own_name, **common)
        elif kind == ChartKind.GEMEINDEN:
            chart = monitoring_charts.distribution_chart(cells=drawn, own_name=own_name, parts=True, **common)
        else:
            chart = monitoring_charts.series_chart(cells=cells, **common)
        monitoring_charts.render_charts([chart])
    return {
        "type": "indicator_chart",
        "kind": kind,
        "title": title,
        "chart_id": chart_id,
        "svg": str(chart.svg) if chart else "",
        "summary": chart.summary if chart else "",
        "note": value["note"],
        "period": detail.comparison_period,
        "indicator": _indicator_meta(indicator, ctx),
        "cells": [_cell(c) for c in cells],
    }


def _project_block(value) -> dict:
    slug = value["field_of_action"]
    field = FieldOfAction.objects.filter(slug=slug).first()
    projects = []
    if field is not None:
        visible = projects_visible_to(AnonymousUser())
        for project in project_selectors.portfolio(queryset=visible, filters={"handlungsfeld": slug}):
            projects.append(
                {
                    "title": project.title,
                    "url": project.get_absolute_url(),
                    "summary": project.summary,
                    "status": project.get_status_display(),
                    "lead": project.lead_organisation.name,
                    "start": project.start_date.isoformat() if project.start_date else "",
                    "end": project.end_date.isoformat() if project.end_date else "",
                    "progress": project.progress_from(list(project.milestones.all())),
                }
            )
    return {
        "type": "project_portfolio",
        "title": value["title"] or (_("Projekte im Handlungsfeld %(field)s") % {"field": field} if field else ""),
        "field": str(field) if field else slug,
        "projects": projects,
    }


def _landscape_block(value) -> dict:
    landscape = project_selectors.landscape()
    slug = value["field_of_action"]
    rows = [row for row in landscape["rows"] if not slug or row["field"].slug == slug]
    return {
        "type": "offer_landscape",
        "title": value["title"] or _("Angebote und Projekte nach Handlungsfeld und Zielgruppe"),
        "target_groups": [tg.name for tg in landscape["target_groups"]],
        "rows": [
            {
                "field": str(row["field"]),
                "cells": [{"offers": c["offers"], "projects": c["projects"]} for c in row["cells"]],
                "offers": sum(c["offers"] for c in row["cells"]),
            }
            for row in rows
        ],
    }


def _fair_block(value) -> dict:
    # Fairs that have taken place (a published future fair has no figures yet).
    editions = editions_visible_to(AnonymousUser()).filter(date__lte=timezone.localdate())
    rows = [
        {"title": f.title, "year": f.year, "date": f.date.isoformat(), **f.counts()}
        for f in fair_selectors.edition_figures(editions)  # one row per edition, oldest first, four queries
    ]
    return {
        "type": "fair_figures",
        "title": value["title"] or _("Berufsinformationsbörse in Zahlen"),
        "rows": rows,
        "source": _(
            "Anmeldungen der Berufsinformationsbörse auf dieser Plattform (bestätigte Aussteller, angemeldete Klassen)"
        ),
    }


def _heading_ids(stream) -> dict[int, str]:
    ids, seen = {}, set()
    for index, block in enumerate(stream):
        if block.block_type == "heading":
            base = slugify(str(block.value))[:60] or f"kapitel-{index}"
            anchor = base
            n = 2
            while anchor in seen:
                anchor, n = f"{base}-{n}", n + 1
            seen.add(anchor)
            ids[index] = anchor
    return ids


def _indicator_codes(stream) -> list[str]:
    codes = []
    for block in stream:
        if block.block_type == "indicator_chart":
            codes.append(block.value["indicator"])
        elif block.block_type in ("key_figures", "indicator_table"):
            codes += list(block.value["indicators"])
    return [c for c in dict.fromkeys(codes) if c]


def resolve(stream) -> dict:
    """The report's blocks with their data, ready to render or to freeze."""
    ctx = Context(indicators=monitoring.indicators_with_sources(_indicator_codes(stream)), sources={})
    headings = _heading_ids(stream)
    out = []
    for index, block in enumerate(stream):
        kind, value = block.block_type, block.value
        if kind == "heading":
            out.append({"type": "heading", "text": str(value), "anchor": headings[index]})
        elif kind == "text":
            out.append({"type": "text", "html": str(value)})
        elif kind in ("key_figures", "indicator_table"):
            out.append(_rows_block(kind, value, ctx))
        elif kind == "indicator_chart":
            out.append(_chart_block(value, ctx))
        elif kind == "project_portfolio":
            out.append(_project_block(value))
        elif kind == "offer_landscape":
            out.append(_landscape_block(value))
        elif kind == "fair_figures":
            out.append(_fair_block(value))
        elif kind == "footnotes":
            out.append({"type": "footnotes", "html": str(value["text"]) if value["text"] else ""})
    runs = monitoring.latest_import_runs(ctx.sources)
    sources = []
    for pk, source in sorted(ctx.sources.items(), key=lambda item: item[1]["table_code"]):
        run = runs.get(pk)
        source["import_run"] = run["pk"] if run else None
        source["imported_at"] = run["finished_at"].isoformat() if run and run["finished_at"] else ""
        sources.append(source)
    return {"blocks": out, "sources": sources}


# --- reading a frozen snapshot back -----------------------------------------


def _decimal(value):
    return None if value is None else Decimal(value)


def frozen_cells(block: dict) -> list:
    """Cells of a stored chart block as objects the monitoring charts accept."""
    return [
        SimpleNamespace(
            region=SimpleNamespace(name=c["region"], key=c["region_key"]),
            period=c["period"],
            value=_decimal(c["value"]),
            status=c["status"],
            role=c["role"],
        )
        for c in block.get("cells", [])
    ]


def figures(snapshot: dict):
    """Every (indicator code, region key, period, value, status) a snapshot shows."""
    for block in snapshot.get("blocks", []):
        if block["type"] == "indicator_chart":
            code = block["indicator"]["code"]
            for c in block["cells"]:
                yield code, c["region_key"], c["period"], c["value"], c["status"]
        elif block["type"] in DATA_TYPES:
            for row in block["rows"]:
                for name in ("own", "previous", "land", "bund"):
                    c = row[name]
                    if c:
                        yield row["indicator"]["code"], c["region_key"], c["period"], c["value"], c["status"]


def changes_since(snapshot: dict) -> list[dict]:
    """Which published numbers have revised or newer values today (two kinds, one query)."""
    shown = {}
    names = {}
    for block in snapshot.get("blocks", []):
        if block["type"] == "indicator_chart":
            names[block["indicator"]["code"]] = block["indicator"]
        elif block["type"] in DATA_TYPES:
            for row in block["rows"]:
                names[row["indicator"]["code"]] = row["indicator"]
    for code, key, period, value, status in figures(snapshot):
        shown[(code, key, period)] = (value, status)
    if not shown:
        return []
    current = monitoring.current_values(sorted({k[0] for k in shown}), sorted({k[1] for k in shown}))
    latest_shown: dict[tuple[str, str], str] = {}
    for code, key, period in shown:
        latest_shown[(code, key)] = max(period, latest_shown.get((code, key), ""))
    changes = []
    for (code, key, period), (value, status) in sorted(shown.items()):
        now = current.get((code, key, period))
        if now is None:
            continue
        now_value = None if now[0] is None else Decimal(now[0])
        if _decimal(value) != now_value or status != now[1]:
            changes.append(_change("revised", names[code], key, period, value, status, now))
    for (code, key, period), now in sorted(current.items()):
        if (code, key) in latest_shown and period > latest_shown[(code, key)]:
            changes.append(_change("newer", names[code], key, period, None, "", now))
    return changes


def _change(kind, indicator: dict, key, period, value, status, now) -> dict:
    decimals = indicator.get("decimals", 0)
    return {
        "kind": kind,
        "kind_label": _("berichtigter Wert") if kind == "revised" else _("neuerer Zeitraum"),
        "indicator": indicator["name"],
        "code": indicator["code"],
        "region_key": key,
        "period": format_period(period),
        "published": status or (format_number(Decimal(value), decimals) if value is not None else ""),
        "current": now[1] or (format_number(Decimal(now[0]), decimals) if now[0] is not None else ""),
    }

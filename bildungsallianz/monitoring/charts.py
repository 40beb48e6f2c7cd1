"""Charts: Vega-Lite specs built with altair, rendered to SVG on the server.

One vl-convert engine per process (the module keeps it warm). Rendered SVG
is cached in Django's cache by the hash of spec and locale; the accessible
name and description are added after the cache, so equal charts share an
entry. The SVG has a fixed viewBox and scales with the CSS width (see
docs/decisions/0201-server-side-svg-charts.md).
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from decimal import Decimal

import altair as alt
from django.conf import settings
from django.core.cache import cache
from django.utils import translation
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from bildungsallianz.core import cache as content_cache

from .formatting import display_value, format_number, format_period
from .special_values import QUALITY_FLAGS

#: Okabe-Ito, colour-blind safe.
OWN = "#D55E00"  # vermilion – the own municipality
LAND = "#0072B2"  # blue
BUND = "#009E73"  # bluish green
PEER = "#56B4E9"  # sky blue
OTHER = "#999999"
WIDTH = 400
FONT = "DejaVu Sans, Arial, sans-serif"
#: The dash of a series break, on the rule and on its legend symbol.
BREAK_DASH = [6, 4]
#: Legend labels (region names, the bases of a series break, a flag's meaning) are shown whole;
#: Vega cuts them at 160 px by default („Reihenbruch: Zensus …“).
LABEL_LIMIT = WIDTH
CACHE_PREFIX = "monitoring-svg:"
CACHE_SECONDS = 60 * 60 * 24 * 30


@dataclass
class Chart:
    """A chart ready for a template: spec, summary text and SVG."""

    id: str
    title: str
    summary: str
    spec: dict
    svg: str = ""


def _base_config() -> dict:
    return {
        "aria": False,
        "font": FONT,
        "axis": {"labelFontSize": 13, "titleFontSize": 13, "labelColor": "#1b1b1b", "titleColor": "#1b1b1b"},
        "legend": {
            "labelFontSize": 13,
            "titleFontSize": 13,
            "orient": "bottom",
            "direction": "vertical",
            "labelLimit": LABEL_LIMIT,
        },
        "view": {"stroke": None},
        "background": "white",
    }


def _number_format(decimals: int) -> str:
    return f",.{decimals}f"


def _float(value: Decimal | None) -> float | None:
    return None if value is None else float(value)


def _series_rows(cells) -> list[dict]:
    """Chart rows; ``Abschnitt`` counts the series breaks of a region so its line stops at each break."""
    rows = []
    segment: dict[str, int] = {}
    for c in sorted(cells, key=lambda c: c.period):
        if c.series_break:
            segment[c.region.name] = segment.get(c.region.name, 0) + 1
        if c.value is None:
            continue
        rows.append(
            {
                "Region": c.region.name,
                "Zeitraum": format_period(c.period),
                "Wert": _float(c.value),
                "Rolle": c.role,
                "Abschnitt": f"{c.region.name} {segment.get(c.region.name, 0)}",
                "Hinweis": _(QUALITY_FLAGS[c.quality]) if c.quality in QUALITY_FLAGS else "",
            }
        )
    return rows


def _period_order(cells) -> list[str]:
    """The displayed periods in time order: the x axis must not sort ``01/2024`` before ``02/2023`` as text."""
    return [format_period(p) for p in sorted({c.period for c in cells})]


def _series_marks(rows: list[dict], cells, periods: list[str]) -> list:
    """Extra layers: a dashed rule at each series break, a ring around values with a quality flag (with legend)."""
    layers = []
    breaks = {}
    for c in cells:
        if c.series_break:
            breaks.setdefault(format_period(c.period), c.series_break)
    if breaks:
        data = [{"Zeitraum": period, "Bruch": note} for period, note in breaks.items()]
        layers.append(
            alt.Chart(alt.Data(values=data))
            .mark_rule(color="#1b1b1b", strokeWidth=1.5)
            .encode(
                x=alt.X("Zeitraum:O", bandPosition=0, sort=periods),
                # every break the same dash: the scale (not the mark) sets it, for the rule and the legend symbol
                strokeDash=alt.StrokeDash(
                    "Bruch:N",
                    title=None,
                    scale=alt.Scale(range=[BREAK_DASH]),
                    legend=alt.Legend(symbolType="stroke", symbolSize=256, symbolStrokeWidth=1.5),
                ),
            )
        )
    flagged = [r for r in rows if r["Hinweis"]]
    if flagged:
        layers.append(
            alt.Chart(alt.Data(values=flagged))
            .mark_point(size=320, filled=False, strokeWidth=2, color="#1b1b1b")
            .encode(
                x=alt.X("Zeitraum:O", sort=periods),
                y="Wert:Q",
                opacity=alt.Opacity("Hinweis:N", title=None, scale=alt.Scale(range=[1]), legend=alt.Legend()),
            )
        )
    return layers


def series_chart(*, chart_id: str, title: str, unit: str, decimals: int, cells) -> Chart:
    """Line chart over years: own municipality, Land, Bund (numbers only).

    A series break (the basis of the values changes, e.g. Zensus 2011 →
    Zensus 2022) interrupts the line and is drawn as a dashed rule named in
    the legend; values with a quality flag get a ring, explained in the legend.
    """
    rows = _series_rows(cells)
    order = list(dict.fromkeys(r["Region"] for r in rows))
    colours = {"own": OWN, "land": LAND, "bund": BUND}
    roles = {r["Region"]: r["Rolle"] for r in rows}
    periods = _period_order(cells)
    base = alt.Chart(alt.Data(values=rows)).encode(
        x=alt.X("Zeitraum:O", title=None, axis=alt.Axis(labelAngle=0), sort=periods),
        y=alt.Y("Wert:Q", title=unit, axis=alt.Axis(format=_number_format(decimals)), scale=alt.Scale(zero=False)),
        color=alt.Color(
            "Region:N",
            title=None,
            scale=alt.Scale(domain=order, range=[colours.get(roles[n], OTHER) for n in order]),
        ),
        shape=alt.Shape(
            "Region:N", title=None, scale=alt.Scale(domain=order, range=["circle", "square", "triangle-up"])
        ),
    )
    layers = [base.mark_line(strokeWidth=3).encode(detail="Abschnitt:N"), base.mark_point(size=90, filled=True)]
    chart = alt.layer(*layers, *_series_marks(rows, cells, periods)).properties(width=WIDTH - 80, height=220)
    spec = chart.configure(**_base_config()).to_dict()
    # The legends of regions, series break and quality flag one below the other (side by side they
    # make the chart twice as wide). Vega's legend layout; altair's schema does not type it, so it is
    # set after validation and passed on to Vega as it is.
    spec["config"]["legend"]["layout"] = {"bottom": {"anchor": "start", "direction": "vertical"}}
    summary = "; ".join(
        (f"{c.series_break}; " if c.series_break else "")
        + f"{c.region.name} {format_period(c.period)}: "
        + (display_value(c.value, "", decimals, c.quality) if c.value is not None else c.status)
        for c in cells
    )
    return Chart(chart_id, title, summary, spec)


def comparison_chart(*, chart_id: str, title: str, unit: str, decimals: int, cells) -> Chart:
    """Horizontal bars: own municipality, Land, Bund and peer Kreise at one period."""
    rows = [
        {"Region": c.region.name, "Wert": _float(c.value), "Rolle": c.role, "Text": format_number(c.value, decimals)}
        for c in cells
        if c.value is not None
    ]
    colours = {"own": OWN, "land": LAND, "bund": BUND, "peer": PEER}
    domain = ["own", "land", "bund", "peer"]
    base = alt.Chart(alt.Data(values=rows)).encode(
        y=alt.Y("Region:N", title=None, sort=None, axis=alt.Axis(labelLimit=170)),
        x=alt.X("Wert:Q", title=unit, axis=alt.Axis(format=_number_format(decimals), tickCount=4)),
    )
    bars = base.mark_bar().encode(
        color=alt.Color("Rolle:N", scale=alt.Scale(domain=domain, range=[colours[d] for d in domain]), legend=None)
    )
    labels = base.mark_text(align="left", dx=3, fontSize=12, color="#1b1b1b").encode(text="Text:N")
    chart = (bars + labels).properties(width=WIDTH - 200, height=max(60, 22 * len(rows)))
    spec = chart.configure(**_base_config()).to_dict()
    summary = "; ".join(
        f"{c.region.name}: {format_number(c.value, decimals) if c.value is not None else c.status}" for c in cells
    )
    return Chart(chart_id, title, summary, spec)


def distribution_chart(
    *, chart_id: str, title: str, unit: str, decimals: int, cells, own_name: str, parts: bool = False
) -> Chart:
    """All Kreise as ticks on one axis; the own municipality as a large labelled point.

    ``parts``: the ticks are the Gemeinden of the own Landkreis, the point is the
    Landkreis as a whole (no rank: it is not one of them).
    """
    rows = [
        {"Region": c.region.name, "Wert": _float(c.value), "Rolle": "own" if c.role == "own" else "kreis"}
        for c in cells
        if c.value is not None
    ]
    base = alt.Chart(alt.Data(values=rows))
    ticks = (
        base.transform_filter("datum.Rolle == 'kreis'")
        .mark_tick(color=OTHER, thickness=1.5, size=30)
        .encode(x=alt.X("Wert:Q", title=unit, axis=alt.Axis(format=_number_format(decimals), tickCount=5)))
    )
    own_layer = base.transform_filter("datum.Rolle == 'own'")
    point = own_layer.mark_point(color=OWN, filled=True, size=220, shape="diamond").encode(x="Wert:Q")
    label = own_layer.mark_text(color="#1b1b1b", dy=-22, fontSize=13, fontWeight="bold").encode(
        x="Wert:Q", text=alt.value(own_name)
    )
    chart = (ticks + point + label).properties(width=WIDTH - 40, height=70)
    spec = chart.configure(**_base_config()).to_dict()
    numbers = sorted(r["Wert"] for r in rows if r["Rolle"] == "kreis" or not parts)
    own = next((c for c in cells if c.role == "own" and c.value is not None), None)
    if parts:
        summary = _("%(count)s Gemeinden mit Wert") % {"count": len(numbers)}
    else:
        summary = _("%(count)s Kreise und kreisfreie Städte mit Wert") % {"count": len(numbers)}
    if numbers:
        summary += _(", von %(min)s bis %(max)s") % {
            "min": format_number(numbers[0], decimals),
            "max": format_number(numbers[-1], decimals),
        }
    if own is not None and parts:
        summary += _("; %(name)s insgesamt: %(value)s") % {
            "name": own_name,
            "value": format_number(own.value, decimals),
        }
    elif own is not None:
        rank = sum(1 for n in numbers if n > float(own.value)) + 1
        summary += _("; %(name)s: %(value)s (Rang %(rank)s von %(count)s, absteigend)") % {
            "name": own_name,
            "value": format_number(own.value, decimals),
            "rank": rank,
            "count": len(numbers),
        }
    return Chart(chart_id, title, summary, spec)


def _spec_hash(spec: dict) -> str:
    return hashlib.sha256(json.dumps(spec, sort_keys=True, default=str).encode()).hexdigest()[:32]


#: d3-format locales of vl-convert per UI language (grouping and decimal mark on the axes).
CHART_LOCALES = {"de": "de-DE", "en": "en-GB", "fr": "fr-FR"}


def _chart_locale() -> str:
    return CHART_LOCALES.get(translation.get_language() or "de", "de-DE")


def _render(spec: dict, locale: str = "de-DE") -> str:
    import vl_convert

    return vl_convert.vegalite_to_svg(spec, format_locale=locale)


_INNER_ARIA = re.compile(r'\s(?:role|aria-[a-z]+)="[^"]*"')
_SVG_TAG = re.compile(r'<svg\b[^>]*?width="([\d.]+)" height="([\d.]+)" viewBox="([^"]+)">')


def _accessible(svg: str, chart: Chart) -> str:
    """Fixed viewBox, CSS-scaled width, role="img" with title and description."""
    match = _SVG_TAG.search(svg)
    viewbox = match.group(3) if match else f"0 0 {WIDTH} 300"
    body = svg[match.end() :] if match else svg
    body = _INNER_ARIA.sub("", body)  # the whole chart is one image; its parts are not announced
    title_id, desc_id = f"{chart.id}-title", f"{chart.id}-desc"
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="monitoring-chart__svg" viewBox="{viewbox}" '
        f'preserveAspectRatio="xMinYMin meet" role="img" aria-labelledby="{title_id}" aria-describedby="{desc_id}" '
        f'focusable="false"><title id="{title_id}">{escape(chart.title)}</title>'
        f'<desc id="{desc_id}">{escape(chart.summary)}</desc>' + body
    )


def render_charts(charts: list[Chart]) -> list[Chart]:
    """Fill ``svg`` of every chart; one cache read for all, one write for the misses."""
    locale = _chart_locale()
    keys = {chart.id: CACHE_PREFIX + locale + _spec_hash(chart.spec) for chart in charts}
    cached = cache.get_many(list(keys.values()))
    missing = {}
    for chart in charts:
        raw = cached.get(keys[chart.id])
        if raw is None:
            raw = _render(chart.spec, locale)
            missing[keys[chart.id]] = raw
        chart.svg = mark_safe(_accessible(raw, chart))  # noqa: S308 – SVG from vl-convert, texts escaped
    if missing:
        cache.set_many(missing, CACHE_SECONDS)
    return charts


def cached_charts(key: str, build) -> list[Chart]:
    """``render_charts(build())`` once per state of the monitoring data and language.

    Building the specs with altair (schema validation) costs far more than the SVG
    cache lookup; the list of finished charts is kept until the next write to a
    monitoring table (bildungsallianz/core/cache.py).
    """
    key = f"monitoring-charts:{settings.MUNICIPALITY_AGS}:{key}"
    return content_cache.cached(key, lambda: render_charts(build()), kinds=("monitoring",))


def grouped_chart(*, chart_id: str, title: str, rows) -> Chart:
    """Dashboard: several percentage indicators, own municipality vs Land vs Bund."""
    data = []
    summary = []
    for row in rows:
        name = row.indicator.short_name or row.indicator.name
        for cell, role in ((row.own, "own"), (row.land, "land"), (row.bund, "bund")):
            if cell is not None and cell.value is not None:
                data.append({"Indikator": name, "Region": cell.region.name, "Rolle": role, "Wert": _float(cell.value)})
                summary.append(f"{name}, {cell.region.name}: {format_number(cell.value, row.indicator.decimals)} %")
    order = list(dict.fromkeys(d["Region"] for d in data))
    roles = {d["Region"]: d["Rolle"] for d in data}
    colours = {"own": OWN, "land": LAND, "bund": BUND}
    chart = (
        alt.Chart(alt.Data(values=data))
        .mark_bar()
        .encode(
            y=alt.Y("Region:N", title=None, sort=order, axis=None),
            x=alt.X("Wert:Q", title="%", axis=alt.Axis(format=",.1f", tickCount=4)),
            color=alt.Color(
                "Region:N",
                title=None,
                sort=order,
                scale=alt.Scale(domain=order, range=[colours[roles[n]] for n in order]),
            ),
            row=alt.Row(
                "Indikator:N",
                title=None,
                sort=None,
                header=alt.Header(labelAngle=0, labelAlign="left", labelFontSize=13),
            ),
        )
        .properties(width=WIDTH - 60, height=60)
    )
    spec = chart.configure(**_base_config()).to_dict()
    return Chart(chart_id, title, "; ".join(summary), spec)

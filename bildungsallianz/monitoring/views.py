"""Public pages under /daten/: overview, indicator detail, CSV, dashboard."""

import csv

from django.conf import settings
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _

from . import charts as charts_module
from . import selectors
from .formatting import LEGEND, SYMBOLS, display_value, format_period


def indicator_list(request):
    overview = selectors.indicator_overview()
    return render(request, "monitoring/indicator_list.html", {**overview, "legend": LEGEND})


def _detail_or_404(code: str):
    indicator = selectors.indicator_get(code)
    if indicator is None:
        raise Http404
    return selectors.indicator_detail(indicator)


def _charts(detail) -> list:
    ind = detail.indicator
    name = ind.short_name or ind.name
    own_name = detail.own.name if detail.own else getattr(settings, "MUNICIPALITY_NAME", "")
    period = format_period(detail.comparison_period)
    charts = []
    if any(c.value is not None for c in detail.series):
        charts.append(
            charts_module.series_chart(
                chart_id="zeitreihe",
                title=_("%(name)s: Zeitreihe") % {"name": name},
                unit=ind.unit,
                decimals=ind.decimals,
                cells=detail.series,
            )
        )
    if any(c.value is not None for c in detail.comparison):
        charts.append(
            charts_module.comparison_chart(
                chart_id="vergleich",
                title=_("%(name)s %(period)s: Vergleich") % {"name": name, "period": period},
                unit=ind.unit,
                decimals=ind.decimals,
                cells=detail.comparison,
            )
        )
    if any(c.value is not None for c in detail.kreise):
        charts.append(
            charts_module.distribution_chart(
                chart_id="kreise",
                title=_("%(name)s %(period)s: alle Kreise") % {"name": name, "period": period},
                unit=ind.unit,
                decimals=ind.decimals,
                cells=detail.kreise,
                own_name=own_name,
            )
        )
    if detail.gemeinden_chart_cells:
        charts.append(
            charts_module.distribution_chart(
                chart_id="gemeinden",
                title=_("%(name)s %(period)s: Gemeinden von %(kreis)s")
                % {"name": name, "period": period, "kreis": own_name},
                unit=ind.unit,
                decimals=ind.decimals,
                cells=detail.gemeinden_chart_cells,
                own_name=own_name,
                parts=True,
            )
        )
    return charts


def legend_for(sources) -> list:
    """The legend, with the publisher's own meaning of "-" for each source that states one."""
    own = [
        ("-", _("%(meaning)s (Tabelle %(table)s)") % {"meaning": s.dash_meaning, "table": s.table_code or s.code})
        for s in sources
        if s.dash_meaning
    ]
    return LEGEND[:1] + own + LEGEND[1:] if own else LEGEND


def indicator_detail(request, code):
    detail = _detail_or_404(code)
    charts = charts_module.cached_charts(detail.indicator.code, lambda: _charts(detail))
    charts = {chart.id: chart for chart in charts}
    return render(
        request,
        "monitoring/indicator_detail.html",
        {
            "detail": detail,
            "indicator": detail.indicator,
            "charts": charts,
            "legend": legend_for(detail.sources),
            "breakdown": selectors.indicator_breakdown_table(detail),
        },
    )


def indicator_csv(request, code):
    """Exactly the tables of the detail page: UTF-8 with BOM, ``;``, German headers."""
    detail = _detail_or_404(code)
    ind = detail.indicator
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{ind.code}.csv"'
    response.write("\ufeff")
    writer = csv.writer(response, delimiter=";", lineterminator="\r\n")
    writer.writerow(
        [
            _("Tabelle"),
            _("Regionalschlüssel"),
            _("Region"),
            _("Zeitraum"),
            _("Wert"),
            _("Einheit"),
            _("Kennzeichen"),
            _("Hinweis"),
            _("Basis"),
        ]
    )
    tables = (
        (_("Zeitreihe"), detail.series),
        (_("Vergleich"), detail.comparison),
        (_("Alle Kreise"), detail.kreise),
        (_("Gemeinden"), detail.gemeinden),
        (_("Gemeindeverbände"), detail.gemeindeverbaende),
    )
    for label, cells in tables:
        for c in cells:
            writer.writerow(
                [
                    label,
                    c.region.key,
                    c.region.name,
                    format_period(c.period),
                    display_value(c.value, "", ind.decimals) if c.value is not None else "",
                    ind.unit,
                    c.status or c.quality,
                    " ".join(filter(None, [c.reason, c.series_break])),
                    c.basis,
                ]
            )
    breakdown = selectors.indicator_breakdown_table(detail)
    if breakdown is not None:
        for label, values in breakdown.rows:
            for column, value in zip(breakdown.columns, values, strict=True):
                is_symbol = value in SYMBOLS.values()
                name = f"{breakdown.row_dimension}: {label}" + (f", {column}" if breakdown.column_dimension else "")
                writer.writerow(
                    [_("Gliederung"), detail.own.key, name, format_period(breakdown.period)]
                    + (["", ind.unit, value] if is_symbol else [value, ind.unit, ""])
                    + ["", ""]
                )
    for source in detail.sources:
        writer.writerow([_("Quelle"), "", source.attribution_line, "", "", "", "", source.url, ""])
    return response


def transition_dashboard(request):
    overview = selectors.indicator_overview(codes=selectors.TRANSITION_DASHBOARD)
    rows = overview["rows"]
    chart = None
    share_rows = [r for r in rows if r.indicator.unit == "%" and r.own]
    if share_rows:
        (chart,) = charts_module.cached_charts(
            "dashboard",
            lambda: [
                charts_module.grouped_chart(
                    chart_id="uebergang", title=_("Übergang Schule–Beruf: Anteile und Quoten"), rows=share_rows
                )
            ],
        )
    return render(
        request,
        "monitoring/transition_dashboard.html",
        {**overview, "chart": chart, "legend": LEGEND},
    )

"""Target against actual, in the chart style of /daten/ (monitoring's charts module)."""

from __future__ import annotations

from types import SimpleNamespace

from django.utils.translation import gettext as _


def target_charts(rows) -> None:
    """Give every TargetRow a line chart: actual values of the region and the target path."""
    from bildungsallianz.monitoring import charts
    from bildungsallianz.monitoring.selectors import Cell

    built = []
    for number, row in enumerate(rows, start=1):
        target, indicator = row.target, row.target.indicator
        decimals = indicator.decimals
        cells = [
            Cell(row.target.region, v.period, v.year, v.value, v.status, v.reason, decimals, "own")
            for v in row.values
            if v.year >= target.baseline_year - 5
        ]
        path = SimpleNamespace(name=_("Zielpfad"))
        cells += [
            Cell(
                path, str(target.baseline_year), target.baseline_year, target.baseline_value, "", "", decimals, "land"
            ),
            Cell(path, str(target.target_year), target.target_year, target.target_value, "", "", decimals, "land"),
        ]
        cells.sort(key=lambda c: (c.year, c.role))
        row.chart = charts.series_chart(
            chart_id=f"ziel-{number}",
            title=_("%(indicator)s: Ziel und Ist") % {"indicator": indicator.short_name or indicator.name},
            unit=indicator.unit,
            decimals=decimals,
            cells=cells,
        )
        built.append(row.chart)
    charts.render_charts(built)

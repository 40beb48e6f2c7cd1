"""Reads of the monitoring module: overview, series, comparisons, dashboard.

Every function costs a constant number of queries, whatever the number of
regions, periods or indicators (asserted in the tests).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from django.conf import settings
from django.db.models import Prefetch, Q
from django.utils.translation import gettext as _

from bildungsallianz.charter.models import FieldOfAction

from .formatting import display_value, format_number, format_period
from .models import Indicator, IndicatorValue, Region, Theme

#: Key indicators of the dashboard "Übergang Schule–Beruf".
TRANSITION_DASHBOARD = [
    "schulabgaenge-ohne-hauptschulabschluss-anteil",
    "schulabgaenge-hochschulreife-anteil",
    "schulabgaenge",
    "berufliche-schulen-abgaenge",
    "jugendarbeitslosenquote",
    "arbeitslose-15-25",
    "sv-beschaeftigte",
    "bevoelkerung",
]


@dataclass
class Cell:
    """One indicator value of one region and period, ready for display."""

    region: Region
    period: str
    year: int
    value: Decimal | None
    status: str
    reason: str
    decimals: int
    role: str = ""
    quality: str = ""
    #: basis of the value (``Zensus 2022``); "" = not stated
    basis: str = ""
    #: set on the first value after a series break: ``Reihenbruch: Zensus 2011 → Zensus 2022``
    series_break: str = ""

    @property
    def display(self) -> str:
        return display_value(self.value, self.status, self.decimals, self.quality)

    @property
    def period_display(self) -> str:
        return format_period(self.period)

    @property
    def missing(self) -> bool:
        return self.value is None


@dataclass
class Row:
    """An indicator on the overview: own latest value, change, Land and Bund."""

    indicator: Indicator
    own: Cell | None = None
    previous: Cell | None = None
    land: Cell | None = None
    bund: Cell | None = None

    @property
    def change(self) -> str:
        if not (self.own and self.previous) or self.own.missing or self.previous.missing:
            return ""
        if breaks_between(self.previous, self.own):
            return _("keine Veränderung berechnet: Reihenbruch (%(old)s → %(new)s)") % {
                "old": self.previous.basis,
                "new": self.own.basis,
            }
        diff = self.own.value - self.previous.value
        sign = "+" if diff > 0 else ("±" if diff == 0 else "−")
        number = f"{sign}{format_number(abs(diff), self.indicator.decimals)}"
        since = self.previous.period_display
        if self.indicator.unit == "%":
            return _("%(number)s Prozentpunkte seit %(period)s") % {"number": number, "period": since}
        return _("%(number)s seit %(period)s") % {"number": number, "period": since}

    @property
    def position(self) -> str:
        """Own value against Land and Bund in words (same period); not for absolute counts."""
        parts = []
        if not self.indicator.compares_across_regions:
            return ""
        words = (
            (self.land, _("über Land"), _("unter Land"), _("gleich Land")),
            (self.bund, _("über Bund"), _("unter Bund"), _("gleich Bund")),
        )
        for cell, above, below, equal in words:
            if self.own and not self.own.missing and cell and not cell.missing:
                if self.own.value > cell.value:
                    parts.append(above)
                elif self.own.value < cell.value:
                    parts.append(below)
                else:
                    parts.append(equal)
        return ", ".join(parts)


def breaks_between(before: Cell, after: Cell) -> bool:
    """A series break: both values state a basis and the bases differ (``Zensus 2011`` → ``Zensus 2022``)."""
    return bool(before.basis and after.basis and before.basis != after.basis)


def mark_series_breaks(cells: list[Cell]) -> list[Cell]:
    """Mark the first value after each break, per region, in period order (returns ``cells``)."""
    last: dict[int, Cell] = {}
    for cell in sorted(cells, key=lambda c: c.period):
        before = last.get(cell.region.pk)
        if before is not None and breaks_between(before, cell):
            cell.series_break = _("Reihenbruch: %(old)s → %(new)s") % {"old": before.basis, "new": cell.basis}
        if cell.basis:
            last[cell.region.pk] = cell
    return cells


def municipality_key() -> str:
    return getattr(settings, "MUNICIPALITY_AGS", "07317")


def _core_regions() -> dict[str, Region]:
    own = municipality_key()
    keys = [own, own[:2], "DG"]
    return {r.key: r for r in Region.objects.filter(key__in=keys)}


def _cell(value: IndicatorValue, region: Region, decimals: int, role: str = "") -> Cell:
    return Cell(
        region,
        value.period,
        value.year,
        value.value,
        value.status,
        value.reason,
        decimals,
        role,
        value.quality,
        value.basis,
    )


def indicator_overview(*, codes: list[str] | None = None) -> dict:
    """All published indicators with own latest value, change and Land/Bund.

    Five queries: regions, indicators, their fields of action, values, fields.
    """
    regions = _core_regions()
    own_key = municipality_key()
    own, land, bund = regions.get(own_key), regions.get(own_key[:2]), regions.get("DG")
    indicators = Indicator.objects.published().prefetch_related("fields_of_action")
    if codes is not None:
        indicators = indicators.filter(code__in=codes)
    indicators = list(indicators)
    by_region = {r.pk: r for r in regions.values()}
    values = IndicatorValue.objects.filter(indicator__in=indicators, region_id__in=list(by_region)).order_by(
        "indicator_id", "region_id", "period"
    )
    grouped: dict[tuple[int, int], list[IndicatorValue]] = defaultdict(list)
    for value in values:
        grouped[(value.indicator_id, value.region_id)].append(value)
    rows = []
    for indicator in indicators:
        row = Row(indicator)
        own_values = grouped.get((indicator.pk, own.pk), []) if own else []
        if own_values:
            row.own = _cell(own_values[-1], own, indicator.decimals)
            if len(own_values) > 1:
                row.previous = _cell(own_values[-2], own, indicator.decimals)
            for region, attr in ((land, "land"), (bund, "bund")):
                if region is None:
                    continue
                match = [v for v in grouped.get((indicator.pk, region.pk), []) if v.period == row.own.period]
                if match:
                    setattr(row, attr, _cell(match[0], region, indicator.decimals))
        rows.append(row)
    if codes is not None:
        order = {c: i for i, c in enumerate(codes)}
        rows.sort(key=lambda r: order[r.indicator.code])
    themes = [(label, [r for r in rows if r.indicator.theme == value]) for value, label in Theme.choices]
    fields = []
    for foa in FieldOfAction.objects.order_by("number"):
        fields.append((foa, [r for r in rows if any(f.pk == foa.pk for f in r.indicator.fields_of_action.all())]))
    return {
        "rows": rows,
        "themes": [(label, items) for label, items in themes if items],
        "fields": [(foa, items) for foa, items in fields if items],
        "own": own,
        "land": land,
        "bund": bund,
    }


def peer_keys(indicator: Indicator, own: Region | None) -> list[str]:
    """Comparison Kreise: per indicator, else setting, else kreisfreie Städte of the own Land."""
    if indicator.peer_keys:
        return list(indicator.peer_keys)
    configured = getattr(settings, "MONITORING_PEER_KEYS", None)
    if configured:
        return list(configured)
    return []


@dataclass
class Detail:
    indicator: Indicator
    own: Region | None
    land: Region | None
    bund: Region | None
    series: list[Cell] = field(default_factory=list)
    comparison: list[Cell] = field(default_factory=list)
    kreise: list[Cell] = field(default_factory=list)
    #: the Gemeinden of the own Landkreis with a value at the comparison period, by name (none for a kreisfreie Stadt)
    gemeinden: list[Cell] = field(default_factory=list)
    #: likewise its Gemeindeverbände (Verbandsgemeinden, Ämter, Samtgemeinden …)
    gemeindeverbaende: list[Cell] = field(default_factory=list)
    #: the own Landkreis as a whole at that period, shown above its parts (None without a value)
    parts_total: Cell | None = None
    latest: Cell | None = None
    comparison_period: str = ""
    sources: list = field(default_factory=list)
    fields_of_action: list = field(default_factory=list)

    @property
    def comparison_period_display(self) -> str:
        return format_period(self.comparison_period)

    @property
    def years(self) -> list[int]:
        return sorted({c.year for c in self.series})

    @property
    def gemeinden_table(self) -> list[Cell]:
        """The table of the Gemeinden: the Landkreis as a whole first (if it has a value), then the Gemeinden."""
        return [c for c in [self.parts_total] if c] + self.gemeinden

    @property
    def gemeindeverbaende_table(self) -> list[Cell]:
        return [c for c in [self.parts_total] if c] + self.gemeindeverbaende

    @property
    def gemeinden_chart_cells(self) -> list[Cell]:
        """The cells of the Gemeinden chart (empty when no Gemeinde has a number): a count of the whole
        Landkreis is the sum of its Gemeinden and is left off their axis (it would squeeze them); a share keeps it."""
        if not any(c.value is not None for c in self.gemeinden):
            return []
        keep_total = self.parts_total is not None and self.indicator.compares_across_regions
        return ([self.parts_total] if keep_total else []) + self.gemeinden


def indicator_detail(indicator: Indicator) -> Detail:
    """Series (own, Land, Bund), comparison with peers, all Kreise and the Gemeinden of a Landkreis.

    Three queries after the indicator: regions, values, and nothing else —
    sources and fields of action come prefetched with the indicator.
    """
    own_key = municipality_key()
    land_key = own_key[:2]
    explicit_peers = peer_keys(indicator, None)
    region_q = (
        Q(key__in=[own_key, land_key, "DG", *explicit_peers])
        | Q(level=Region.Level.KREIS, active=True)
        | Q(level__in=[Region.Level.GEMEINDE, Region.Level.GEMEINDEVERBAND], active=True, parent__key=own_key)
    )
    regions = {r.pk: r for r in Region.objects.filter(region_q)}
    by_key = {r.key: r for r in regions.values()}
    own, land, bund = by_key.get(own_key), by_key.get(land_key), by_key.get("DG")
    if explicit_peers:
        peers = [by_key[k] for k in explicit_peers if k in by_key and k != own_key]
    else:
        peers = sorted(
            (
                r
                for r in regions.values()
                if r.level == Region.Level.KREIS
                and r.active
                and r.kreis_type == Region.KreisType.KREISFREIE_STADT
                and r.key.startswith(land_key)
                and r.key != own_key
            ),
            key=lambda r: r.key,
        )
    values = IndicatorValue.objects.filter(indicator=indicator, region_id__in=list(regions)).order_by("period")
    by_region: dict[int, list[IndicatorValue]] = defaultdict(list)
    for value in values:
        by_region[value.region_id].append(value)
    d = indicator.decimals
    detail = Detail(indicator, own, land, bund)
    detail.sources = list(indicator.sources.all())
    detail.fields_of_action = list(indicator.fields_of_action.all())
    for region, role in ((own, "own"), (land, "land"), (bund, "bund")):
        if region is not None:
            detail.series += [_cell(v, region, d, role) for v in by_region.get(region.pk, [])]
    mark_series_breaks(detail.series)
    own_values = by_region.get(own.pk, []) if own else []
    if own_values:
        detail.latest = _cell(own_values[-1], own, d, "own")
        numeric = [v for v in own_values if v.value is not None]
        period = (numeric or own_values)[-1].period
    else:
        period = max((v.period for vs in by_region.values() for v in vs), default="")
    detail.comparison_period = period

    def at_period(region, role):
        for v in by_region.get(region.pk, []):
            if v.period == period:
                return _cell(v, region, d, role)
        return None

    for region, role in [(own, "own"), (land, "land"), (bund, "bund"), *((p, "peer") for p in peers)]:
        if region is not None:
            cell = at_period(region, role)
            if cell:
                detail.comparison.append(cell)
    kreise = [r for r in regions.values() if r.level == Region.Level.KREIS and r.active]
    for region in sorted(kreise, key=lambda r: r.key):
        cell = at_period(region, "own" if region.key == own_key else "kreis")
        if cell:
            detail.kreise.append(cell)
    if own is not None:
        detail.gemeinden = _parts(regions.values(), own, Region.Level.GEMEINDE, at_period)
        detail.gemeindeverbaende = _parts(regions.values(), own, Region.Level.GEMEINDEVERBAND, at_period)
        if detail.gemeinden or detail.gemeindeverbaende:
            detail.parts_total = at_period(own, "own")
    return detail


def _parts(regions, own: Region, level: str, at_period) -> list[Cell]:
    """The Gemeinden (or Gemeindeverbände) of the own Landkreis with a value at the period, by name."""
    parts = [r for r in regions if r.level == level and r.parent_id == own.pk]
    return [cell for region in sorted(parts, key=lambda r: (r.name, r.key)) if (cell := at_period(region, "gemeinde"))]


def indicator_get(code: str) -> Indicator | None:
    return (
        Indicator.objects.published()
        .prefetch_related(Prefetch("sources"), Prefetch("fields_of_action"))
        .filter(code=code)
        .first()
    )


def series_for(pairs: list[tuple[int, int]]) -> dict[tuple[int, int], list[IndicatorValue]]:
    """Values per (indicator id, region id), oldest first, in one query (for project targets)."""
    pairs = list(dict.fromkeys(pairs))
    result: dict[tuple[int, int], list[IndicatorValue]] = {pair: [] for pair in pairs}
    if not pairs:
        return result
    q = Q()
    for indicator_id, region_id in pairs:
        q |= Q(indicator_id=indicator_id, region_id=region_id)
    for value in IndicatorValue.objects.filter(q).order_by("period", "pk"):
        result[(value.indicator_id, value.region_id)].append(value)
    return result


def indicators_for_choice():
    """Published indicators, for forms that pick one."""
    return Indicator.objects.published().order_by("order", "name")


def regions_for_choice():
    """The own municipality, its Land and the Bund first, then the other Kreise."""
    own = municipality_key()
    return Region.objects.filter(Q(key__in=[own, own[:2], "DG"]) | Q(level=Region.Level.KREIS, active=True)).order_by(
        "key"
    )


def published_indicators_by_field() -> dict[int, list[Indicator]]:
    """Field of action id → its published indicators in catalogue order (one query; projects' charter thread)."""
    result: dict[int, list[Indicator]] = defaultdict(list)
    rows = Indicator.fields_of_action.through.objects.filter(indicator__published=True).select_related("indicator")
    for row in rows.order_by("indicator__order", "indicator__name"):
        result[row.fieldofaction_id].append(row.indicator)
    return result


# --- for modules that quote monitoring figures (reports) ---------------------


def indicators_with_sources(codes: list[str]) -> dict[str, Indicator]:
    """Published indicators by code, their sources prefetched (two queries)."""
    indicators = Indicator.objects.published().filter(code__in=codes).prefetch_related("sources")
    return {i.code: i for i in indicators}


def latest_import_runs(source_ids) -> dict[int, dict]:
    """Per source: the newest successful import run (id, finished_at), one query."""
    from .models import ImportRun

    runs = (
        ImportRun.objects.filter(source_id__in=list(source_ids), state=ImportRun.State.SUCCEEDED)
        .order_by("source_id", "-finished_at", "-pk")
        .values("pk", "source_id", "finished_at", "filename")
    )
    result: dict[int, dict] = {}
    for run in runs:
        result.setdefault(run["source_id"], run)
    return result


def current_values(codes: list[str], region_keys: list[str]) -> dict[tuple[str, str, str], tuple]:
    """(indicator code, region key, period) → (value, status) of today's data, one query."""
    rows = IndicatorValue.objects.filter(indicator__code__in=codes, region__key__in=region_keys).values_list(
        "indicator__code", "region__key", "period", "value", "status"
    )
    return {(code, key, period): (value, status) for code, key, period, value, status in rows}


def kreis_values(periods: dict[int, str]) -> dict[int, list[Decimal]]:
    """Indicator id → values of all active Kreise at the given period (one query; for ranks)."""
    if not periods:
        return {}
    q = Q()
    for indicator_id, period in periods.items():
        q |= Q(indicator_id=indicator_id, period=period)
    rows = IndicatorValue.objects.filter(q, region__level=Region.Level.KREIS, region__active=True, value__isnull=False)
    result: dict[int, list[Decimal]] = defaultdict(list)
    for indicator_id, value in rows.values_list("indicator_id", "value"):
        result[indicator_id].append(value)
    return dict(result)


@dataclass
class BreakdownTable:
    """The numerator's variable broken down by one or two dimensions (own municipality, one period).

    Shown on the indicator page when the numerator spec asks for it with
    ``"table": true`` or ``"table": {"rows": "<dimension>", "columns": "<dimension>"}``
    (used for local survey results). Rows and columns keep the order the values
    were stored in; secret cells show their symbol like every other table.
    """

    row_dimension: str
    column_dimension: str
    columns: list[str]
    rows: list[tuple[str, list[str]]]
    period: str

    @property
    def period_display(self) -> str:
        return format_period(self.period)


def indicator_breakdown_table(detail: Detail) -> BreakdownTable | None:
    """One query, and only for indicators whose numerator asks for the table."""
    from .models import Observation

    indicator = detail.indicator
    wanted = (indicator.numerator or {}).get("table")
    if not wanted or detail.own is None or detail.latest is None:
        return None
    fixed = indicator.numerator.get("breakdown") or {}
    period = detail.latest.period
    observations = Observation.objects.filter(
        variable__source__code=indicator.input_specs()[0]["source"],
        variable__code=indicator.numerator["variable"],
        region=detail.own,
        period=period,
    ).order_by("pk")
    cells = {}
    dims: list[str] = []
    for obs in observations:
        breakdown = obs.breakdown or {}
        if any(breakdown.get(k) != v for k, v in fixed.items()):
            continue
        extra = {k: v for k, v in breakdown.items() if k not in fixed}
        for k in extra:
            if k not in dims:
                dims.append(k)
        cells[tuple(sorted(extra.items()))] = display_value(obs.value, obs.status, indicator.decimals, obs.quality)
    if not dims or len(dims) > 2:
        return None
    row_dim = wanted["rows"] if isinstance(wanted, dict) and wanted.get("rows") in dims else dims[0]
    col_dims = [d for d in dims if d != row_dim]
    col_dim = col_dims[0] if col_dims else ""

    def values_of(dim):
        seen = []
        for key in cells:
            for k, v in key:
                if k == dim and v not in seen:
                    seen.append(v)
        return seen

    columns = values_of(col_dim) if col_dim else []
    total = _("Insgesamt")

    def cell(row_value, col_value):
        items = {}
        if row_value is not None:
            items[row_dim] = row_value
        if col_value is not None:
            items[col_dim] = col_value
        return cells.get(tuple(sorted(items.items())), "")

    rows = []
    for value in [*values_of(row_dim), None]:
        label = value if value is not None else total
        rows.append((label, [cell(value, c) for c in columns] + [cell(value, None)]))
    return BreakdownTable(row_dim, col_dim, [*columns, total], rows, period)

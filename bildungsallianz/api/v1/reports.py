"""Reports (Bildungsberichte): every published edition with the figures it froze, as published."""

from __future__ import annotations

from django.http import Http404
from ninja import Router

from bildungsallianz.reports.selectors import published_reports, report_editions

from .common import Links, Out

router = Router(tags=["Berichte"])

#: Keys of a frozen cell that the API passes on (the formatted display and the raw value).
CELL_KEYS = ("region", "region_key", "period", "value", "status", "quality", "reason", "display")


class ReportEditionRef(Out):
    number: int
    title: str
    published_at: str
    url: str
    pdf_url: str


class ReportOut(Out):
    slug: str
    title: str
    subtitle: str
    summary: str
    publisher: str
    url: str
    editions: list[ReportEditionRef]


class ReportFigureOut(Out):
    block: str  # key_figures, indicator_chart, indicator_table
    indicator: str | None
    region: str
    region_key: str
    period: str
    value: str | None  # decimal as text; null with a status for special values
    status: str
    quality: str
    reason: str
    display: str


class ReportEditionOut(ReportEditionRef):
    report: str
    sources: list[dict]
    figures: list[ReportFigureOut]


def _edition_ref(links: Links, report, edition) -> dict:
    base = links("reports:detail", report.slug)
    return {
        "number": edition.number,
        "title": edition.title,
        "published_at": edition.published_at.isoformat(),
        "url": f"{base}ausgabe/{edition.number}/",
        "pdf_url": f"{base}ausgabe/{edition.number}/pdf/",
    }


def _report_out(links: Links, report) -> dict:
    return {
        "slug": report.slug,
        "title": report.title,
        "subtitle": report.subtitle,
        "summary": report.summary,
        "publisher": report.publisher,
        "url": links("reports:detail", report.slug),
        "editions": [_edition_ref(links, report, e) for e in report_editions(report)],
    }


def _code(meta) -> str | None:
    return meta.get("code") if isinstance(meta, dict) else None


def _figures(snapshot: dict) -> list[dict]:
    """Every frozen number of the data blocks (charts: their cells; key figures and tables: own
    value, previous, Land and Bund per indicator), with region, period and special-value status."""
    found: list[tuple[str, str | None, dict]] = []
    for block in snapshot.get("blocks", []):
        kind = block.get("type", "")
        for cell in block.get("cells") or []:
            found.append((kind, _code(block.get("indicator")), cell))
        for row in block.get("rows") or []:
            if not isinstance(row, dict) or "indicator" not in row:
                continue  # offer landscape, fair figures: counts, not statistics
            for role in ("own", "previous", "land", "bund"):
                found.append((kind, _code(row["indicator"]), row.get(role)))
    figures = []
    for kind, code, cell in found:
        if not isinstance(cell, dict) or "period" not in cell:
            continue
        figure = {key: cell.get(key) if key == "value" else str(cell.get(key) or "") for key in CELL_KEYS}
        figures.append({**figure, "block": kind, "indicator": code})
    return figures


def _report(slug: str):
    report = published_reports().filter(slug=slug).first()
    if report is None:
        raise Http404
    return report


@router.get("", response=list[ReportOut], summary="Veröffentlichte Berichte mit ihren Ausgaben")
def list_reports(request):
    links = Links(request)
    return [_report_out(links, report) for report in published_reports()]


@router.get("/{slug}", response=ReportOut, summary="Ein veröffentlichter Bericht")
def get_report(request, slug: str):
    return _report_out(Links(request), _report(slug))


@router.get(
    "/{slug}/editions/{number}",
    response=ReportEditionOut,
    summary="Eine Ausgabe mit den eingefrorenen Zahlen, Quellen und Importläufen",
    url_name="report_edition",
)
def get_edition(request, slug: str, number: int):
    report = _report(slug)
    edition = report.editions.filter(number=number).first()
    if edition is None:
        raise Http404
    links = Links(request)
    return {
        **_edition_ref(links, report, edition),
        "report": report.slug,
        "sources": edition.snapshot.get("sources", []),
        "figures": _figures(edition.snapshot),
    }

"""Template context of a report (HTML page, preview and PDF share it)."""

from __future__ import annotations

from django.conf import settings
from django.urls import reverse

from bildungsallianz.monitoring.formatting import LEGEND


def _context(data: dict, meta: dict, **extra) -> dict:
    blocks = data.get("blocks", [])
    return {
        "blocks": blocks,
        "sources": data.get("sources", []),
        "meta": meta,
        "toc": [b for b in blocks if b["type"] == "heading"],
        "has_footnotes": any(b["type"] == "footnotes" for b in blocks),
        "legend": LEGEND,
        **extra,
    }


def edition_context(edition, *, pdf: bool = False, editions=None, is_latest: bool = True) -> dict:
    data = edition.snapshot
    meta = data.get("meta", {"title": edition.title})
    public_url = settings.SITE_URL.rstrip("/") + reverse("reports:edition", args=[edition.report.slug, edition.number])
    return _context(
        data,
        meta,
        edition=edition,
        report=edition.report,
        editions=editions or [],
        is_latest=is_latest,
        pdf=pdf,
        public_url=public_url,
    )


def preview_context(report, data: dict) -> dict:
    meta = {
        "title": report.title,
        "subtitle": report.subtitle,
        "summary": report.summary,
        "publisher": report.publisher,
    }
    return _context(data, meta, report=report, preview=True, edition=None, editions=[])

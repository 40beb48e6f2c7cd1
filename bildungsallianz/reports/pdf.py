"""The PDF of an edition: WeasyPrint, tagged (PDF/UA-1), from the same blocks and SVG charts as the page."""

from __future__ import annotations

from django.template.loader import render_to_string
from django.utils import translation

from .presentation import edition_context


def render_pdf(edition) -> bytes:
    from weasyprint import HTML
    from weasyprint.urls import URLFetcher

    with translation.override("de"):
        context = edition_context(edition, pdf=True)
        html = render_to_string("reports/report_pdf.html", context)
    # Only data: URLs (the charts) may be fetched: no request leaves the server.
    document = HTML(string=html, url_fetcher=URLFetcher(allowed_protocols={"data"}))
    return document.write_pdf(pdf_variant="pdf/ua-1", pdf_identifier=f"bericht-{edition.pk}".encode())

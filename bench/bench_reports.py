"""Benchmark of reports (issue 11; not a test).

    ALLOW_INSECURE_DEV_KEY=1 MANIFEST_STATIC=0 .venv/bin/python bench/run.py reports

Against a throw-away SQLite database with the monitoring demo data: a report of
about 40 pages with 20 charts (the demo indicators × time series / comparison /
all Kreise) and 20 indicator tables between chapters of text. Measures:
publishing (resolving every block, rendering the SVG charts, freezing), the
PDF of the edition (WeasyPrint, PDF/UA-1; goal < 10 s) with its page count,
and as baseline the same HTML to an untagged PDF in the same run; then the
queries and time of the HTML page for a small and the large report (constant
query count).
"""

from __future__ import annotations

import io
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOAL_SECONDS = 10.0
CODES = [
    "schulabgaenge-ohne-hauptschulabschluss-anteil",
    "jugendarbeitslosenquote",
    "schulabgaenge-hochschulreife-anteil",
    "arbeitslosenquote",
    "schueler-foerderschulen-anteil",
    "berufliche-schulen-hochschulreife-anteil",
    "einkommen-je-einwohner",
]
KINDS = ["series", "comparison"]  # "ranking" adds a table of all ~400 Kreise (10 pages) per chart
PARAGRAPH = (
    "<p>Der Übergang von der Schule in Ausbildung, Studium oder Arbeit entscheidet über Bildungswege. "
    "Die Zahlen zeigen, wo Pirmasens steht und wie sich die Lage über die Jahre verändert hat. "
    "Einordnung, Vergleich mit Land und Bund und die Folgerungen der Bildungsallianz stehen in diesem "
    "Abschnitt; jede Zahl nennt ihre Quelle, ihren Stichtag und ihre Lizenz.</p>"
)


def _setup(tmp: str) -> None:
    sys.path.insert(0, str(ROOT))
    os.environ["DATABASE_URL"] = ""
    os.environ["DATA_DIR"] = tmp
    os.environ["MEDIA_ROOT"] = str(Path(tmp) / "media")
    os.environ["PRIVATE_MEDIA_ROOT"] = str(Path(tmp) / "private")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bildungsallianz.settings")
    os.environ.setdefault("SECURE_SSL_REDIRECT", "0")
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command

    settings.PRIVATE_MEDIA_ROOT = str(Path(tmp) / "private")
    settings.ALLOWED_HOSTS = ["*"]
    call_command("migrate", verbosity=0)
    call_command("createcachetable", verbosity=0)


def _seed() -> None:
    from bildungsallianz.charter.models import FieldOfAction
    from bildungsallianz.monitoring.demo import seed

    for number, slug in enumerate(
        ["chancengerechtigkeit", "bildung-wirtschaft", "migration-integration", "vernetzung", "transparenz"], start=1
    ):
        FieldOfAction.objects.get_or_create(slug=slug, defaults={"number": number, "title": slug.title()})
    seed()


def _body(chapters: int, charts_per_chapter: int) -> list:
    body = []
    n = 0
    for chapter in range(chapters):
        body.append(("heading", f"Kapitel {chapter + 1}"))
        body += [("text", PARAGRAPH * 6)]
        for _ in range(charts_per_chapter):
            code, kind = CODES[n % len(CODES)], KINDS[(n // len(CODES)) % len(KINDS)]
            body.append(("indicator_chart", {"indicator": code, "kind": kind, "title": "", "note": ""}))
            body.append(("text", PARAGRAPH * 2))
            if n % 2:
                body.append(("indicator_table", {"title": f"Kennzahlen {n + 1}", "indicators": CODES[:4]}))
            n += 1
    body.append(("footnotes", {"text": "<p>Fußnoten.</p>"}))
    return body


def _report(slug: str, body: list):
    from wagtail.models import Page

    from bildungsallianz.reports.models import ReportIndexPage, ReportPage

    index = ReportIndexPage.objects.first()
    if index is None:
        index = ReportIndexPage(title="Berichte", slug="berichte")
        Page.get_first_root_node().add_child(instance=index)
    report = ReportPage(title=f"Benchmark {slug}", slug=slug, body=body, live=False)
    index.add_child(instance=report)
    return report


def _html(slug: str) -> tuple[int, float]:
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client()
    client.cookies["sessionid"] = "bench"  # a cookie: the whole-page cache for anonymous visitors stays out
    client.get(f"/berichte/{slug}/")
    started = time.perf_counter()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(f"/berichte/{slug}/")
    assert response.status_code == 200, response.status_code
    return len(queries), time.perf_counter() - started


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        _setup(tmp)
        from pypdf import PdfReader

        _seed()
        from bildungsallianz.reports import services
        from bildungsallianz.reports.pdf import render_pdf

        small = _report("klein", _body(1, 1))
        small.save_revision().publish()
        large = _report("gross", _body(5, 4))
        started, cpu = time.perf_counter(), time.process_time()
        large.save_revision().publish()
        publish_seconds, publish_cpu = time.perf_counter() - started, time.process_time() - cpu
        edition = large.editions.get()
        charts = sum(1 for b in edition.blocks if b["type"] == "indicator_chart" and b["svg"])

        render_pdf(edition)  # warm-up: fonts and WeasyPrint's caches, as in a running server
        started, cpu = time.perf_counter(), time.process_time()
        data = render_pdf(edition)
        pdf_seconds, pdf_cpu = time.perf_counter() - started, time.process_time() - cpu
        pages = len(PdfReader(io.BytesIO(data)).pages)
        stored_started = time.perf_counter()
        services.edition_pdf(edition)  # makes and stores
        services.edition_pdf(large.editions.get())  # reads the stored file
        stored_seconds = time.perf_counter() - stored_started - (edition.pdf_seconds or 0)

        from django.template.loader import render_to_string
        from weasyprint import HTML
        from weasyprint.urls import URLFetcher

        from bildungsallianz.reports.presentation import edition_context

        html = render_to_string("reports/report_pdf.html", edition_context(edition, pdf=True))
        started, cpu = time.perf_counter(), time.process_time()
        HTML(string=html, url_fetcher=URLFetcher(allowed_protocols={"data"})).write_pdf()
        untagged_seconds, untagged_cpu = time.perf_counter() - started, time.process_time() - cpu

        small_queries, small_seconds = _html("klein")
        large_queries, large_seconds = _html("gross")
        print(f"Lastmittel der Maschine: {os.getloadavg()[0]:.1f} ({os.cpu_count()} Kerne)")
        print("| Messung | Wert (Wanduhr; CPU-Zeit des Prozesses) |")
        print("|---|---:|")
        print(
            f"| Veröffentlichen (Blöcke auflösen, {charts} SVG-Grafiken, einfrieren) | "
            f"{publish_seconds:.2f} s; CPU {publish_cpu:.2f} s |"
        )
        print(
            f"| PDF/UA-1 mit WeasyPrint, {pages} Seiten, {charts} Grafiken | {pdf_seconds:.2f} s; CPU {pdf_cpu:.2f} s |"
        )
        print(f"| Baseline: dasselbe HTML als ungetaggtes PDF | {untagged_seconds:.2f} s; CPU {untagged_cpu:.2f} s |")
        print(f"| gespeichertes PDF erneut ausliefern | {max(stored_seconds, 0):.3f} s |")
        print(f"| HTML-Seite kleiner Bericht (1 Grafik): Abfragen / Zeit | {small_queries} / {small_seconds:.3f} s |")
        print(
            f"| HTML-Seite großer Bericht ({charts} Grafiken): Abfragen / Zeit | "
            f"{large_queries} / {large_seconds:.3f} s |"
        )
        print(f"Ziel PDF < {GOAL_SECONDS:.0f} s (Wanduhr): {'erreicht' if pdf_seconds < GOAL_SECONDS else 'VERFEHLT'}")
        print(f"Ziel PDF < {GOAL_SECONDS:.0f} s (CPU-Zeit): {'erreicht' if pdf_cpu < GOAL_SECONDS else 'VERFEHLT'}")
        print(f"Gleiche Abfragenzahl klein/groß: {'ja' if small_queries == large_queries else 'NEIN'}")


if __name__ == "__main__":
    main()

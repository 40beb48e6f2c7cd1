"""Browser: staff compose a report (text, chart, table), preview and publish it; the public page passes
axe, the PDF is tagged with bookmarks, page numbers, the chart and the table; a newer vintage imported
afterwards leaves the published numbers unchanged while the indicator page shows the new value."""

import io
import tempfile
from pathlib import Path

import pikepdf
import pytest
from pypdf import PdfReader

from tests.browser.conftest import axe_check

pytestmark = pytest.mark.django_db(transaction=True)

NEWER = (
    b"regionalschluessel;zeitraum;variable;Altersgruppe;wert\n"
    b"07317;2024;Arbeitslosenquote bez. auf alle zivile Erwerbsp.;15 bis unter 25 Jahre;9,8\n"
)


@pytest.fixture
def reports_world(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    from bildungsallianz.charter.models import FieldOfAction
    from bildungsallianz.monitoring.demo import seed as monitoring_seed
    from bildungsallianz.pages import demo as pages_demo
    from bildungsallianz.reports.tests.factories import ensure_index

    for number, slug in enumerate(
        ["chancengerechtigkeit", "bildung-wirtschaft", "migration-integration", "vernetzung", "transparenz"], start=1
    ):
        FieldOfAction.objects.get_or_create(slug=slug, defaults={"number": number, "title": slug.title()})
    monitoring_seed()
    pages_demo.seed()
    index = ensure_index()
    # A transactional test that ran before flushed Wagtail's root page, so the staff group may
    # have been made without page permissions: grant them now that the page tree exists.
    from bildungsallianz.accounts.setup import ensure_staff_group

    ensure_staff_group()
    return index


def _insert_block(page, label: str) -> None:
    page.get_by_role("button", name="Einen Block einfügen").last.click()
    page.get_by_role("option", name=label, exact=True).click()


def test_staff_compose_preview_and_publish_a_report_and_a_newer_vintage_leaves_it_unchanged(
    page, browser, live_server, login, staff, reports_world
):
    try:
        _compose_publish_and_check(page, browser, live_server, login, staff, reports_world)
    except Exception:
        page.screenshot(path=str(Path(tempfile.gettempdir()) / "reports-browser-failure.png"), full_page=True)
        raise


def _compose_publish_and_check(page, browser, live_server, login, staff, reports_world):
    from bildungsallianz.monitoring.services import import_statistics

    login(page, staff)
    page.goto(f"{live_server.url}/cms/pages/add/reports/reportpage/{reports_world.pk}/")
    page.locator("#id_title").fill("Jugend in Pirmasens")

    _insert_block(page, "Text")
    page.locator(".Draftail-Editor [contenteditable=true]").last.click()
    page.keyboard.type("Die Jugendarbeitslosigkeit ist gesunken.")

    _insert_block(page, "Indikator-Grafik mit Datentabelle")
    page.locator("select[name$='-value-indicator']").last.select_option("jugendarbeitslosenquote")
    page.locator("select[name$='-value-kind']").last.select_option("series")

    _insert_block(page, "Indikator-Tabelle")
    page.locator("select[name$='-value-indicators-0-value']").last.select_option("schulabgaenge")

    page.get_by_role("button", name="Entwurf speichern").click()
    page.wait_for_url("**/cms/pages/*/edit/")
    edit_url = page.url

    # Preview (Wagtail's side panel): the draft with today's data, nothing frozen yet.
    page.get_by_role("button", name="Vorschau umschalten").click()
    frame = page.frame_locator("#w-preview-iframe")
    frame.get_by_text("Diese Vorschau zeigt die heutigen Daten.").wait_for()
    assert frame.locator("svg[role=img]").count() == 1

    # Publish (in the action menu's dropdown); close the preview first so that it stops refreshing.
    page.get_by_role("button", name="Vorschau umschalten").click()
    page.wait_for_load_state("networkidle")
    assert page.url == edit_url
    page.locator("button[name='action-publish']").evaluate("button => button.click()")
    page.wait_for_url("**/cms/pages/*/")

    # The public page, as anybody: the frozen edition, accessible.
    context = browser.new_context(locale="de-DE", bypass_csp=True)
    public = context.new_page()
    public.goto(live_server.url + "/berichte/jugend-in-pirmasens/")
    assert public.get_by_role("heading", level=1).inner_text() == "Jugend in Pirmasens"
    assert public.locator("svg[role=img]").count() == 1
    assert "Datentabelle" in public.content() and "13211-02-05-4" in public.content()
    published_rows = public.locator("table").first.inner_text()
    assert "9,8" not in published_rows
    axe_check(public, context="veröffentlichter Bericht")

    # The PDF: downloaded by the link, tagged, bookmarks, page numbers, chart and table.
    href = public.get_by_role("link", name="Bericht als PDF herunterladen").get_attribute("href")
    response = public.request.get(live_server.url + href)
    assert response.ok and response.headers["content-type"] == "application/pdf"
    data = response.body()
    with pikepdf.open(io.BytesIO(data)) as pdf:
        assert "/StructTreeRoot" in pdf.Root and bool(pdf.Root.MarkInfo.Marked)
        with pdf.open_outline() as outline:
            titles = [item.title for item in outline.root]
        assert titles and "Jugend in Pirmasens" in titles[0]
        structure = pdf.Root.StructTreeRoot
        assert "/K" in structure
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)
    assert "Seite 1 von" in text
    assert "Datentabelle" in text and "Jugendarbeitslosenquote" in text
    assert "Quelle" in text and "13211-02-05-4" in text

    # A newer vintage: the indicator page shows it, the published report does not.
    import_statistics(data=NEWER, filename="jugend-2024.csv", source_code="13211-02-05-4")
    public.goto(live_server.url + "/daten/jugendarbeitslosenquote/")
    assert public.locator(".monitoring-value").first.inner_text().strip() == "9,8 %"
    public.goto(live_server.url + "/berichte/jugend-in-pirmasens/")
    assert public.locator("table").first.inner_text() == published_rows
    assert "9,8" not in public.locator("main").inner_text()
    context.close()

"""Browser: staff upload a statistics file in the back office; the public page shows the new value.

Every public monitoring page passes axe-core (WCAG 2.1 A/AA) on desktop and phone.
"""

import pytest

from tests.browser.conftest import _new_page, axe_check

pytestmark = pytest.mark.django_db(transaction=True)

PAGES = ["/daten/", "/daten/uebergang-schule-beruf/", "/daten/jugendarbeitslosenquote/", "/daten/sv-beschaeftigte/"]
OVERVIEWS = ["/daten/", "/daten/uebergang-schule-beruf/"]


@pytest.fixture
def monitoring_demo(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    from bildungsallianz.charter.models import FieldOfAction

    for number, slug in enumerate(
        ["chancengerechtigkeit", "bildung-wirtschaft", "migration-integration", "vernetzung", "transparenz"], start=1
    ):
        FieldOfAction.objects.get_or_create(slug=slug, defaults={"number": number, "title": slug.title()})
    from bildungsallianz.monitoring.demo import seed

    seed()


def test_staff_upload_a_file_confirm_the_preview_and_the_public_page_shows_the_new_value(
    page, live_server, login, staff, monitoring_demo, tmp_path
):
    upload = tmp_path / "jugend.csv"
    upload.write_text(
        "regionalschluessel;zeitraum;variable;Altersgruppe;wert\n"
        "07317;2024;Arbeitslosenquote bez. auf alle zivile Erwerbsp.;15 bis unter 25 Jahre;9,8\n",
        encoding="utf-8",
    )
    login(page, staff)
    page.goto(live_server.url + "/cms/importlaeufe/hochladen/")
    page.get_by_label("Statistikdatei").set_input_files(str(upload))
    page.get_by_label("Datenquelle", exact=True).select_option("13211-02-05-4")
    page.get_by_role("button", name="Datei prüfen").click()
    page.wait_for_url("**/vorschau/")
    assert page.locator("#count-new").inner_text() == "1"
    page.get_by_role("button", name="Import bestätigen").click()
    page.wait_for_load_state()
    assert page.locator("#import-state").inner_text() == "importiert"

    page.goto(live_server.url + "/daten/jugendarbeitslosenquote/")
    card = page.locator(".monitoring-value").first
    assert card.inner_text().strip() == "9,8 %"
    assert "2024" in page.content()


@pytest.mark.parametrize("path", PAGES)
def test_public_monitoring_pages_pass_axe_on_desktop_and_phone(page, phone_page, live_server, monitoring_demo, path):
    for p in (page, phone_page):
        p.goto(live_server.url + path)
        assert p.locator("h1").count() == 1
        axe_check(p, context=f"{path} ({p.viewport_size})")
    assert phone_page.locator("h1").is_visible()


@pytest.mark.parametrize("path", OVERVIEWS)
def test_overview_pages_do_not_scroll_sideways_on_a_phone(phone_page, live_server, monitoring_demo, path):
    phone_page.goto(live_server.url + path)
    width = phone_page.evaluate("document.documentElement.scrollWidth")
    assert width <= 375 + 1, f"{path} scrolls sideways on a phone ({width}px)"


DETAIL_PAGES = [
    "/daten/jugendarbeitslosenquote/",
    "/daten/sv-beschaeftigte/",
    "/daten/schulabgaenge-ohne-hauptschulabschluss-anteil/",
    "/daten/schueler-foerderschulen-anteil/",
]
#: Elements sticking out on the right or with overflowing content (e.g. a long
#: word in a heading), for the failure message: what to fix.
OVERFLOWING = """(width) => [...document.querySelectorAll('body *')]
    .filter((e) => e.getBoundingClientRect().right > width + 1
        || (e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX === 'visible'))
    .filter((e) => !e.closest('.monitoring-table-wrap') || e.matches('.monitoring-table-wrap'))
    .filter((e) => !(e instanceof SVGElement) || e.tagName === 'svg')
    .slice(-8)
    .map((e) => `${e.tagName.toLowerCase()}.${[...e.classList].join('.')}`
        + ` right=${Math.round(e.getBoundingClientRect().right)} scrollWidth=${e.scrollWidth}`
        + ` «${e.textContent.trim().slice(0, 40)}»`)"""


@pytest.mark.parametrize("width", [320, 375])
def test_no_public_monitoring_page_scrolls_sideways_on_small_phones(
    browser, live_server, monitoring_demo, foreign_requests, width
):
    """Overview, dashboard and indicator pages fit 320 and 375 px; tables scroll inside their box."""
    context, page = _new_page(
        browser, live_server, foreign_requests, viewport={"width": width, "height": 740}, is_mobile=True, has_touch=True
    )
    try:
        for path in [*OVERVIEWS, *DETAIL_PAGES]:
            page.goto(live_server.url + path)
            assert page.locator("h1").count() == 1, path
            # A mobile browser widens its layout viewport to fit wide content, so
            # innerWidth alone would grow with the overflow: compare with the device width.
            scroll, inner = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
            assert scroll <= inner == width, (
                f"{path} scrolls sideways at {width}px (scrollWidth {scroll}, innerWidth {inner}): "
                f"{page.evaluate(OVERFLOWING, width)}"
            )
            axe_check(page, context=f"{path} ({width}px)")
    finally:
        context.close()
    assert foreign_requests == [], f"Anfragen an fremde Hosts: {foreign_requests}"


def test_the_preview_says_how_many_old_gemeinde_keys_were_mapped_and_passes_axe(
    page, live_server, login, staff, monitoring_demo, tmp_path
):
    """Real key change: Lahr 07135050 became 07140502 on 1 July 2014 (Destatis 07/2014/0003-R)."""
    upload = tmp_path / "alt.csv"
    upload.write_text("regionalschluessel;zeitraum;variable;unit;wert\n07135050;2013;EW;Anzahl;1\n", encoding="utf-8")
    login(page, staff)
    page.goto(live_server.url + "/cms/importlaeufe/hochladen/")
    page.get_by_label("Statistikdatei").set_input_files(str(upload))
    page.get_by_label("oder neue Datenquelle (Kürzel)").fill("eigene-zahlen")
    page.get_by_role("button", name="Datei prüfen").click()
    page.wait_for_url("**/vorschau/")
    assert "1 alter Schlüssel auf heutige Gemeinden abgebildet" in page.locator("#old-keys").inner_text()
    axe_check(page, context="Vorschau mit alten Schlüsseln")


def test_the_indicator_page_of_a_landkreis_shows_its_gemeinden_and_passes_axe_on_a_small_phone(
    browser, page, live_server, monitoring_demo, settings, foreign_requests
):
    """A Bildungsbüro of a Landkreis (Südwestpfalz): its Gemeinden as chart and table, axe-clean, no sideways scroll."""
    from bildungsallianz.monitoring.models import Indicator, IndicatorValue, Region

    settings.MUNICIPALITY_AGS = "07340"
    indicator = Indicator.objects.get(code="schueler")
    gemeinden = list(Region.objects.gemeinden_of("07340").order_by("key")[:30])
    regions = [*gemeinden, Region.objects.get(key="07340")]
    IndicatorValue.objects.filter(indicator=indicator, region__in=regions, period="2023").delete()
    IndicatorValue.objects.bulk_create(
        IndicatorValue(indicator=indicator, region=region, period="2023", year=2023, value=10 + i)
        for i, region in enumerate(regions)
    )
    path = "/daten/schueler/"
    page.goto(live_server.url + path)
    section = page.locator("section", has=page.locator("#gemeinden-h"))
    section.get_by_text("Tabelle mit 30 Gemeinden anzeigen").click()
    assert section.get_by_role("row").count() == 1 + 1 + 30  # header, the Landkreis, its Gemeinden
    assert section.locator("svg[role=img]").count() == 1
    axe_check(page, context=f"{path} Landkreis")
    context, small = _new_page(
        browser, live_server, foreign_requests, viewport={"width": 320, "height": 740}, is_mobile=True, has_touch=True
    )
    try:
        small.goto(live_server.url + path)
        scroll, inner = small.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
        assert scroll <= inner == 320, small.evaluate(OVERFLOWING, 320)
        axe_check(small, context=f"{path} Landkreis (320px)")
    finally:
        context.close()
    assert foreign_requests == []

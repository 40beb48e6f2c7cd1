"""Public pages, CSV, back-office import views: permissions, content, query counts."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from bildungsallianz.monitoring.models import Indicator, IndicatorValue, Observation, PreviousValue, Region

from .samples import CLASSIC, classic_bytes

pytestmark = pytest.mark.django_db

PUBLIC = [
    "/daten/",
    "/daten/uebergang-schule-beruf/",
    "/daten/jugendarbeitslosenquote/",
    "/daten/sv-beschaeftigte/",
    "/daten/jugendarbeitslosenquote/csv/",
]


@pytest.fixture(autouse=True)
def _plain_http(settings):
    settings.SECURE_SSL_REDIRECT = False


@pytest.mark.parametrize("url", PUBLIC)
def test_public_pages_and_the_csv_are_open_to_every_persona(demo, persona, url):
    _name, client = persona
    assert client.get(url).status_code == 200


def test_the_overview_shows_the_latest_values_of_the_municipality(demo, client):
    html = client.get("/daten/").content.decode()
    assert "412" in html
    assert "11,2" in html
    assert "39.761" in html
    assert "Allgemeinbildende Schulen" in html and "Übergang Schule–Beruf" in html
    assert "nichts vorhanden" in html  # the legend


def test_the_overview_compares_shares_with_land_and_bund_but_not_absolute_counts(demo, client):
    from bildungsallianz.monitoring.selectors import Row

    rows = client.get("/daten/").context["rows"]
    counts = [r for r in rows if not r.indicator.compares_across_regions]
    shares = [r for r in rows if r.indicator.compares_across_regions and r.land and r.own]
    assert counts and shares
    assert all(isinstance(r, Row) and r.position == "" for r in counts)
    assert any(("über" in r.position or "unter" in r.position) for r in shares)


def test_employees_2025_are_shown_with_the_published_dash_not_as_zero(demo, client):
    html = client.get("/daten/sv-beschaeftigte/").content.decode()
    assert "nichts vorhanden (–)" in html
    assert "30.06.2025" in html
    assert '<span class="monitoring-value">–</span>' in html
    assert '<span class="monitoring-value">0' not in html
    assert "20.258" in html  # 2023 in the series


def test_the_indicator_page_has_accessible_charts_tables_and_attribution(demo, client):
    html = client.get("/daten/schulabgaenge-ohne-hauptschulabschluss-anteil/").content.decode()
    assert html.count('role="img"') == 3
    assert '<title id="zeitreihe-title">' in html and '<desc id="vergleich-desc">' in html
    assert "16,5" in html
    assert "Kaiserslautern, kreisfreie Stadt" in html  # a peer
    assert "© Statistische Ämter des Bundes und der Länder, Deutschland, 2025" in html
    assert "dl-de/by-2-0" in html
    assert "Zähler" in html and "Nenner" in html


def test_the_csv_has_bom_semicolons_german_headers_and_the_shown_rows(demo, client):
    response = client.get("/daten/jugendarbeitslosenquote/csv/")
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeffTabelle;Regionalschlüssel;Region;Zeitraum;Wert")
    assert "Zeitreihe;07317;Pirmasens, kreisfreie Stadt;2023;11,2;%;;" in text
    assert 390 <= text.count("Alle Kreise;") <= 400
    assert response["Content-Type"].startswith("text/csv")


def test_the_csv_keeps_a_special_value_as_status_with_reason(demo, client):
    text = client.get("/daten/sv-beschaeftigte/csv/").content.decode("utf-8")
    assert "Zeitreihe;07317;Pirmasens, kreisfreie Stadt;30.06.2025;;Anzahl;-;nichts vorhanden (–)" in text


def test_an_unknown_indicator_is_404(catalogue, client):
    assert client.get("/daten/gibt-es-nicht/").status_code == 404
    assert client.get("/daten/gibt-es-nicht/csv/").status_code == 404


def _fill(indicator, n_kreise, years):
    kreise = list(Region.objects.kreise()[:n_kreise])
    core = list(Region.objects.filter(key__in=["07317", "07", "DG"]))
    IndicatorValue.objects.filter(indicator=indicator).delete()
    IndicatorValue.objects.bulk_create(
        IndicatorValue(indicator=indicator, region=r, period=str(y), year=y, value=i + y % 7)
        for y in years
        for i, r in enumerate({*kreise, *core})
    )


def _count(client, url):
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(url).status_code == 200
    return len(ctx)


def test_the_pages_cost_the_same_number_of_queries_for_ten_times_the_regions_and_years(catalogue, client):
    indicator = Indicator.objects.get(code="jugendarbeitslosenquote")
    urls = [
        "/daten/",
        "/daten/uebergang-schule-beruf/",
        "/daten/jugendarbeitslosenquote/",
        "/daten/jugendarbeitslosenquote/csv/",
    ]
    _fill(indicator, 40, [2023])
    small = {url: _count(client, url) for url in urls}
    _fill(indicator, 400, range(2014, 2024))
    large = {url: _count(client, url) for url in urls}
    assert small == large


def test_the_indicator_page_needs_at_most_a_handful_of_queries(demo, client, django_assert_max_num_queries):
    client.get("/daten/jugendarbeitslosenquote/")
    with django_assert_max_num_queries(8):
        client.get("/daten/jugendarbeitslosenquote/")
    with django_assert_max_num_queries(8):
        client.get("/daten/")


# --- back office ---------------------------------------------------------------------------------------------

UPLOAD = "/cms/importlaeufe/hochladen/"


@pytest.mark.parametrize("name", ["editor_a", "editor_b", "wg_member"])
def test_non_staff_can_never_reach_or_use_the_import(regions, request, client, name):
    """Partners may not enter the admin at all: Wagtail sends them to the login."""
    client.force_login(request.getfixturevalue(name))
    response = client.get(UPLOAD)
    assert response.status_code == 302
    assert "/konto/anmelden/" in response["Location"]
    from django.core.files.uploadedfile import SimpleUploadedFile

    response = client.post(UPLOAD, {"file": SimpleUploadedFile("t.csv", classic_bytes())})
    assert response.status_code == 302
    assert "/konto/anmelden/" in response["Location"]
    assert Observation.objects.count() == 0


def test_anonymous_is_sent_to_the_login(regions, client):
    response = client.get(UPLOAD)
    assert response.status_code == 302
    assert "login" in response["Location"] or "anmelden" in response["Location"]


def test_staff_upload_previews_and_execute_writes(catalogue, client, staff):
    from django.core.files.uploadedfile import SimpleUploadedFile

    client.force_login(staff)
    assert client.get(UPLOAD).status_code == 200
    response = client.post(UPLOAD, {"file": SimpleUploadedFile("t.csv", classic_bytes())})
    assert response.status_code == 302
    preview_url = response["Location"]
    page = client.get(preview_url).content.decode()
    assert "Vorschau" in page and "07317" in page
    assert Observation.objects.count() == 0
    client.post(preview_url, {"action": "execute"})
    assert Observation.objects.count() == 12
    newer = CLASSIC.replace("412;208;68;...", "500;208;68;...")
    response = client.post(UPLOAD, {"file": SimpleUploadedFile("t2.csv", classic_bytes(newer))})
    client.post(response["Location"], {"action": "execute"})
    assert PreviousValue.objects.count() == 1
    assert Observation.objects.get(region__key="07317", breakdown_key="").value == 500


def test_staff_see_a_german_error_for_a_broken_upload_and_nothing_is_saved(regions, client, staff, settings):
    from django.core.files.uploadedfile import SimpleUploadedFile

    client.force_login(staff)
    response = client.post(UPLOAD, {"file": SimpleUploadedFile("t.csv", classic_bytes(CLASSIC.split("__________")[0]))})
    assert response.status_code == 200
    assert "Fußzeile" in response.content.decode()
    settings.MONITORING_UPLOAD_MAX_BYTES = 50
    response = client.post(UPLOAD, {"file": SimpleUploadedFile("t.csv", classic_bytes())})
    assert "zu groß" in response.content.decode()
    assert Observation.objects.count() == 0


def test_staff_can_discard_a_preview(regions, client, staff):
    from django.core.files.uploadedfile import SimpleUploadedFile

    client.force_login(staff)
    response = client.post(UPLOAD, {"file": SimpleUploadedFile("t.csv", classic_bytes())})
    client.post(response["Location"], {"action": "discard"})
    assert Observation.objects.count() == 0


@pytest.mark.parametrize(
    "url", ["/cms/indikatoren/", "/cms/datenquellen/", "/cms/gebietseinheiten/", "/cms/importlaeufe/"]
)
def test_the_back_office_lists_open_for_staff(regions, client, staff, url):
    client.force_login(staff)
    assert client.get(url).status_code == 200


def test_the_demo_seed_is_idempotent(demo):
    from bildungsallianz.monitoring.demo import seed
    from bildungsallianz.monitoring.models import ImportRun

    runs, values = ImportRun.objects.count(), IndicatorValue.objects.count()
    seed()
    assert (ImportRun.objects.count(), IndicatorValue.objects.count()) == (runs, values)

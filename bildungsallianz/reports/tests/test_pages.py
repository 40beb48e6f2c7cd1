"""The public report page costs a constant number of queries; demo data; Kommunalprofil; news links."""

import pytest

from bildungsallianz.reports.models import Edition, ReportPage

from .factories import CHART, TABLE, make_report


@pytest.mark.parametrize("size", [1, 12])
def test_the_report_page_costs_the_same_queries_whatever_its_length(
    client, monitoring_demo, report_index, django_assert_max_num_queries, size
):
    body = [("heading", "Kapitel"), ("text", "<p>Text</p>"), CHART, TABLE] * size
    make_report(body=body)
    client.cookies["sessionid"] = "x"  # keeps the whole-page cache for anonymous visitors out of the count
    client.get("/berichte/test-bericht/")  # warm the site caches
    with django_assert_max_num_queries(8):
        response = client.get("/berichte/test-bericht/")
    assert response.content.decode().count("<svg") >= size
    with django_assert_max_num_queries(8):
        client.get("/berichte/test-bericht/ausgabe/1/")


def test_the_demo_report_is_published_once_with_real_figures(client, monitoring_demo, site_pages, stdout=None):
    from bildungsallianz.charter.demo import seed as charter_seed
    from bildungsallianz.reports import demo

    charter_seed()
    demo.seed()
    demo.seed()
    report = ReportPage.objects.get(slug=demo.SLUG)
    assert Edition.objects.filter(report=report).count() == 1
    html = client.get(report.url).content.decode()
    assert "Übergang Schule–Beruf in Pirmasens 2025" in html
    assert "13211-02-05-4" in html and "21111-02-06-4" in html
    assert html.count("<svg") == 4  # two charts each for two indicators
    assert client.get("/berichte/").status_code == 200


def test_the_kommunalprofil_lists_every_indicator_with_value_change_and_position(client, monitoring_demo):
    from bildungsallianz.monitoring.models import Indicator

    html = client.get("/berichte/kommunalprofil/").content.decode()
    for indicator in Indicator.objects.published():
        assert indicator.name in html
    assert "Rang " in html and "Zeichenerklärung" in html


def test_a_news_page_links_a_published_report_but_not_a_draft(client, site_pages, report_index):
    from bildungsallianz.pages.models import NewsPage

    news = NewsPage.objects.live().first()
    draft = make_report(slug="entwurf", publish=False, body=[("text", "<p>x</p>")])
    news.report = draft
    news.save_revision().publish()
    assert "Zum Bericht" not in client.get(news.url).content.decode()
    published = make_report(body=[("text", "<p>x</p>")])
    news.report = published
    news.save_revision().publish()
    assert "/berichte/test-bericht/" in client.get(news.url).content.decode()


def test_a_report_of_a_landkreis_can_chart_its_gemeinden_with_a_data_table(
    client, monitoring_demo, report_index, settings
):
    """Chart kind "Gemeinden des eigenen Landkreises": the same cells as the indicator page, frozen in the edition."""
    from bildungsallianz.monitoring.models import Indicator, IndicatorValue, Region

    settings.MUNICIPALITY_AGS = "07340"
    indicator = Indicator.objects.get(code="schueler-foerderschulen-anteil")
    values = {"07340": "4.5", "07340001": "2.0", "07340028": "6.5", "07340205": "3.0"}
    for key, value in values.items():
        IndicatorValue.objects.update_or_create(
            indicator=indicator,
            region=Region.objects.get(key=key),
            period="2023",
            defaults={"year": 2023, "value": value},
        )
    chart = {"indicator": indicator.code, "kind": "gemeinden", "title": "", "note": ""}
    make_report(body=[("indicator_chart", chart)])
    html = client.get("/berichte/test-bericht/").content.decode()
    kreis = Region.objects.get(key="07340").name
    assert f"Gemeinden von {kreis}" in html
    assert f"3 Gemeinden mit Wert, von 2,0 bis 6,5; {kreis} insgesamt: 4,5" in html  # the chart's text
    for key in ("07340001", "07340028", "07340205"):
        assert Region.objects.get(key=key).name in html  # the data table under the chart


def test_a_report_chart_of_gemeinden_whose_values_are_all_secret_shows_the_table_but_no_empty_chart(
    client, monitoring_demo, report_index, settings
):
    from bildungsallianz.monitoring.models import Indicator, IndicatorValue, Region

    settings.MUNICIPALITY_AGS = "07340"
    indicator = Indicator.objects.get(code="schueler")
    for key in ("07340001", "07340028"):
        IndicatorValue.objects.update_or_create(
            indicator=indicator,
            region=Region.objects.get(key=key),
            period="2023",
            defaults={"year": 2023, "value": None, "status": "."},
        )
    chart = {"indicator": indicator.code, "kind": "gemeinden", "title": "", "note": ""}
    make_report(body=[("indicator_chart", chart)])
    html = client.get("/berichte/test-bericht/").content.decode()
    assert "0 Gemeinden mit Wert" not in html and "Gemeinden mit Wert" not in html
    assert Region.objects.get(key="07340028").name in html  # the table with the "." cells

"""Reports in the read API: published editions with the figures they froze, never drafts."""

import pytest

from bildungsallianz.monitoring.services import import_statistics
from bildungsallianz.reports.tests.factories import CHART, TABLE, make_report

pytestmark = pytest.mark.django_db

NEWER = (
    b"regionalschluessel;zeitraum;variable;Altersgruppe;wert\n"
    b"07317;2024;Arbeitslosenquote bez. auf alle zivile Erwerbsp.;15 bis unter 25 Jahre;9,8\n"
)


@pytest.fixture
def report(monitoring_demo, site_pages, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return make_report(body=[("heading", "Übergang"), CHART, TABLE])


def test_published_reports_are_listed_with_their_editions_and_drafts_are_not(client, report):
    make_report(slug="entwurf", title="Entwurf", publish=False)
    listed = client.get("/api/v1/reports").json()
    assert [r["slug"] for r in listed] == ["test-bericht"]
    (edition,) = listed[0]["editions"]
    assert edition["number"] == 1
    assert edition["url"].endswith("/berichte/test-bericht/ausgabe/1/")
    assert client.get("/api/v1/reports/entwurf").status_code == 404
    assert client.get("/api/v1/reports/test-bericht/editions/2").status_code == 404


def test_an_edition_gives_its_frozen_figures_with_sources_and_keeps_them_after_a_new_import(client, report):
    url = "/api/v1/reports/test-bericht/editions/1"
    before = client.get(url).json()
    youth = [f for f in before["figures"] if f["indicator"] == "jugendarbeitslosenquote"]
    assert youth and all(f["period"] and f["region"] for f in youth)
    assert {f["block"] for f in before["figures"]} == {"indicator_chart", "indicator_table"}
    (source,) = [s for s in before["sources"] if s["table_code"] == "13211-02-05-4"]
    assert source["licence"] == "dl-de/by-2-0" and source["import_run"] is not None
    import_statistics(data=NEWER, filename="jugend-2024.csv", source_code="13211-02-05-4")
    after = client.get(url).json()
    assert after["figures"] == before["figures"]
    assert "9.8" not in {f["value"] for f in after["figures"]}


def test_special_values_are_a_status_never_a_number(client, report):
    figures = client.get("/api/v1/reports/test-bericht/editions/1").json()["figures"]
    assert figures
    for figure in figures:
        if figure["value"] is None:
            assert figure["status"]
        else:
            float(figure["value"])

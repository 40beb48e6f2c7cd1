"""Publishing freezes the numbers; a newer vintage changes the indicator page, not the published report."""

import io

import pytest

from bildungsallianz.monitoring.services import import_statistics
from bildungsallianz.reports.models import Edition, ReportPage
from bildungsallianz.reports.snapshot import changes_since

from .factories import CHART, make_report

NEWER = (
    b"regionalschluessel;zeitraum;variable;Altersgruppe;wert\n"
    b"07317;2024;Arbeitslosenquote bez. auf alle zivile Erwerbsp.;15 bis unter 25 Jahre;9,8\n"
)


def _import_newer_vintage():
    import_statistics(data=NEWER, filename="jugend-2024.csv", source_code="13211-02-05-4")


def test_an_edition_names_the_sources_import_runs_and_reference_dates(monitoring_demo, report_index):
    report = make_report(body=[CHART])
    snapshot = report.editions.get().snapshot
    chart = snapshot["blocks"][0]
    assert chart["indicator"]["code"] == "jugendarbeitslosenquote"
    assert chart["cells"] and all(c["period"] for c in chart["cells"])
    (source,) = snapshot["sources"]
    assert source["table_code"] == "13211-02-05-4"
    assert source["licence"] == "dl-de/by-2-0"
    assert source["import_run"] is not None and source["reference_date"]


def test_a_newer_vintage_leaves_the_published_report_unchanged_and_staff_see_the_change(
    client, monitoring_demo, report_index, staff
):
    make_report()
    before = client.get("/berichte/test-bericht/").content.decode()
    assert "9,8" not in before

    _import_newer_vintage()

    assert "9,8" in client.get("/daten/jugendarbeitslosenquote/").content.decode()
    after = client.get("/berichte/test-bericht/").content.decode()
    assert "9,8" not in after
    assert after.count("<tr") == before.count("<tr")
    report = ReportPage.objects.get(slug="test-bericht")
    changes = changes_since(report.editions.get().snapshot)
    assert any(c["kind"] == "newer" and c["period"] == "2024" and c["region_key"] == "07317" for c in changes)

    client.force_login(staff)
    status = client.get(f"/cms/berichte/{report.pk}/").content.decode()
    assert "neuerer Zeitraum" in status


def test_staff_publish_a_new_edition_and_the_earlier_one_stays_reachable(client, monitoring_demo, report_index, staff):
    report = make_report()
    _import_newer_vintage()
    client.force_login(staff)
    response = client.post(f"/cms/berichte/{report.pk}/neue-ausgabe/")
    assert response.status_code == 302
    assert list(report.editions.values_list("number", flat=True).order_by("number")) == [1, 2]
    client.logout()
    assert "9,8" in client.get("/berichte/test-bericht/").content.decode()
    first = client.get("/berichte/test-bericht/ausgabe/1/").content.decode()
    assert "9,8" not in first and "frühere Ausgabe" in first
    assert changes_since(report.editions.get(number=2).snapshot) == []


def test_publishing_again_in_wagtail_adds_an_edition_with_the_new_text(monitoring_demo, report_index, client):
    report = make_report(body=[("text", "<p>Erste Fassung</p>")])
    report.body = [("text", "<p>Zweite Fassung</p>")]
    report.save_revision().publish()
    assert Edition.objects.filter(report=report).count() == 2
    assert "Zweite Fassung" in client.get("/berichte/test-bericht/").content.decode()
    assert "Erste Fassung" in client.get("/berichte/test-bericht/ausgabe/1/").content.decode()


def test_an_unpublished_report_hides_all_its_editions(client, report_index):
    report = make_report(body=[("text", "<p>x</p>")])
    report.unpublish()
    assert client.get("/berichte/test-bericht/").status_code == 404
    assert client.get("/berichte/test-bericht/ausgabe/1/").status_code == 404
    assert client.get("/berichte/test-bericht/ausgabe/1/pdf/").status_code == 404


def test_a_draft_is_a_preview_with_todays_data_for_staff_only(client, report_index, staff, monitoring_demo):
    make_report(publish=False)
    assert client.get("/berichte/test-bericht/").status_code == 404
    client.force_login(staff)
    html = client.get("/berichte/test-bericht/").content.decode()
    assert "Vorschau" in html and "<svg" in html
    assert not Edition.objects.exists()


def test_wagtail_preview_draws_the_draft_without_freezing(rf, report_index, staff, monitoring_demo):
    report = make_report(publish=False)
    request = rf.get("/")
    request.user = staff
    response = report.serve_preview(request, "")
    assert response.status_code == 200
    assert "Vorschau" in response.content.decode()
    assert not Edition.objects.exists()


def test_the_template_creates_a_draft_with_the_chapters_of_the_leitfaden(client, staff, report_index, monitoring_demo):
    client.force_login(staff)
    response = client.post("/cms/berichte/vorlage/", {"title": "Bildungsbericht 2026"})
    assert response.status_code == 302
    report = ReportPage.objects.get(slug="bildungsbericht-2026")
    assert not report.live
    headings = [b.value for b in report.get_latest_revision_as_object().body if b.block_type == "heading"]
    for chapter in (
        "Rahmenbedingungen",
        "Frühkindliche Bildung",
        "Allgemeinbildende Schulen",
        "Berufliche Bildung",
        "Hochschule",
        "Weiterbildung",
        "Übergänge",
    ):
        assert chapter in headings
    assert client.get(f"/cms/pages/{report.pk}/edit/").status_code == 200


@pytest.mark.parametrize("title", ["", "   "])
def test_the_template_without_a_title_says_so_in_german_and_creates_nothing(client, staff, report_index, title):
    client.force_login(staff)
    response = client.post("/cms/berichte/vorlage/", {"title": title})
    assert response.status_code == 400
    assert "Bitte geben Sie einen Titel an." in response.content.decode()
    assert not ReportPage.objects.exists()


def test_the_template_without_a_report_index_says_so_and_creates_nothing(client, staff, site_pages):
    client.force_login(staff)
    response = client.post("/cms/berichte/vorlage/", {"title": "Bericht"})
    assert response.status_code == 400
    assert "Berichte" in response.content.decode()
    assert not ReportPage.objects.exists()


def test_a_new_edition_of_an_unpublished_report_is_refused(client, staff, report_index):
    report = make_report(publish=False, body=[("text", "<p>x</p>")])
    client.force_login(staff)
    response = client.post(f"/cms/berichte/{report.pk}/neue-ausgabe/", follow=True)
    assert "Nur ein veröffentlichter Bericht" in response.content.decode()
    assert not Edition.objects.exists()


def test_an_indicator_that_is_no_longer_published_is_named_not_crashed(client, monitoring_demo, report_index):
    from bildungsallianz.monitoring.models import Indicator

    Indicator.objects.filter(code="jugendarbeitslosenquote").update(published=False)
    make_report(body=[CHART])
    assert "nicht (mehr) veröffentlicht" in client.get("/berichte/test-bericht/").content.decode()


def test_the_pdf_is_made_once_per_edition_and_stored(client, report_index, monkeypatch):
    from bildungsallianz.reports import pdf

    make_report(body=[("heading", "Kapitel"), ("text", "<p>x</p>")])
    calls = []
    original = pdf.render_pdf
    monkeypatch.setattr(pdf, "render_pdf", lambda edition: calls.append(1) or original(edition))
    first = client.get("/berichte/test-bericht/pdf/")
    second = client.get("/berichte/test-bericht/ausgabe/1/pdf/")
    assert first.status_code == second.status_code == 200
    assert b"".join(first) if hasattr(first, "streaming_content") else first.content == second.content
    assert calls == [1]
    edition = Edition.objects.get()
    assert edition.pdf.name.endswith(".pdf") and edition.pdf_seconds is not None
    assert io.BytesIO(first.content).read(5) == b"%PDF-"

from bildungsallianz.reports.models import Edition

from .factories import make_report


def test_publishing_a_report_freezes_an_edition_and_the_page_shows_it(client, monitoring_demo, report_index):
    report = make_report()
    edition = Edition.objects.get(report=report)
    assert edition.number == 1
    response = client.get("/berichte/test-bericht/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "<svg" in html
    assert "Datentabelle" in html
    pdf = client.get("/berichte/test-bericht/pdf/")
    assert pdf.status_code == 200
    assert pdf.content[:5] == b"%PDF-"

"""Reports for tests: a page under the index, published through Wagtail (which freezes an edition)."""

from wagtail.models import Page

from bildungsallianz.reports.models import ReportIndexPage, ReportPage

CHART = ("indicator_chart", {"indicator": "jugendarbeitslosenquote", "kind": "series", "title": "", "note": ""})
TABLE = ("indicator_table", {"title": "Übergang", "indicators": ["jugendarbeitslosenquote", "schulabgaenge"]})


def ensure_index() -> ReportIndexPage:
    index = ReportIndexPage.objects.first()
    if index is None:
        from bildungsallianz.pages.models import HomePage

        home = HomePage.objects.first() or Page.objects.get(depth=1)
        index = ReportIndexPage(title="Berichte", slug="berichte")
        home.add_child(instance=index)
    return index


def make_report(*, slug="test-bericht", title="Testbericht", body=None, publish=True, user=None) -> ReportPage:
    index = ensure_index()
    body = body if body is not None else [("heading", "Kapitel eins"), ("text", "<p>Ein Text.</p>"), CHART, TABLE]
    report = ReportPage(title=title, slug=slug, body=body, live=False)
    index.add_child(instance=report)
    revision = report.save_revision(user=user)
    if publish:
        revision.publish(user=user)
        report.refresh_from_db()
    return report

"""The PDF of an edition: tagged (PDF/UA-1), bookmarks, table of contents, page numbers, chart and table."""

import io

import pikepdf
from pypdf import PdfReader

from .factories import CHART, TABLE, make_report


def _pdf(client):
    response = client.get("/berichte/test-bericht/pdf/")
    assert response.status_code == 200
    return response.content


def test_the_pdf_is_tagged_with_bookmarks_page_numbers_chart_and_table(client, monitoring_demo, report_index):
    make_report(body=[("heading", "Übergang Schule–Beruf"), ("text", "<p>Einordnung</p>"), CHART, TABLE])
    data = _pdf(client)
    with pikepdf.open(io.BytesIO(data)) as pdf:
        root = pdf.Root
        assert "/StructTreeRoot" in root
        assert bool(root.MarkInfo.Marked) is True
        assert str(root.Lang).startswith("de")
        assert "/Outlines" in root
        with pdf.open_outline() as outline:
            titles = [item.title for item in outline.root]
        assert "Testbericht" in titles[0]
        tags = set()

        def walk(node, depth=0):
            if depth > 40:
                return
            if isinstance(node, pikepdf.Dictionary) and "/S" in node:
                tags.add(str(node.S))
            kids = node.get("/K") if isinstance(node, pikepdf.Dictionary) else None
            if isinstance(kids, pikepdf.Array):
                for kid in kids:
                    walk(kid, depth + 1)
            elif isinstance(kids, pikepdf.Dictionary):
                walk(kids, depth + 1)

        walk(root.StructTreeRoot)
        assert {"/Table", "/TH", "/TD", "/Figure", "/H1", "/H2"} <= tags, tags
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    assert "Seite 1 von" in text
    assert "Datentabelle" in text and "Jugendarbeitslosenquote" in text
    assert "Inhalt" in text and "13211-02-05-4" in text

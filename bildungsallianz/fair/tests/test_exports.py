"""The exhibitor list as PDF (German and French) and the printable hall plan."""

import io

import pytest
from pypdf import PdfReader

from bildungsallianz.fair import selectors, services
from bildungsallianz.fair.models import Exhibitor

from .factories import EditionFactory, ExhibitorFactory

pytestmark = pytest.mark.django_db


def _confirmed(edition, stand, name):
    exhibitor = ExhibitorFactory(edition=edition, organisation__name=name, apprenticeship_places=3)
    return services.exhibitor_confirm(exhibitor=exhibitor, stand_number=stand, by=None)


def _text(response) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages)


def test_the_pdf_lists_confirmed_exhibitors_with_the_hall_plan(client):
    edition = EditionFactory()
    _confirmed(edition, "A10", "Autohaus Becker GmbH")
    _confirmed(edition, "A2", "Stadtwerke Pirmasens")
    ExhibitorFactory(edition=edition, organisation__name="Noch Nicht Bestätigt AG")
    response = client.get(f"/bib/{edition.slug}/aussteller.pdf")
    assert response["Content-Type"] == "application/pdf"
    text = _text(response)
    assert "Hallenplan" in text and "Reihe A" in text and "Autohaus Becker GmbH" in text
    assert "Noch Nicht Bestätigt" not in text


def test_the_pdf_in_french_for_the_french_schools(client):
    edition = EditionFactory()
    _confirmed(edition, "B1", "Stadtwerke Pirmasens")
    text = _text(client.get(f"/fr/bib/{edition.slug}/aussteller.pdf"))
    assert "Exposants" in text and "Plan du hall" in text


def test_a_filtered_pdf_has_only_the_matching_exhibitors(client):
    edition = EditionFactory()
    _confirmed(edition, "A1", "Autohaus Becker GmbH")
    _confirmed(edition, "A2", "Stadtwerke Pirmasens")
    text = _text(client.get(f"/bib/{edition.slug}/aussteller.pdf?q=Autohaus"))
    assert "Autohaus Becker" in text and "Stadtwerke" not in text


def test_the_hall_plan_orders_stands_naturally_by_row(client):
    edition = EditionFactory()
    for stand, name in [("B1", "Bäckerei Koch"), ("A10", "Autohaus Becker"), ("A2", "Stadtwerke"), ("7", "Polizei")]:
        _confirmed(edition, stand, name)
    rows = selectors.hall_plan(Exhibitor.objects.filter(edition=edition))
    assert [(r.label, [e.stand_number for e in r.exhibitors]) for r in rows] == [
        ("", ["7"]),
        ("A", ["A2", "A10"]),
        ("B", ["B1"]),
    ]
    page = client.get(f"/bib/{edition.slug}/hallenplan/")
    assert "Reihe A" in page.text and page.text.index("Stadtwerke") < page.text.index("Autohaus Becker")

"""Open data: downloads of every public list and the DCAT-AP.de catalogue."""

import csv
import io
import json
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pyshacl import validate
from rdflib import Graph, URIRef
from rdflib.namespace import DCAT, DCTERMS, RDF

from bildungsallianz.core.review.states import ReviewStatus as Status
from bildungsallianz.monitoring.models import IndicatorValue
from bildungsallianz.offers.tests.factories import OfferFactory, OfferPlaceFactory, PublishedOfferFactory
from bildungsallianz.organisations.tests.factories import OrganisationFactory

pytestmark = pytest.mark.django_db
SHAPES = Path(__file__).resolve().parent.parent / "opendata" / "shapes.ttl"
DL_DE_BY = URIRef("http://dcat-ap.de/def/licenses/dl-by-de/2.0")


@pytest.fixture
def offers(db):
    provider = OrganisationFactory(name="Städtisches Krankenhaus", slug="krankenhaus")
    published = PublishedOfferFactory(provider=provider, title="Praktikum Pflege", slug="praktikum-pflege")
    OfferPlaceFactory(offer=published)
    PublishedOfferFactory(provider=provider, title="=HYPERLINK(1)", slug="formel")
    OfferFactory(provider=provider, title="Entwurf", slug="entwurf", status=Status.DRAFT)
    return published


def _csv(response, delimiter):
    text = b"".join(response.streaming_content if response.streaming else [response.content]).decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text), delimiter=delimiter))


def test_the_offer_list_downloads_with_semicolons_or_commas_and_only_published_offers(client, offers):
    semicolon = client.get("/api/v1/downloads/offers.csv")
    assert semicolon.status_code == 200
    assert semicolon["Content-Disposition"] == 'attachment; filename="offers.csv"'
    rows = _csv(semicolon, ";")
    titles = [row[1] for row in rows[1:]]
    assert sorted(titles) == ["'=HYPERLINK(1)", "Praktikum Pflege"]
    comma = _csv(client.get("/api/v1/downloads/offers.csv?delimiter=comma"), ",")
    assert comma[0] == rows[0]


def test_the_offer_list_downloads_as_json_xlsx_and_its_places_as_geojson(client, offers):
    records = json.loads(client.get("/api/v1/downloads/offers.json").content)
    assert {r["kurzadresse"] for r in records} == {"praktikum-pflege", "formel"}
    workbook = load_workbook(io.BytesIO(client.get("/api/v1/downloads/offers.xlsx").content))
    assert workbook.active.max_row == 3
    geo = json.loads(client.get("/api/v1/downloads/offers.geojson").content)
    assert geo["type"] == "FeatureCollection"
    assert [f["properties"]["titel"] for f in geo["features"]] == ["Praktikum Pflege"]
    assert geo["features"][0]["geometry"]["coordinates"] == [7.6, 49.2]


def test_an_unknown_list_or_format_is_not_found(client, offers):
    assert client.get("/api/v1/downloads/gibt-es-nicht.csv").status_code == 404
    assert client.get("/api/v1/downloads/offers.pdf").status_code == 404


def test_hidden_partners_are_not_in_the_partner_list(client):
    OrganisationFactory(name="Sichtbar", slug="sichtbar")
    OrganisationFactory(name="Verborgen", slug="verborgen", is_public=False)
    records = json.loads(client.get("/api/v1/downloads/organisations.json").content)
    assert [r["kurzadresse"] for r in records] == ["sichtbar"]


def test_indicator_values_keep_the_special_value_status_column(client, monitoring_demo):
    special = IndicatorValue.objects.exclude(status="").select_related("indicator", "region").first()
    assert special is not None, "the demo has an indicator value without a number"
    records = json.loads(client.get("/api/v1/downloads/indicator-values.json").content)
    mine = [
        r
        for r in records
        if r["indikator"] == special.indicator.code
        and r["regionalschluessel"] == special.region.key
        and r["zeitraum"] == special.period
    ]
    assert mine and mine[0]["wert"] is None and mine[0]["kennzeichen"] == special.status


def test_the_catalogue_parses_and_has_every_mandatory_dcat_ap_de_property(client, offers, monitoring_demo):
    turtle = client.get("/api/dcat/katalog.ttl")
    assert turtle.status_code == 200
    graph = Graph().parse(data=turtle.content.decode(), format="turtle")
    conforms, _report, text = validate(graph, shacl_graph=str(SHAPES), shacl_graph_format="turtle")
    assert conforms, text
    datasets = set(graph.subjects(RDF.type, DCAT.Dataset))
    titles = {str(graph.value(d, DCTERMS.identifier)) for d in datasets}
    assert {"offers", "organisations", "indicator-values"} <= titles
    assert any(t.startswith("indikatoren-") for t in titles)
    jsonld = Graph().parse(data=client.get("/api/dcat/katalog.jsonld").content.decode(), format="json-ld")
    assert len(jsonld) == len(graph)


def test_official_statistics_keep_their_licence_and_own_data_gets_the_chosen_one(
    client, offers, monitoring_demo, settings
):
    graph = Graph().parse(data=client.get("/api/dcat/katalog.ttl").content.decode(), format="turtle")
    by_id = {str(graph.value(d, DCTERMS.identifier)): d for d in graph.subjects(RDF.type, DCAT.Dataset)}

    def licences(ident):
        return {graph.value(dist, DCTERMS.license) for dist in graph.objects(by_id[ident], DCAT.distribution)}

    assert licences("indicator-values") == {DL_DE_BY}
    assert licences("offers") == {URIRef(settings.OPEN_DATA_LICENCE)}
    spatial = graph.value(by_id["offers"], DCTERMS.spatial)
    assert str(spatial).endswith("/regionalKey/073170000000")


def test_the_open_data_page_lists_every_list_and_loads_nothing_from_elsewhere(client, offers):
    html = client.get("/api/offene-daten/").content.decode()
    assert "/api/v1/downloads/offers.csv" in html
    assert "/api/v1/downloads/offers.geojson" in html
    assert 'src="http' not in html


def test_internal_projects_are_in_no_public_download(client, org_a):
    from bildungsallianz.core.registry import components
    from bildungsallianz.projects.tests.factories import ProjectFactory

    ProjectFactory(title="Öffentliches Projekt", slug="oeffentlich", lead_organisation=org_a)
    ProjectFactory(title="Internes Projekt", slug="intern", lead_organisation=org_a, is_public=False)
    public_keys = [e.key for e in components.exports() if e.public]
    assert "projekte" not in public_keys  # the staff portfolio export
    assert client.get("/api/v1/downloads/projekte.csv").status_code == 404
    for key in public_keys:
        body = client.get(f"/api/v1/downloads/{key}.json").content.decode()
        assert "Internes Projekt" not in body, key
    assert "Öffentliches Projekt" in client.get("/api/v1/downloads/projects.json").content.decode()


def test_a_published_report_is_a_dataset_with_a_pdf_and_the_frozen_figures_of_each_edition(
    client, offers, monitoring_demo, site_pages, settings, tmp_path
):
    from bildungsallianz.reports.tests.factories import CHART, make_report

    settings.MEDIA_ROOT = tmp_path / "media"
    make_report(slug="bildungsbericht", title="Bildungsbericht Pirmasens", body=[CHART])
    make_report(slug="entwurf", title="Entwurf", body=[CHART], publish=False)
    graph = Graph().parse(data=client.get("/api/dcat/katalog.ttl").content.decode(), format="turtle")
    conforms, _report, text = validate(graph, shacl_graph=str(SHAPES), shacl_graph_format="turtle")
    assert conforms, text
    by_id = {str(graph.value(d, DCTERMS.identifier)): d for d in graph.subjects(RDF.type, DCAT.Dataset)}
    assert "bericht-entwurf" not in by_id
    report = by_id["bericht-bildungsbericht"]
    assert str(graph.value(report, DCTERMS.title)) == "Bildungsbericht Pirmasens"
    assert str(graph.value(report, DCAT.landingPage)).endswith("/berichte/bildungsbericht/")
    downloads = sorted(str(graph.value(d, DCAT.downloadURL)) for d in graph.objects(report, DCAT.distribution))
    assert [url.split("testserver")[-1] for url in downloads] == [
        "/api/v1/reports/bildungsbericht/editions/1",
        "/berichte/bildungsbericht/ausgabe/1/pdf/",
    ]
    for url in downloads:  # both answer
        assert client.get(url.split("testserver")[-1]).status_code == 200

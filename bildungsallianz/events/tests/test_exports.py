"""Open data of the calendar: published events as CSV/JSON/XLSX and their venues as GeoJSON."""

import csv
import io

import pytest
from rdflib import Graph
from rdflib.namespace import DCAT, DCTERMS, RDF

from bildungsallianz.core.review.states import ReviewStatus

from .factories import EventFactory, RegistrationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def events():
    fair = EventFactory(
        title="Berufsinformationsbörse", slug="bib", venue="Messe Pirmasens, Zeppelinstraße 11, 66953 Pirmasens"
    )
    EventFactory(title="Infoabend Aula", slug="aula", venue="IGS Pirmasens, Aula")
    EventFactory(title="Webinar", slug="webinar", venue="", is_online=True)
    EventFactory(title="Entwurf", slug="entwurf", status=ReviewStatus.DRAFT, published_at=None)
    RegistrationFactory(event=fair, name="Pat Muster", email="pat@example.org")
    return fair


def test_the_published_events_download_as_csv_without_any_registration(client, events):
    response = client.get("/api/v1/downloads/events.csv")
    assert response.status_code == 200
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    assert [row["titel"] for row in rows] == ["Berufsinformationsbörse", "Infoabend Aula", "Webinar"]
    assert rows[0]["ort"] == "Messe Pirmasens, Zeppelinstraße 11, 66953 Pirmasens"
    assert rows[0]["url"].endswith("/veranstaltungen/bib/")
    body = response.content.decode("utf-8-sig")
    assert "Pat Muster" not in body and "pat@example.org" not in body


def test_event_venues_are_geojson_points_at_their_gemeinde_and_say_so(client, events, settings):
    settings.MUNICIPALITY_AGS = "07317"
    features = client.get("/api/v1/downloads/events.geojson").json()["features"]
    assert [f["properties"]["titel"] for f in features] == ["Berufsinformationsbörse", "Infoabend Aula"]
    assert features[0]["geometry"] == {"type": "Point", "coordinates": [7.60601, 49.19945]}
    assert {f["properties"]["genauigkeit"] for f in features} == {"gemeinde"}


def test_the_events_are_a_dataset_of_the_open_data_catalogue(client, events):
    graph = Graph().parse(data=client.get("/api/dcat/katalog.ttl").content.decode(), format="turtle")
    by_id = {str(graph.value(d, DCTERMS.identifier)): d for d in graph.subjects(RDF.type, DCAT.Dataset)}
    formats = {
        str(graph.value(d, DCAT.downloadURL)).rsplit(".", 1)[-1]
        for d in graph.objects(by_id["events"], DCAT.distribution)
    }
    assert formats == {"csv", "json", "xlsx", "geojson"}

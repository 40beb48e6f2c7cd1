"""Indicators and observations through the API: special values stay a status, never a number."""

import pytest

from bildungsallianz.monitoring.models import Observation


def test_an_indicator_series_gives_the_published_value_of_pirmasens(client, monitoring_demo):
    body = client.get("/api/v1/indicators/jugendarbeitslosenquote", {"region": "07317"}).json()
    values = {v["year"]: v for v in body["values"]}
    assert values[2023]["value"] == pytest.approx(11.2, abs=0.05)
    assert body["indicator"]["unit"]


def test_special_values_are_a_status_with_no_number(client, monitoring_demo):
    special = Observation.objects.exclude(status="").select_related("variable__source", "region").first()
    assert special is not None, "the demo data has special values"
    items = client.get(
        "/api/v1/observations",
        {"source": special.variable.source.code, "region": special.region.key, "year": special.year, "limit": 500},
    ).json()["items"]
    mine = [o for o in items if o["id"] == special.pk]
    assert mine == [
        {
            "id": special.pk,
            "source": special.variable.source.code,
            "variable": special.variable.code,
            "region": special.region.key,
            "period": special.period,
            "breakdown": special.breakdown,
            "value": None,
            "status": special.status,
        }
    ]


def test_an_unknown_region_level_is_refused_in_german(client, monitoring_demo):
    response = client.get("/api/v1/regions", {"level": "galaxie"})
    assert response.status_code == 400
    assert response.json()["detail"] == "Unbekannte Ebene."


def test_regions_carry_a_uri_for_the_regional_key(client, monitoring_demo):
    items = client.get("/api/v1/regions", {"level": "kreis", "limit": 500}).json()["items"]
    pirmasens = next(item for item in items if item["key"] == "07317")
    assert pirmasens["uri"].endswith("/07317")

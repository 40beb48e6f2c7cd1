"""The OpenAPI document validates; the interactive docs load nothing from another host."""

import re

import pytest
from openapi_spec_validator import validate

pytestmark = pytest.mark.django_db


def test_the_openapi_document_is_valid(client):
    response = client.get("/api/v1/openapi.json")
    assert response.status_code == 200
    spec = response.json()
    validate(spec)
    paths = set(spec["paths"])
    for expected in ["/api/v1/offers", "/api/v1/organisations", "/api/v1/charter", "/api/v1/indicators/{code}"]:
        assert expected in paths


def test_the_docs_are_served_by_the_app_alone(client):
    response = client.get("/api/docs", follow=True)
    assert response.status_code == 200
    html = response.content.decode()
    external = re.findall(r'(?:src|href)="(https?://[^"]+)"', html)
    assert external == []
    assert "swagger-ui-bundle.js" in html


def test_the_rate_limit_answers_429_with_retry_after(client):
    from bildungsallianz.api.v1 import api

    throttle = api.throttle[0]
    original = throttle.num_requests
    throttle.num_requests = 2
    try:
        # three different questions: an answer the cache already holds costs nothing and is not counted
        statuses = [client.get(f"/api/v1/charter/fields-of-action?n={n}").status_code for n in range(3)]
    finally:
        throttle.num_requests = original
    assert statuses == [200, 200, 429]


def test_a_repeated_question_is_answered_from_the_cache_without_counting(client):
    from bildungsallianz.api.v1 import api

    throttle = api.throttle[0]
    original = throttle.num_requests
    throttle.num_requests = 1
    try:
        first = client.get("/api/v1/charter/fields-of-action")
        again = [client.get("/api/v1/charter/fields-of-action") for _ in range(3)]
        other = client.get("/api/v1/charter/target-groups")
    finally:
        throttle.num_requests = original
    assert first.status_code == 200
    assert [r.status_code for r in again] == [200, 200, 200]
    assert {r["X-Page-Cache"] for r in again} == {"hit"}
    assert all(r.content == first.content for r in again)
    assert other.status_code == 429


def test_the_rate_limit_cannot_be_dodged_with_a_forged_forwarded_header(client):
    from bildungsallianz.api.v1 import api

    throttle = api.throttle[0]
    original = throttle.num_requests
    throttle.num_requests = 2
    try:
        statuses = [
            client.get(f"/api/v1/charter/fields-of-action?n={n}", HTTP_X_FORWARDED_FOR=f"10.0.0.{n}").status_code
            for n in range(3)
        ]
    finally:
        throttle.num_requests = original
    assert statuses == [200, 200, 429]

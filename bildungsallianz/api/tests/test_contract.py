"""Contract test: every GET endpoint of the OpenAPI document answers what its schema promises."""

import datetime
import re

import pytest
from jsonschema import Draft202012Validator

from bildungsallianz.api.services import api_token_create
from bildungsallianz.charter.tests.factories import CharterFactory, SignatureFactory
from bildungsallianz.events.tests.factories import EventFactory
from bildungsallianz.fair.tests.factories import EditionFactory
from bildungsallianz.monitoring.models import Indicator
from bildungsallianz.offers.tests.factories import OfferPlaceFactory, PublishedOfferFactory
from bildungsallianz.projects.tests.factories import ProjectFactory
from bildungsallianz.reports.tests.factories import CHART, make_report

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(db, org_a, editor_a, monitoring_demo, site_pages, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    charter = CharterFactory(version="2025")
    SignatureFactory(charter=charter, organisation=org_a, confirmed=True, signatory_name="Dr. A")
    offer = PublishedOfferFactory(provider=org_a, title="Praktikum Pflege", slug="praktikum-pflege")
    OfferPlaceFactory(offer=offer)
    _token, secret = api_token_create(
        organisation=org_a, name="Vertrag", expires_on=datetime.date.today() + datetime.timedelta(days=9), by=editor_a
    )
    code = Indicator.objects.published().values_list("code", flat=True).first()
    project = ProjectFactory(slug="mentoring", lead_organisation=org_a)
    event = EventFactory(organiser=org_a, slug="infoabend")
    edition = EditionFactory(is_published=True)
    report = make_report(body=[CHART])
    return {
        "slug": {
            "/api/v1/offers/{slug}": offer.slug,
            "/api/v1/organisations/{slug}": org_a.slug,
            "/api/v1/projects/{slug}": project.slug,
            "/api/v1/events/{slug}": event.slug,
            "/api/v1/fair/editions/{slug}": edition.slug,
            "/api/v1/fair/editions/{slug}/exhibitors": edition.slug,
            "/api/v1/reports/{slug}": report.slug,
            "/api/v1/reports/{slug}/editions/{number}": report.slug,
        },
        "number": "1",
        "code": code,
        "key": "offers",
        "fmt": "json",
        "external_id": "gibt-es-nicht",
        "token": secret,
    }


def _fill(path: str, world: dict) -> str:
    def value(match):
        name = match.group(1)
        found = world[name]
        return found[path] if isinstance(found, dict) else found

    return re.sub(r"\{(\w+)\}", value, path)


def _validator(spec: dict, schema: dict) -> Draft202012Validator:
    return Draft202012Validator({**schema, "components": spec["components"]})


def test_every_get_endpoint_answers_as_its_schema_says(client, world):
    spec = client.get("/api/v1/openapi.json").json()
    checked = []
    for path, operations in spec["paths"].items():
        operation = operations.get("get")
        if not operation:
            continue
        url = _fill(path, world)
        params = {"source": "gibt-es-nicht"} if path == "/api/v1/observations" else {}
        headers = {"HTTP_AUTHORIZATION": f"Bearer {world['token']}"} if "/partner/" in path else {}
        response = client.get(url, params, **headers)
        unknown_external_ids = ("/api/v1/partner/offers/{external_id}", "/api/v1/partner/events/{external_id}")
        expected = 404 if path in unknown_external_ids else 200
        assert response.status_code == expected, (path, response.status_code, response.content[:300])
        if response.status_code == 200 and response["Content-Type"].startswith("application/json"):
            schema = operation["responses"]["200"]["content"]["application/json"]["schema"]
            errors = list(_validator(spec, schema).iter_errors(response.json()))
            assert errors == [], (path, [e.message for e in errors[:3]])
        checked.append(path)
    assert len(checked) >= 15, checked


@pytest.mark.parametrize(
    "url",
    [
        "/api/v1/organisations?limit=500",
        "/api/v1/offers",
        "/api/v1/charter/commitments?limit=500",
        "/api/v1/regions?limit=500",
        "/api/v1/indicators",
    ],
)
def test_list_endpoints_cost_the_same_queries_for_more_rows(client, url, org_b):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from bildungsallianz.charter.models import Commitment, FieldOfAction
    from bildungsallianz.organisations.tests.factories import OrganisationFactory

    field = FieldOfAction.objects.create(number=9, slug="feld", title="Feld")

    def count():
        client.get(url)  # warm: caches (facet counts, throttle) filled as in steady operation
        with CaptureQueriesContext(connection) as ctx:
            assert client.get(url).status_code == 200
        return len(ctx.captured_queries)

    PublishedOfferFactory(provider=org_b)
    Commitment.objects.create(organisation=org_b, field_of_action=field, text="x")
    few = count()
    for n in range(20):
        org = OrganisationFactory(name=f"Mehr {n}", slug=f"mehr-{n}")
        PublishedOfferFactory(provider=org)
        Commitment.objects.create(organisation=org, field_of_action=field, text="y")
    assert count() == few

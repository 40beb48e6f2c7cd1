"""Every URL of the foundation, for every standard persona.

404 for what a persona cannot see, 403 for what it may see but not change,
a redirect to the login for pages that need an account.
"""

import pytest
from django.utils import timezone

from bildungsallianz.charter.models import JoinRequest
from bildungsallianz.charter.tests.factories import CharterFactory, SignatureFactory
from bildungsallianz.organisations.tests.factories import OrganisationFactory

LOGIN = "login"
OK, FORBIDDEN, HIDDEN = 200, 403, 404

# url → expected result per persona (anonymous, editor_a, editor_b, wg_member, staff)
MATRIX = {
    "/": (OK, OK, OK, OK, OK),
    "/en/": (OK, OK, OK, OK, OK),
    "/charta/": (OK, OK, OK, OK, OK),
    "/charta/pdf/": (OK, OK, OK, OK, OK),
    "/partner/": (OK, OK, OK, OK, OK),
    "/partner/organisation-a/": (OK, OK, OK, OK, OK),
    "/partner/organisation-a/bearbeiten/": (LOGIN, OK, FORBIDDEN, FORBIDDEN, OK),
    "/partner/organisation-a/unterzeichnen/": (LOGIN, OK, FORBIDDEN, FORBIDDEN, OK),
    "/partner/versteckt/": (HIDDEN, HIDDEN, HIDDEN, HIDDEN, OK),
    "/partner/versteckt/bearbeiten/": (LOGIN, HIDDEN, HIDDEN, HIDDEN, OK),
    "/partner/gibt-es-nicht/": (HIDDEN, HIDDEN, HIDDEN, HIDDEN, HIDDEN),
    "/mitmachen/": (OK, OK, OK, OK, OK),
    "/mitmachen/danke/": (OK, OK, OK, OK, OK),
    "/konto/": (LOGIN, OK, OK, OK, OK),
    "/konto/anmelden/": (OK, OK, OK, OK, OK),
    "/konto/passwort-vergessen/": (OK, OK, OK, OK, OK),
    "/konto/einladung/ungueltig/": (HIDDEN, HIDDEN, HIDDEN, HIDDEN, HIDDEN),
    "/impressum/": (OK, OK, OK, OK, OK),
    "/datenschutz/": (OK, OK, OK, OK, OK),
    "/barrierefreiheit/": (OK, OK, OK, OK, OK),
    "/aktuelles/": (OK, OK, OK, OK, OK),
    "/healthz": (OK, OK, OK, OK, OK),
    "/cms/": (LOGIN, LOGIN, LOGIN, LOGIN, OK),
    "/cms/beitrittsantraege/": (LOGIN, LOGIN, LOGIN, LOGIN, OK),
    "/cms/beitrittsantraege/inspect/{jr}/": (LOGIN, LOGIN, LOGIN, LOGIN, OK),
    "/cms/beitrittsantraege/{jr}/entscheiden/": (LOGIN, LOGIN, LOGIN, LOGIN, OK),
    "/cms/organisation/": (LOGIN, LOGIN, LOGIN, LOGIN, OK),
}
PERSONA_INDEX = {"anonymous": 0, "editor_a": 1, "editor_b": 2, "wg_member": 3, "staff": 4}


@pytest.fixture
def world(db, org_a, org_b, site_pages):
    charter = CharterFactory(version="2025")
    SignatureFactory(charter=charter, organisation=org_a, confirmed=False, signatory_name="")
    OrganisationFactory(name="Versteckte Organisation", slug="versteckt", is_public=False)
    return JoinRequest.objects.create(
        organisation_name="Antrag GmbH",
        sector="unternehmen",
        description="x",
        street="A 1",
        postcode="66953",
        city="Pirmasens",
        contact_name="A",
        contact_email="a@example.org",
        proposed_commitment="x",
        consent_at=timezone.now(),
    )


@pytest.mark.parametrize("url", list(MATRIX))
def test_every_persona_gets_what_it_may_see(world, persona, url):
    name, client = persona
    expected = MATRIX[url][PERSONA_INDEX[name]]
    response = client.get(url.format(jr=world.pk))
    if expected == LOGIN:
        assert response.status_code == 302, f"{name} {url}: {response.status_code}"
        assert "/konto/anmelden/" in response["Location"] or "login" in response["Location"]
    else:
        assert response.status_code == expected, f"{name} {url}: {response.status_code}"


def test_non_staff_cannot_decide_a_join_request_by_post(world, editor_a, client):
    client.force_login(editor_a)
    response = client.post(f"/cms/beitrittsantraege/{world.pk}/entscheiden/", {"action": "accept"})
    assert response.status_code == 302
    world.refresh_from_db()
    assert world.status == JoinRequest.Status.RECEIVED

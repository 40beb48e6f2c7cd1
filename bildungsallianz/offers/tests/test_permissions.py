"""Every offers view with all five personas: 404 for what one cannot see, 403 for what one may only read."""

import pytest
from django.urls import reverse

from bildungsallianz.core.review.states import ReviewStatus

from .factories import OfferFactory, PublishedOfferFactory, tomorrow

pytestmark = pytest.mark.django_db

ANON_REDIRECT = 302


@pytest.fixture
def draft_a(org_a):
    return OfferFactory(provider=org_a, slug="entwurf-a", title="Entwurf von A")


@pytest.fixture
def published_a(org_a):
    return PublishedOfferFactory(
        provider=org_a, slug="live-a", title="Angebot von A", date_kind="einmalig", start_date=tomorrow(5)
    )


def _expect(persona, table):
    name, client = persona
    return name, client, table[name]


@pytest.mark.parametrize("url_name", ["offers:list", "offers:watchlist"])
def test_public_pages_are_open_to_everybody(persona, url_name):
    _, client = persona
    assert client.get(reverse(url_name)).status_code == 200


def test_published_detail_and_calendar_are_open_to_everybody(persona, published_a):
    _, client = persona
    assert client.get(reverse("offers:detail", args=[published_a.slug])).status_code == 200
    assert client.get(reverse("offers:calendar", args=[published_a.slug])).status_code == 200


def test_a_draft_is_visible_only_to_its_organisation_and_staff(persona, draft_a):
    name, client, expected = _expect(
        persona, {"anonymous": 404, "editor_a": 200, "editor_b": 404, "wg_member": 404, "staff": 200}
    )
    assert client.get(reverse("offers:detail", args=[draft_a.slug])).status_code == expected


def test_the_partner_area_needs_a_login(persona):
    name, client, expected = _expect(
        persona, {"anonymous": 302, "editor_a": 200, "editor_b": 200, "wg_member": 200, "staff": 200}
    )
    assert client.get(reverse("offers:manage")).status_code == expected


def test_only_editors_and_staff_may_create_offers(persona):
    name, client, expected = _expect(
        persona, {"anonymous": 302, "editor_a": 200, "editor_b": 200, "wg_member": 403, "staff": 200}
    )
    assert client.get(reverse("offers:create")).status_code == expected


def test_editing_a_draft_answers_404_to_other_organisations(persona, draft_a):
    name, client, expected = _expect(
        persona, {"anonymous": 302, "editor_a": 200, "editor_b": 404, "wg_member": 404, "staff": 200}
    )
    assert client.get(reverse("offers:edit", args=[draft_a.slug])).status_code == expected


def test_editing_a_published_offer_answers_403_to_other_organisations(persona, published_a):
    name, client, expected = _expect(
        persona, {"anonymous": 302, "editor_a": 200, "editor_b": 403, "wg_member": 403, "staff": 200}
    )
    assert client.get(reverse("offers:edit", args=[published_a.slug])).status_code == expected


def test_submitting_a_draft_is_for_its_organisation_and_staff(persona, draft_a):
    name, client, expected = _expect(
        persona, {"anonymous": 302, "editor_a": 302, "editor_b": 404, "wg_member": 404, "staff": 302}
    )
    response = client.post(reverse("offers:submit", args=[draft_a.slug]))
    assert response.status_code == expected
    draft_a.refresh_from_db()
    assert (draft_a.status == ReviewStatus.SUBMITTED) == (name in ("editor_a", "staff"))


def test_renewing_a_published_offer_is_forbidden_to_others(persona, published_a):
    name, client, expected = _expect(
        persona, {"anonymous": 302, "editor_a": 302, "editor_b": 403, "wg_member": 403, "staff": 302}
    )
    before = published_a.renewed_at
    assert client.post(reverse("offers:renew", args=[published_a.slug])).status_code == expected
    published_a.refresh_from_db()
    if name not in ("editor_a", "staff"):
        assert published_a.renewed_at == before


def test_deleting_a_draft_is_for_its_organisation_and_staff(persona, draft_a):
    name, client, expected = _expect(
        persona, {"anonymous": 302, "editor_a": 302, "editor_b": 404, "wg_member": 404, "staff": 302}
    )
    assert client.post(reverse("offers:delete", args=[draft_a.slug])).status_code == expected
    still_there = type(draft_a).objects.filter(pk=draft_a.pk).exists()
    assert still_there == (name not in ("editor_a", "staff"))


def test_state_changes_need_post(editor_a, draft_a, as_user):
    assert as_user(editor_a).get(reverse("offers:submit", args=[draft_a.slug])).status_code == 405

"""The public sees published offers only — not drafts, and just as little submitted, returned
or expired offers or pending change copies — on every page that lists or shows offers
(issue 7: a mutation showing returned/expired offers to the public went unnoticed)."""

import pytest
from django.urls import reverse

from bildungsallianz.core.review.states import ReviewStatus
from bildungsallianz.offers import services
from bildungsallianz.offers.selectors import offer_search

from .factories import OfferFactory, OfferPlaceFactory, publish, tomorrow

pytestmark = pytest.mark.django_db

HIDDEN_STATES = [ReviewStatus.DRAFT, ReviewStatus.SUBMITTED, ReviewStatus.RETURNED, ReviewStatus.EXPIRED]
OUTSIDERS = ["anonymous", "editor_b", "wg_member"]
TITLE = "Geheimkurs Zauberei"


@pytest.fixture
def hidden_offer(request, org_a):
    offer = OfferFactory(
        provider=org_a,
        title=TITLE,
        slug="geheimkurs",
        status=request.param,
        date_kind="einmalig",
        start_date=tomorrow(5),
    )
    OfferPlaceFactory(offer=offer, latitude=49.2, longitude=7.6)
    publish(OfferFactory(provider=org_a, title="Offener Kurs", slug="offen"))  # org_a has a public profile entry
    return offer


def _client(request, client, name):
    if name != "anonymous":
        client.force_login(request.getfixturevalue(name))
    return client


@pytest.mark.parametrize("hidden_offer", HIDDEN_STATES, indirect=True)
@pytest.mark.parametrize("who", OUTSIDERS)
def test_an_unpublished_offer_is_on_no_public_page(request, client, hidden_offer, who):
    client = _client(request, client, who)
    slug = hidden_offer.slug
    assert client.get(reverse("offers:detail", args=[slug])).status_code == 404
    assert client.get(reverse("offers:calendar", args=[slug])).status_code == 404
    for params in ({}, {"q": "Zauberei"}, {"ansicht": "karte"}, {"q": "Zauberei", "ansicht": "karte"}):
        assert TITLE not in client.get(reverse("offers:list"), params).content.decode(), params
    assert TITLE not in client.get(reverse("offers:watchlist"), {"ids": slug}).content.decode()
    profile = client.get(hidden_offer.provider.get_absolute_url()).content.decode()
    assert "Offener Kurs" in profile and TITLE not in profile


@pytest.mark.parametrize("hidden_offer", HIDDEN_STATES, indirect=True)
def test_an_unpublished_offer_is_not_found_by_the_search_nor_on_the_map(hidden_offer):
    result = offer_search(filters={"q": "Geheimkurs"}, with_markers=True)
    assert result.total == 0 and result.markers == []
    everything = offer_search(filters={}, with_markers=True)
    assert [o.title for o in everything.page] == ["Offener Kurs"]
    assert all(m["slug"] != "geheimkurs" for m in everything.markers)


def test_a_pending_change_copy_stays_invisible_while_the_live_offer_shows(client, editor_a, org_a):
    live = publish(OfferFactory(provider=org_a, title="Sichtbarer Kurs", slug="sichtbar"))
    copy = services.offer_update(offer=live, data={"title": "Geänderter Geheimkurs"}, by=editor_a)
    services.offer_submit(offer=copy, by=editor_a)
    assert client.get(reverse("offers:detail", args=[copy.slug])).status_code == 404
    page = client.get(reverse("offers:detail", args=[live.slug])).content.decode()
    assert "Sichtbarer Kurs" in page and "Geheimkurs" not in page
    assert offer_search(filters={"q": "Geheimkurs"}).total == 0

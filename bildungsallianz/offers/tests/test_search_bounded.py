"""A text search ranks, counts and shows at most ``engine.RANK_LIMIT`` matches (the newest) and says so."""

import pytest
from django.urls import reverse

from bildungsallianz.offers.selectors import offer_search, offer_search_ids
from bildungsallianz.search import engine

from .factories import OfferFactory, publish

pytestmark = pytest.mark.django_db


@pytest.fixture
def limit_3(monkeypatch):
    monkeypatch.setattr(engine, "RANK_LIMIT", 3)


def _offers(n, **extra):
    return [publish(OfferFactory(title=f"Pflege Kurs {i}", **extra)) for i in range(n)]


def test_a_search_with_more_matches_than_the_limit_ranks_the_newest_and_says_so(limit_3):
    offers = _offers(5)
    result = offer_search(filters={"q": "pflege"})
    assert result.more and result.total == 3
    assert {o.pk for o in result.page} == {o.pk for o in offers[-3:]}


def test_a_search_below_the_limit_counts_and_ranks_every_match(limit_3):
    _offers(3, offer_type="praktikum")
    result = offer_search(filters={"q": "pflege"})
    assert not result.more and result.total == 3 and len(result.page) == 3
    assert result.facets["art"]["praktikum"] == 3


def test_filters_choose_among_all_matches_not_only_the_newest(limit_3):
    wanted = _offers(1, offer_type="beratung")[0]
    _offers(4, offer_type="praktikum")
    result = offer_search(filters={"q": "pflege", "art": "beratung"})
    assert [o.pk for o in result.page] == [wanted.pk] and not result.more


def test_the_page_says_more_than_and_shows_the_filter_counts_as_minimums(client, limit_3):
    _offers(5, offer_type="praktikum")
    content = client.get(reverse("offers:list"), {"q": "pflege"}).content.decode()
    assert "Mehr als 3 Angebote gefunden" in content
    assert "Die Zahlen bei den Filtern sind Mindestwerte" in content
    assert "Praktikum (mind. 3)" in content
    assert "Weiterbildung (" not in content  # no counted match: no number rather than a wrong 0


def test_the_list_without_a_search_keeps_exact_counts(client, limit_3):
    _offers(5, offer_type="praktikum")
    result = offer_search(filters={})
    assert result.total == 5 and not result.more and result.facets["art"]["praktikum"] == 5


def test_api_pages_of_a_ranked_search_end_at_the_limit(limit_3):
    _offers(5)
    first, _total, has_next = offer_search_ids(filters={"q": "pflege"}, page_size=2, page_number=1)
    second, _total, has_next_2 = offer_search_ids(filters={"q": "pflege"}, page_size=2, page_number=2)
    assert len(first) == 2 and has_next
    assert len(second) == 1 and not has_next_2

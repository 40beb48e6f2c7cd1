"""Zero or few results (issue 15): "Meinten Sie …?", broader searches, counselling offers;
search-as-you-type suggestions as JSON."""

import pytest
from django.urls import reverse

from bildungsallianz.offers.search_help import search_help
from bildungsallianz.offers.suggestions import suggestions


@pytest.fixture
def demo_offers(db):
    from bildungsallianz.charter import demo as charter_demo
    from bildungsallianz.offers import demo as offers_demo

    charter_demo.seed()
    offers_demo.seed()


def test_a_search_without_results_offers_broader_searches_and_counselling(demo_offers, client):
    response = client.get(reverse("offers:list"), {"q": "Pferdepflege"})
    help_ = response.context["search_help"]
    assert response.context["result"].total == 0
    assert [label for label, _url, count in help_.broader] == ["pflege"]
    assert all(count > 0 for _label, _url, count in help_.broader)
    slugs = [offer.slug for offer in help_.counselling]
    assert slugs == ["berufsberatung-schule", "jugendmigrationsdienst"]
    html = response.content.decode()
    assert "So finden Sie doch etwas" in html and "?q=pflege" in html


def test_a_misspelt_word_that_finds_little_gets_a_did_you_mean(demo_offers):
    help_ = search_help({"q": "mechatronicker"}, total=1)
    assert help_.suggestion == "mechatroniker"
    assert help_.suggestion_url == "?q=mechatroniker"


def test_a_search_with_filters_offers_the_same_words_without_filters(demo_offers):
    help_ = search_help({"q": "Pflege", "kosten": "kostenpflichtig"}, total=0)
    url, count = help_.without_filters
    assert url == "?q=Pflege" and count > 0


def test_searches_with_enough_results_or_without_words_get_no_help(demo_offers):
    assert search_help({"q": "Ausbildung"}, total=30) is None
    assert search_help({}, total=0) is None


def test_suggestions_complete_occupations_places_and_offer_titles(demo_offers, client):
    labels = [s["label"] for s in suggestions("pirm")]
    assert labels[0] == "Pirmasens"
    friseur = suggestions("frise")
    assert any(s["kind"] == "Angebot" and "Friseur" in s["label"] for s in friseur)
    assert suggestions("f") == []
    response = client.get(reverse("offers:suggest"), {"q": "ausb pfleg"})
    assert response.status_code == 200
    assert response["Cache-Control"] == "public, max-age=60"
    assert {s["label"] for s in response.json()["suggestions"]} >= {"Ausbildung Pflegefachfrau / Pflegefachmann"}


def test_suggestions_never_show_unpublished_offers(demo_offers):
    assert not [s for s in suggestions("hackathon") if s["kind"] == "Angebot"]


def test_the_suggestion_endpoint_only_answers_get(client, db):
    assert client.post(reverse("offers:suggest"), {"q": "pfl"}).status_code == 405

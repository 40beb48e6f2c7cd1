"""The public search: German matching on the current engine, filters, facets, htmx, constant queries."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from bildungsallianz.charter.tests.factories import TargetGroupFactory
from bildungsallianz.offers import services
from bildungsallianz.offers.selectors import offer_search
from bildungsallianz.search.models import Synonym

from .factories import OfferFactory, OfferPlaceFactory, publish, tomorrow

pytestmark = pytest.mark.django_db


def _offer(title, summary="Ein Angebot.", **extra):
    return publish(OfferFactory(title=title, summary=summary, **extra))


def _found(query, **filters):
    return [o.title for o in offer_search(filters={"q": query, **filters}).page]


@pytest.mark.parametrize(
    ("query", "title"),
    [
        ("Pflege", "Ausbildung in der Altenpflege"),
        ("Pflege", "Pflegefachkraft werden"),
        ("Bildung", "Weiterbildung am Abend"),
        ("Erzieherin", "Praktikum für Erzieher*innen"),
        ("Baecker", "Ausbildung zum Bäcker"),
        ("Strasse", "Lernen auf der Straße"),
        ("Praktkum", "Praktikum im Büro"),
        ("Mechatronikr", "Ausbildung zum Mechatroniker"),
        ("Azubi", "Ausbildung im Handel"),
        ("Praktika", "Praktikum im Büro"),
        ("Kfz", "Kraftfahrzeug reparieren"),
        ("Job", "Stelle als Aushilfe"),
        ("Pflegeausbildung", "Ausbildung in der Pflege"),
    ],
)
def test_german_search_finds(query, title):
    _offer(title)
    _offer("Etwas ganz anderes", summary="Kochen mit Kindern.")
    assert _found(query) == [title]


def test_editable_synonyms_take_effect_at_once():
    _offer("Gabelstapler fahren lernen")
    assert _found("Flurförderzeug") == []
    Synonym.objects.create(term="Flurförderzeug", expansions="Gabelstapler")
    assert _found("Flurförderzeug") == ["Gabelstapler fahren lernen"]


def test_offers_matching_all_words_come_before_partial_matches():
    _offer("Praktikum im Büro")
    _offer("Praktikum in der Pflege")
    _offer("Pflege zu Hause", summary="Beratung.")
    assert _found("praktikum pflege")[0] == "Praktikum in der Pflege"
    assert len(_found("praktikum pflege")) == 3


def test_unpublished_and_expired_offers_are_never_found():
    OfferFactory(title="Pflege Entwurf")
    live = _offer("Pflege live")
    services.offer_update(offer=live, data={"title": "Pflege Änderung"}, by=None)
    assert _found("Pflege") == ["Pflege live"]


def test_query_syntax_is_harmless():
    _offer("Pflege")
    for nasty in ['" OR 1', "pflege) OR (x", "NEAR(a b)", "a & !b | c:*", "'; DROP TABLE x; --", "***"]:
        offer_search(filters={"q": nasty})


def test_filters_and_facet_counts(org_a):
    group = TargetGroupFactory(slug="eltern", name="Eltern")
    a = _offer("Elternabend", offer_type="elternangebot", cost="kostenlos", min_age=None, provider=org_a)
    a.target_groups.add(group)
    _offer("Kurs für 16-Jährige", offer_type="weiterbildung", cost="gebuehr", fee_amount=10, min_age=16)
    _offer(
        "Kurs ab 14", offer_type="weiterbildung", cost="kostenlos", min_age=14, barrier_free=True, languages=",de,ar,"
    )
    result = offer_search(filters={"alter": 15})
    assert sorted(o.title for o in result.page) == ["Elternabend", "Kurs ab 14"]
    assert result.facets["kosten"] == {"kostenlos": 2, "gebuehr": 0, "gefoerdert": 0}
    # a selected facet still counts its other options
    result = offer_search(filters={"art": "weiterbildung"})
    assert result.total == 2 and result.facets["art"]["elternangebot"] == 1
    assert result.facets["sprache"]["ar"] == 1 and result.facets["barrierefrei"]["True"] == 1
    assert offer_search(filters={"zielgruppe": "eltern"}).total == 1
    assert offer_search(filters={"anbieter": "organisation-a"}).total == 1
    assert offer_search(filters={"sprache": "ar", "barrierefrei": True}).total == 1


def test_the_date_range_keeps_ongoing_offers():
    _offer("Laufend", date_kind="laufend")
    _offer("Bald", date_kind="einmalig", start_date=tomorrow(2), end_date=tomorrow(2))
    _offer("Später", date_kind="einmalig", start_date=tomorrow(60), end_date=tomorrow(60))
    found = offer_search(filters={"von": tomorrow(1), "bis": tomorrow(10)})
    assert sorted(o.title for o in found.page) == ["Bald", "Laufend"]


def test_the_list_page_works_without_javascript_and_keeps_filters_in_the_url(client):
    _offer("Pflegepraktikum", offer_type="praktikum")
    response = client.get(reverse("offers:list"), {"q": "pflege", "art": "praktikum"})
    content = response.content.decode()
    assert "1 Angebot gefunden" in content
    assert re.search(r'value="praktikum"\s+selected', content) and "Praktikum (1)" in content
    assert 'hx-push-url="true"' in content


def test_htmx_requests_get_only_the_results(client):
    _offer("Pflegepraktikum")
    response = client.get(reverse("offers:list"), {"q": "pflege"}, HTTP_HX_REQUEST="true", HTTP_HX_TARGET="results")
    content = response.content.decode()
    assert content.lstrip().startswith('<div id="results"') and "<html" not in content


def test_the_map_view_draws_markers_without_any_other_host(client):
    offer = _offer("Treff")
    OfferPlaceFactory(offer=offer, latitude=49.2, longitude=7.6)
    content = client.get(reverse("offers:list"), {"ansicht": "karte"}).content.decode()
    assert "<svg" in content and "<circle" in content and "Orte als Liste" in content
    assert "http://" not in content.split("<main", 1)[1].split("</main>")[0].replace("http://testserver", "")


def _count_queries(client, params):
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(reverse("offers:list"), params).status_code == 200
    return len(ctx.captured_queries)


@pytest.mark.parametrize(
    "params",
    [{}, {"q": "pflege"}, {"q": "pflege praktikum", "art": "praktikum", "alter": "15", "ansicht": "karte"}],
    ids=["ohne", "suche", "suche+filter+karte"],
)
def test_the_list_page_costs_the_same_queries_for_3_or_30_offers(client, params):
    for n in range(3):
        offer = _offer(f"Pflege Praktikum {n}", offer_type="praktikum")
        OfferPlaceFactory(offer=offer)
    _count_queries(client, params)  # warm the per-process typo index
    few = _count_queries(client, params)
    for n in range(27):
        offer = _offer(f"Pflege Praktikum mehr {n}", offer_type="praktikum", min_age=14)
        OfferPlaceFactory(offer=offer)
    _count_queries(client, params)
    assert _count_queries(client, params) == few


def test_every_facet_of_the_registry_is_a_form_field_a_filter_and_a_count():
    from bildungsallianz.offers.facets import FACETS
    from bildungsallianz.offers.forms import OfferSearchForm

    _offer("Kurs", offer_type="weiterbildung")
    form = OfferSearchForm()
    counts = offer_search(filters={}).facets
    for facet in FACETS:
        assert facet.name in form.fields and facet.name in counts, facet.name
    assert offer_search(filters={"art": "weiterbildung"}).total == 1
    assert offer_search(filters={"art": "praktikum"}).total == 0

"""Places are located from their address; the search filters by distance ("In der Nähe von")."""

import re
from decimal import Decimal

import pytest
from django.urls import reverse

from bildungsallianz.offers import services
from bildungsallianz.offers.models import OfferPlace

from .factories import OfferFactory, OfferPlaceFactory, publish
from .test_views import _form

pytestmark = pytest.mark.django_db

PIRMASENS = (Decimal("49.19945"), Decimal("7.60601"))


def _offer_at(slug, city, postcode, lat, lon):
    offer = publish(OfferFactory(title=f"Angebot {city}", slug=slug))
    OfferPlaceFactory(offer=offer, city=city, postcode=postcode, latitude=lat, longitude=lon)
    return offer


@pytest.fixture
def offers_around_pirmasens():
    _offer_at("pirmasens", "Pirmasens", "66953", 49.2010, 7.6020)
    _offer_at("rodalben", "Rodalben", "66976", 49.2393, 7.6385)  # about 5 km north
    _offer_at("kaiserslautern", "Kaiserslautern", "67655", 49.4445, 7.7689)  # about 30 km
    online = publish(OfferFactory(title="Online-Kurs", slug="online", is_online=True))
    return online


def _slugs(client, **params):
    response = client.get(reverse("offers:list"), params)
    assert response.status_code == 200
    return {o.slug for o in response.context["page"]}, response.content.decode()


def test_a_new_place_gets_the_point_of_its_gemeinde_without_coordinates(editor_a, org_a):
    offer = services.offer_create(
        provider=org_a,
        data={"title": "Praktikum", "summary": "Kurz.", "offer_type": "praktikum"},
        places=[{"street": "Hauptstraße 1", "postcode": "66953", "city": "Pirmasens"}],
        by=editor_a,
    )
    place = offer.places.get()
    assert (place.latitude, place.longitude) == PIRMASENS


def test_the_form_locates_the_typed_address_and_asks_for_no_coordinates(editor_a, org_a, as_user):
    client = as_user(editor_a)
    page = client.get(reverse("offers:create")).content.decode()
    assert "Breitengrad" not in page and "Längengrad" not in page
    data = _form(provider=org_a.pk, **{"orte-0-city": "Rodalben", "orte-0-postcode": "66976"})
    data.pop("orte-0-latitude")
    data.pop("orte-0-longitude")
    assert client.post(reverse("offers:create"), data).status_code == 302
    place = OfferPlace.objects.get()
    assert (place.latitude, place.longitude) == (Decimal("49.23931"), Decimal("7.63852"))


def test_an_unknown_town_is_saved_without_a_point_and_without_an_error(editor_a, org_a):
    offer = services.offer_create(
        provider=org_a,
        data={"title": "Stage", "summary": "Kurz.", "offer_type": "praktikum"},
        places=[{"street": "Rue de France 1", "postcode": "57200", "city": "Sarreguemines"}],
        by=editor_a,
    )
    assert offer.places.get().latitude is None


def test_a_corrected_point_is_kept_when_the_address_stays_and_dropped_when_it_changes(editor_a, org_a, as_user):
    offer = publish(OfferFactory(provider=org_a, title="Labor", slug="labor"))
    OfferPlaceFactory(offer=offer, postcode="66953", city="Pirmasens", latitude=49.21, longitude=7.59)
    client = as_user(editor_a)
    initial = {"orte-INITIAL_FORMS": "1", "orte-0-street": "Hauptstraße 1", "orte-0-name": "Treffpunkt"}
    initial.update({"orte-0-latitude": "49.21000", "orte-0-longitude": "7.59000"})
    assert client.post(reverse("offers:edit", args=["labor"]), _form(**initial)).status_code == 302
    copy_place = OfferPlace.objects.exclude(offer=offer).get()
    assert (copy_place.latitude, copy_place.longitude) == (Decimal("49.21"), Decimal("7.59"))


def test_places_without_a_point_are_located_by_the_command(org_a):
    place = OfferPlaceFactory(postcode="66976", city="Rodalben", latitude=None, longitude=None)
    assert services.locate_places_without_point() == 1
    place.refresh_from_db()
    assert place.latitude == Decimal("49.23931")


def test_the_search_finds_offers_near_a_typed_town(client, offers_around_pirmasens):
    near, _page = _slugs(client, nahe="Rodalben", umkreis="10")
    assert near == {"pirmasens", "rodalben"}
    wide, _page = _slugs(client, nahe="66953", umkreis="50")
    assert wide == {"pirmasens", "rodalben", "kaiserslautern"}
    close, _page = _slugs(client, nahe="Kaiserslautern", umkreis="5")
    assert close == {"kaiserslautern"}


def test_without_a_radius_the_search_uses_ten_kilometres(client, offers_around_pirmasens):
    found, _page = _slugs(client, nahe="Pirmasens")
    assert found == {"pirmasens", "rodalben"}


def test_an_unknown_place_gives_a_german_message_and_does_not_filter(client, offers_around_pirmasens):
    found, page = _slugs(client, nahe="Atlantis", umkreis="10")
    assert "Diesen Ort kennen wir nicht" in page
    assert found == {"pirmasens", "rodalben", "kaiserslautern", "online"}


def test_the_api_filters_by_distance_with_the_same_parameters(client, offers_around_pirmasens):
    body = client.get("/api/v1/offers", {"nahe": "Rodalben", "umkreis": "10"}).json()
    assert {item["slug"] for item in body["items"]} == {"pirmasens", "rodalben"}
    assert body["total"] == 2


def test_a_radius_without_a_place_is_no_filter_and_no_active_filter(client, offers_around_pirmasens):
    response = client.get(reverse("offers:list"), {"q": "", "umkreis": "5"})
    assert response.context["active_filters"] == {}
    page = response.content.decode()
    assert 'class="offer-filters" >' in page or 'class="offer-filters">' in page  # the filter panel stays closed
    assert re.search(r'<option value=""[^>]*>Standard \(10 km\)</option>', _slugs(client)[1])


def _cards(page):
    """(title, text after the city) of each result card, in order."""
    return re.findall(r">Angebot (\w+)</a>.*?\(([\d,]+ km entfernt)\)", page, re.S)


def test_near_a_town_the_nearest_offer_comes_first_and_each_card_says_how_far(client, offers_around_pirmasens):
    response = client.get(reverse("offers:list"), {"nahe": "Kaiserslautern", "umkreis": "50"})
    assert [o.slug for o in response.context["page"]] == ["kaiserslautern", "rodalben", "pirmasens"]
    cards = _cards(response.content.decode())
    assert [title for title, _distance in cards] == ["Kaiserslautern", "Rodalben", "Pirmasens"]
    assert cards[0][1] == "0,1 km entfernt"  # the Gemeinde's point lies 0.1 km from the place
    kilometres = [float(d.split()[0].replace(",", ".")) for _t, d in cards]
    assert kilometres == sorted(kilometres) and 24 < kilometres[1] < 30


def test_the_nearest_of_several_places_decides_order_and_distance(client, offers_around_pirmasens):
    far_and_near = publish(OfferFactory(title="Angebot Zweiorte", slug="zweiorte"))
    OfferPlaceFactory(offer=far_and_near, city="Kaiserslautern", postcode="67655", latitude=49.4445, longitude=7.7689)
    OfferPlaceFactory(offer=far_and_near, city="Rodalben", postcode="66976", latitude=49.2390, longitude=7.6385)
    response = client.get(reverse("offers:list"), {"nahe": "Rodalben", "umkreis": "10"})
    assert [o.slug for o in response.context["page"]][:2] in (["zweiorte", "rodalben"], ["rodalben", "zweiorte"])
    page = response.content.decode()
    assert re.search(r"Angebot Zweiorte</a>.*?· Rodalben\s*<span[^>]*>\(0,0 km entfernt\)", page, re.S)


def test_a_chosen_order_wins_over_distance_and_distance_needs_a_place(client, offers_around_pirmasens):
    by_date = client.get(reverse("offers:list"), {"nahe": "Kaiserslautern", "umkreis": "50", "sortierung": "datum"})
    assert [o.slug for o in by_date.context["page"]] == ["kaiserslautern", "pirmasens", "rodalben"]  # undated: title
    assert "km entfernt" in by_date.content.decode()  # the distance is still shown
    plain = client.get(reverse("offers:list"), {"sortierung": "entfernung"})
    assert plain.status_code == 200
    assert [o.slug for o in plain.context["page"]] == ["online", "kaiserslautern", "rodalben", "pirmasens"]
    assert 'value="entfernung"' not in plain.content.decode()  # no distance order without a place
    assert "km entfernt" not in plain.content.decode()
    near = client.get(reverse("offers:list"), {"nahe": "Pirmasens"}).content.decode()
    assert re.search(r'<option value="entfernung"[^>]*>Entfernung</option>', near)


def test_the_api_orders_by_distance_and_gives_it(client, offers_around_pirmasens):
    body = client.get("/api/v1/offers", {"nahe": "Kaiserslautern", "umkreis": "50"}).json()
    assert [item["slug"] for item in body["items"]] == ["kaiserslautern", "rodalben", "pirmasens"]
    assert [item["distance_km"] for item in body["items"]][0] == 0.1
    assert client.get("/api/v1/offers").json()["items"][0]["distance_km"] is None


def test_the_order_select_shows_the_order_the_results_are_in(client, offers_around_pirmasens):
    def selected(**params):
        page = client.get(reverse("offers:list"), params).content.decode()
        return re.search(r'<option value="(\w+)"[^>]*selected', page.split('id="id_sortierung"')[1]).group(1)

    assert selected() == "neu"
    assert selected(q="angebot") == "relevanz"
    assert selected(nahe="Rodalben") == "entfernung"
    assert selected(q="angebot", nahe="Rodalben") == "relevanz"
    assert selected(nahe="Rodalben", sortierung="datum") == "datum"

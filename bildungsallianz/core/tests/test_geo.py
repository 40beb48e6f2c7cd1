"""Locating addresses from the shipped Gemeinde points (no network, no database)."""

import pytest

from bildungsallianz.core import geo


@pytest.mark.parametrize(
    ("typed", "found"),
    [
        ("66953", "Pirmasens, Stadt"),
        ("Pirmasens", "Pirmasens, Stadt"),
        ("66953 Pirmasens", "Pirmasens, Stadt"),
        ("pirmasens ", "Pirmasens, Stadt"),
        ("Rodalben", "Rodalben, Stadt"),
        ("Münchweiler an der Rodalb", "Münchweiler an der Rodalb"),
        ("Muenchweiler", "Münchweiler an der Rodalb"),
        ("Zweibruecken", "Zweibrücken, Stadt"),
        ("zweibrucken", "Zweibrücken, Stadt"),
        ("Landau", "Landau in der Pfalz, Stadt"),
        ("Frankfurt", "Frankfurt am Main, Stadt"),
        ("Frankfurt (Oder)", "Frankfurt (Oder), Stadt"),
        ("Sankt Ingbert", "St. Ingbert, Stadt"),
        ("St. Ingbert", "St. Ingbert, Stadt"),
        ("Bell", "Bell"),
        ("Bell (Hunsrück)", "Bell (Hunsrück)"),
        ("66954 Winzeln", "Pirmasens, Stadt"),
    ],
)
def test_a_typed_town_or_postcode_finds_its_gemeinde(typed, found):
    point = geo.locate_text(typed)
    assert point is not None and point.label == found


def test_a_postcode_that_is_not_a_seat_finds_the_largest_gemeinde_of_its_area():
    point = geo.locate_text("66955")  # Pirmasens has three postcodes; the table knows the seat's
    assert point.label == "Pirmasens, Stadt"
    assert point.precision == "postleitzahl"


def test_the_town_wins_over_the_postcode_when_both_are_given():
    assert geo.locate(postcode="66953", city="Rodalben").label == "Rodalben, Stadt"


def test_a_name_in_several_laender_is_chosen_by_the_postcode():
    assert geo.locate(postcode="67433", city="Neustadt").label == "Neustadt an der Weinstraße, Stadt"
    assert geo.locate(postcode="35279", city="Neustadt").label == "Neustadt (Hessen), Stadt"


@pytest.mark.parametrize("typed", ["", "   ", "Sarreguemines", "57200 Sarreguemines", "Atlantis", "123", "12345"])
def test_what_is_not_a_german_place_is_not_located(typed):
    assert geo.locate_text(typed) is None


def test_pirmasens_lies_about_five_kilometres_from_rodalben_and_thirty_from_kaiserslautern():
    pirmasens, rodalben, kaiserslautern = (geo.locate_text(t) for t in ("Pirmasens", "Rodalben", "Kaiserslautern"))
    assert 4 < geo.distance_km(pirmasens.latitude, pirmasens.longitude, rodalben.latitude, rodalben.longitude) < 6
    far = geo.distance_km(pirmasens.latitude, pirmasens.longitude, kaiserslautern.latitude, kaiserslautern.longitude)
    assert 28 < far < 32


def test_the_table_holds_every_gemeinde_with_a_point_inside_germany():
    rows = geo.gemeinden()
    assert len(rows) > 10_000
    assert len({g.key for g in rows}) == len(rows)
    assert all(47.2 < g.latitude < 55.1 and 5.8 < g.longitude < 15.1 for g in rows)
    assert all(len(g.key) == 8 and g.key.isdigit() for g in rows)


def test_the_box_around_a_point_holds_the_circle():
    south, north, west, east = geo.box(49.2, 7.6, 10)
    assert geo.distance_km(49.2, 7.6, north, 7.6) == pytest.approx(10, rel=0.01)
    assert geo.distance_km(49.2, 7.6, 49.2, east) == pytest.approx(10, rel=0.01)
    assert south < 49.2 < north and west < 7.6 < east


@pytest.mark.parametrize(
    ("venue", "found"),
    [
        ("Messe Pirmasens, Zeppelinstraße 11, 66953 Pirmasens", "Pirmasens, Stadt"),
        ("Agentur für Arbeit, Dankelsbachstraße 60, 66953 Pirmasens", "Pirmasens, Stadt"),
        ("Hauptstr. 5, 66976", "Rodalben, Stadt"),  # the postcode alone
        ("Stadthalle, 95028 Hof", "Hof"),  # far away, but typed with its postcode
        ("Berufsbildende Schule, Rodalben", "Rodalben, Stadt"),
        ("IGS Pirmasens, Aula", "Pirmasens, Stadt"),  # the venue named after its town
        ("Bürgerhaus, Hauptstraße 3, Thaleischweiler-Fröschen", "Thaleischweiler-Fröschen"),
    ],
)
def test_a_free_text_venue_is_placed_at_its_gemeinde(venue, found, settings):
    settings.MUNICIPALITY_AGS = "07317"
    assert geo.locate_address(venue).label == found


@pytest.mark.parametrize(
    "venue", ["Stadthalle", "Gasthaus Zum Hof", "Rue de France 1, 57200 Sarreguemines", "", "online"]
)
def test_a_venue_without_a_known_german_town_nearby_gets_no_point(venue, settings):
    settings.MUNICIPALITY_AGS = "07317"  # "Hof" only by guess: 300 km from Pirmasens, so no
    assert geo.locate_address(venue) is None

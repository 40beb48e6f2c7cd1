"""Special values are a status with value None – never 0."""

from decimal import Decimal

import pytest

from bildungsallianz.monitoring.parsers import parse_file

from .samples import CLASSIC, classic_bytes, ffcsv_new

pytestmark = []


def sample_table():
    return parse_file(classic_bytes())


def test_it_keeps_dots_as_unknown_not_zero():
    obs = sample_table().get("07", "2023", breakdown={"Abschluss": "ohne Hauptschulabschluss"})
    assert obs.status == "."
    assert obs.value is None


def test_it_keeps_x_as_not_meaningful():
    obs = sample_table().get(
        "07",
        "2023",
        breakdown={"Abschluss": "ohne Hauptschulabschluss", "Geschlecht": "weiblich"},
    )
    assert obs.status == "x"
    assert obs.value is None


def test_it_keeps_three_dots_as_not_yet_available():
    obs = sample_table().get(
        "07317",
        "2023",
        breakdown={"Abschluss": "ohne Hauptschulabschluss", "Geschlecht": "weiblich"},
    )
    assert obs.status == "..."
    assert obs.value is None


@pytest.mark.parametrize("marker", ["-", ".", "x", "/", "..."])
def test_every_official_marker_becomes_a_status_without_value(marker):
    tab = parse_file(classic_bytes(CLASSIC.replace("782423", marker)))
    obs = tab.get("DG", "2023", breakdown=())
    assert (obs.value, obs.status) == (None, marker)
    assert tab.special_value_counts()[marker] >= 1


def test_numbers_have_an_empty_status_and_a_decimal_value():
    obs = sample_table().get("07317", "2023", breakdown=())
    assert obs.value == Decimal(412)
    assert obs.status == ""


def test_it_reads_negative_and_decimal_comma_numbers_exactly():
    tab = parse_file(classic_bytes(CLASSIC.replace("782423;381434", "-3,5;0,10")))
    assert tab.get("DG", "2023", breakdown=()).value == Decimal("-3.5")
    assert tab.get("DG", "2023", breakdown={"Geschlecht": "weiblich"}).value == Decimal("0.10")


def test_the_quality_column_of_a_new_flat_file_carries_the_status():
    tab = parse_file(ffcsv_new(total="", q=("...", "")))
    total = tab.get("07317", "2024-12-31", "BEVSTD")
    assert (total.value, total.status) == (None, "...")
    women = tab.get("07317", "2024-12-31", "BEVSTD", {"Geschlecht": "weiblich"})
    assert women.value == Decimal(20107)


def test_a_special_value_in_the_quality_column_wins_over_a_dash_in_the_value_column():
    tab = parse_file(ffcsv_new(total="-", q=("...", "p")))
    total = tab.get("07317", "2024-12-31", "BEVSTD")
    assert (total.value, total.status) == (None, "...")
    women = tab.get("07317", "2024-12-31", "BEVSTD", {"Geschlecht": "weiblich"})
    assert (women.value, women.status) == (Decimal(20107), "")


def test_a_dash_in_the_new_flat_file_without_quality_column_stays_nothing_when_numbers_exist():
    tab = parse_file(ffcsv_new(total="-"))
    total = tab.get("07317", "2024-12-31", "BEVSTD")
    assert (total.value, total.status) == (None, "-")
    assert tab.notes == []


def test_the_fast_constructor_builds_the_same_frozen_observation():
    from bildungsallianz.monitoring.parsers import ParsedObservation
    from bildungsallianz.monitoring.parsers.base import make_observation

    args = ("07317", "Pirmasens", "2023", "V", "V", "Anzahl", (), Decimal(1), "", 3, 4)
    fast, slow = make_observation(*args), ParsedObservation(*args)
    assert fast == slow
    assert hash(fast) == hash(slow)
    with pytest.raises(AttributeError):  # immutable
        fast.value = Decimal(0)
    assert make_observation(*args[:-1], 5, "()").quality == "()"


def test_the_quality_column_of_an_old_flat_file_carries_the_status():
    text = (
        "Statistik_Code;Statistik_Label;Zeit_Code;Zeit_Label;Zeit;1_Merkmal_Code;1_Merkmal_Label;"
        "1_Auspraegung_Code;1_Auspraegung_Label;BEVSTD__Bevoelkerungsstand__Anzahl;BEVSTD__q\n"
        "12411;Bevölkerung;STAG;Stichtag;31.12.2023;KREISE;Kreise;07317;      Pirmasens, "
        "kreisfreie Stadt;;...\n"
        "12411;Bevölkerung;STAG;Stichtag;31.12.2023;KREISE;Kreise;07318;      Speyer, "
        "kreisfreie Stadt;50741;p\n"
    )
    tab = parse_file(text.encode("utf-8"))
    assert tab.format == "genesis-ffcsv-old"
    pirmasens = tab.get("07317", "2023-12-31", "BEVSTD")
    assert (pirmasens.value, pirmasens.status) == (None, "...")
    assert pirmasens.region_name == "Pirmasens, kreisfreie Stadt"
    speyer = tab.get("07318", "2023-12-31", "BEVSTD")
    assert (speyer.value, speyer.status) == (Decimal(50741), "")
    assert speyer.unit == "Anzahl"

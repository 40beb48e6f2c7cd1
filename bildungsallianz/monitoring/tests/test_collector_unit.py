"""The one observation collector of the parsers, without a database (fast enough for mutation runs)."""

from decimal import Decimal

import pytest

from bildungsallianz.monitoring.parsers.base import ParseError
from bildungsallianz.monitoring.parsers.collector import ObservationCollector, duplicate_message

SEX = (("Geschlecht", "weiblich"),)


def _cell(collector, region="07317", period="2023", breakdown=SEX, value=Decimal("1.5"), line=3, **kw):
    collector.add(region, "Pirmasens", period, "V1", "Schüler", "Anzahl", breakdown, value, "", line, 4, **kw)


def test_the_duplicate_message_names_region_period_and_breakdown():
    assert (
        duplicate_message("07317", "2023", SEX)
        == "doppelte Zeile für Region 07317, Zeitraum 2023, Geschlecht weiblich."
    )
    assert duplicate_message("07317", "2023", ()) == "doppelte Zeile für Region 07317, Zeitraum 2023."
    assert duplicate_message("07317", "", ()) == "doppelte Zeile für Region 07317."  # the header gives the periods
    two = (("Geschlecht", "weiblich"), ("Schulart", "Gymnasium"))
    assert duplicate_message("07317", "2023", two) == (
        "doppelte Zeile für Region 07317, Zeitraum 2023, Geschlecht weiblich, Schulart Gymnasium."
    )
    # the Länder as columns: the row names no region
    assert duplicate_message("", "2023", SEX) == "doppelte Zeile für Zeitraum 2023, Geschlecht weiblich."


def test_a_cell_without_a_quality_flag_has_none():
    collector = ObservationCollector()
    _cell(collector)
    assert collector.observations[0].quality == ""


def test_each_cell_becomes_one_observation_with_all_its_fields():
    collector = ObservationCollector()
    _cell(collector, quality="p")
    (obs,) = collector.observations
    assert (obs.region_key, obs.region_name, obs.period, obs.variable, obs.variable_label, obs.unit) == (
        "07317",
        "Pirmasens",
        "2023",
        "V1",
        "Schüler",
        "Anzahl",
    )
    assert (obs.breakdown, obs.value, obs.status, obs.line, obs.column, obs.quality) == (
        SEX,
        Decimal("1.5"),
        "",
        3,
        4,
        "p",
    )


def test_a_second_cell_for_the_same_place_is_refused_with_its_line():
    collector = ObservationCollector()
    _cell(collector)
    _cell(collector, period="2022")
    _cell(collector, region="07320")
    _cell(collector, breakdown=(("Geschlecht", "männlich"),))
    with pytest.raises(ParseError) as error:
        _cell(collector, line=9)
    assert error.value.line == 9
    assert error.value.message == "doppelte Zeile für Region 07317, Zeitraum 2023, Geschlecht weiblich."
    assert len(collector.observations) == 4


def test_a_breakdown_from_a_mapping_is_not_named_in_the_message():
    collector = ObservationCollector(name_breakdown_in_errors=False)
    _cell(collector)
    with pytest.raises(ParseError) as error:
        _cell(collector)
    assert error.value.message == "doppelte Zeile für Region 07317, Zeitraum 2023."


def test_more_values_than_the_limit_are_refused_at_the_first_one_too_many():
    collector = ObservationCollector(max_values=2)
    _cell(collector, period="2021")
    _cell(collector, period="2022")
    with pytest.raises(ParseError, match="mehr als 2 Werte") as error:
        _cell(collector, period="2023", line=7)
    assert error.value.line == 7 and len(collector.observations) == 2


def test_a_claimed_row_is_checked_once_and_its_cells_are_taken_unchecked():
    collector = ObservationCollector(max_values=3)
    collector.claim_row(("07317", "2023", "a"), "07317", "2023", SEX, 5)
    fields = ("07317", "P", "2023", "V1", "L", "U", SEX, Decimal(1), "", 5, 2)
    collector.add_checked(*fields)
    collector.add_checked(*fields)  # no per-cell check: the row was claimed
    assert len(collector.observations) == 2
    first = collector.observations[0]
    assert (first.region_name, first.variable_label, first.value, first.line, first.column) == ("P", "L", 1, 5, 2)
    with pytest.raises(ParseError) as error:
        collector.claim_row(("07317", "2023", "a"), "07317", "2023", SEX, 6)
    assert error.value.line == 6
    assert error.value.message == "doppelte Zeile für Region 07317, Zeitraum 2023, Geschlecht weiblich."
    collector.claim_row(("07317", "2023", "b"), "07317", "2023", SEX, 7)
    collector.add_checked(*fields)
    with pytest.raises(ParseError, match="mehr als 3 Werte") as error:
        collector.claim_row(("07317", "2023", "c"), "07317", "2023", SEX, 8)
    assert error.value.line == 8


def test_a_row_key_and_a_cell_key_never_collide():
    collector = ObservationCollector()
    collector.claim_row(("07317", "2023", "V1", SEX), "07317", "2023", SEX, 2)
    _cell(collector)  # same four parts, but a cell: not a duplicate of the row
    assert len(collector.observations) == 1


def test_a_file_without_observations_is_refused_with_the_given_or_default_message():
    with pytest.raises(ParseError) as error:
        ObservationCollector().table(empty_line=2)
    assert error.value.line == 2 and error.value.message == "Die Datei enthält keine Datenzeilen (nur die Kopfzeile)."
    with pytest.raises(ParseError, match="^Leer$"):
        ObservationCollector().table(empty_message="Leer")


def test_the_table_carries_the_observations_and_defaults_for_missing_metadata():
    collector = ObservationCollector()
    _cell(collector)
    table = collector.table(format="plain", table_code=None, title="T", encoding="utf-8")
    assert table.observations == collector.observations
    assert (table.stand, table.footnotes, table.copyright, table.format, table.title) == (None, [], None, "plain", "T")
    kept = collector.table(format="plain", table_code="X", title="T", encoding="utf-8", stand="2024", footnotes=["a"])
    assert (kept.stand, kept.footnotes, kept.copyright) == ("2024", ["a"], None)

"""Numbers read like the official tables; special values are never stored or shown as 0."""

from decimal import Decimal

import pytest

from bildungsallianz.monitoring.formatting import LEGEND, display_value, format_number
from bildungsallianz.monitoring.models import Indicator, IndicatorValue, Observation, SpecialValueChoices
from bildungsallianz.monitoring.services import import_statistics, indicators_recompute
from bildungsallianz.monitoring.services.indicators import REASONS
from bildungsallianz.monitoring.special_values import SPECIAL_VALUE_TABLE

PLAIN = "ags;jahr;variable;Abschluss;wert\n07317;2023;A;;400\n07317;2023;A;ohne;45\n07;2023;A;;1000\n07;2023;A;ohne;/\n"


@pytest.mark.parametrize(
    ("value", "decimals", "shown"),
    [
        (Decimal("11.25"), 1, "11,3"),
        (Decimal("11.35"), 1, "11,4"),
        (Decimal("11.249999"), 1, "11,2"),
        (11.25, 1, "11,3"),
        (2.675, 2, "2,68"),  # binary float 2.67499999…; read as shown, rounded half up
        (Decimal("0.5"), 0, "1"),
        (Decimal("39761"), 0, "39.761"),
        (Decimal("-1180"), 0, "−1.180"),
    ],
)
def test_numbers_are_rounded_half_up_like_the_official_tables(value, decimals, shown):
    assert format_number(value, decimals) == shown


def test_a_share_of_exactly_11_25_percent_reads_11_3_on_the_page(regions, client, settings):
    settings.MUNICIPALITY_AGS = "07317"
    import_statistics(data=PLAIN.encode(), filename="p.csv", source_code="test")
    indicator = Indicator.objects.create(
        code="anteil",
        name="Anteil ohne Abschluss",
        definition="Test",
        theme="schule",
        numerator={"source": "test", "variable": "A", "breakdown": {"Abschluss": "ohne"}},
        denominator={"source": "test", "variable": "A", "breakdown": {}},
        factor=100,
        unit="%",
        decimals=1,
    )
    indicators_recompute()
    assert IndicatorValue.objects.get(indicator=indicator, region__key="07317").value == Decimal("11.25")
    html = client.get("/daten/anteil/").content.decode()
    assert "11,3" in html and "11,2" not in html
    csv = client.get("/daten/anteil/csv/").content.decode("utf-8-sig")
    assert "11,3" in csv or "11.25" in csv


def test_a_special_value_is_never_stored_or_shown_as_zero(regions, client):
    import_statistics(data=PLAIN.encode(), filename="p.csv", source_code="test")
    land = Observation.objects.get(region__key="07", breakdown_key="Abschluss=ohne")
    assert land.value is None and land.status == "/"
    assert Observation.objects.filter(status="", value__isnull=True).count() == 0
    assert Observation.objects.exclude(status="").filter(value=0).count() == 0
    assert display_value(None, "/", 1) == "/" and display_value(None, "-", 0) == "–"


def test_the_special_values_are_defined_once_and_every_use_reads_that_table():
    symbols = [sv.symbol for sv in SPECIAL_VALUE_TABLE]
    assert [value for value, _label in SpecialValueChoices.choices] == ["", *symbols]
    assert [symbol for symbol, _label in LEGEND][: len(symbols)] == symbols
    assert set(REASONS) == set(symbols)
    assert dict(SpecialValueChoices.choices)["-"] == "nichts vorhanden"
    assert REASONS["."] == "Wert unbekannt oder geheim (.)"

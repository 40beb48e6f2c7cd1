"""Regions data file, indicator computation and the missing-value rules."""

from decimal import Decimal

import pytest
from django.core.management import call_command

from bildungsallianz.monitoring.models import Indicator, IndicatorValue, Region
from bildungsallianz.monitoring.services import import_statistics, indicators_recompute, regions_load

pytestmark = pytest.mark.django_db


def test_load_regions_creates_the_bund_16_laender_and_400_current_kreise(capsys):
    call_command("load_regions")
    assert Region.objects.filter(level="land").count() == 16
    assert Region.objects.kreise().count() == 400
    assert Region.objects.get(key="DG").name == "Deutschland"
    pirmasens = Region.objects.get(key="07317")
    assert pirmasens.kreis_type == "kreisfreie_stadt"
    assert pirmasens.parent.key == "073" and pirmasens.parent.parent.key == "07"
    assert "Gebietseinheiten" in capsys.readouterr().out


def test_load_regions_is_idempotent_and_keeps_a_replaced_name_as_alias():
    regions_load()
    Region.objects.filter(key="07317").update(name="Pirmasens, Stadt", aliases=[])
    counts = regions_load()
    assert counts["created"] == 0 and counts["changed"] == 1
    assert "Pirmasens, Stadt" in Region.objects.get(key="07317").aliases
    assert regions_load()["changed"] == 0


def test_an_arbeitsagenturbezirk_groups_kreise(regions):
    agency = Region.objects.get(level="agentur")
    assert set(agency.members.values_list("key", flat=True)) >= {"07317", "07340"}


PLAIN = (
    "ags;jahr;variable;Abschluss;wert\n"
    "07317;2023;A;;400\n07317;2023;A;ohne;40\n"
    "07;2023;A;;1000\n07;2023;A;ohne;.\n"
    "DG;2023;A;;0\nDG;2023;A;ohne;-\n"
    "07111;2023;A;ohne;5\n"
)


@pytest.fixture
def share(regions):
    import_statistics(data=PLAIN.encode(), filename="p.csv", source_code="test")
    return Indicator.objects.create(
        code="anteil",
        name="Anteil",
        definition="Test",
        theme="schule",
        numerator={"source": "test", "variable": "A", "breakdown": {"Abschluss": "ohne"}},
        denominator={"source": "test", "variable": "A", "breakdown": {}},
        factor=100,
        unit="%",
        decimals=1,
    )


def test_a_share_is_computed_where_both_inputs_are_numbers(share):
    indicators_recompute()
    assert IndicatorValue.objects.get(region__key="07317").value == Decimal("10")


def test_a_special_value_in_an_input_makes_the_result_missing_with_its_reason(share):
    indicators_recompute()
    land = IndicatorValue.objects.get(region__key="07")
    assert land.value is None and land.status == "." and land.reason == "Wert unbekannt oder geheim (.)"
    bund = IndicatorValue.objects.get(region__key="DG")
    assert bund.value is None and bund.status == "-" and "nichts vorhanden" in bund.reason


def test_a_missing_denominator_is_reported_not_guessed(share):
    indicators_recompute()
    koblenz = IndicatorValue.objects.get(region__key="07111")
    assert koblenz.value is None and koblenz.reason == "Nenner fehlt in der Quelle"


def test_a_zero_denominator_gives_no_share(regions):
    import_statistics(
        data=b"ags;jahr;variable;wert\n07317;2023;A;0\n07317;2023;B;3\n", filename="z.csv", source_code="z"
    )
    Indicator.objects.create(
        code="q",
        name="Q",
        definition="d",
        theme="schule",
        unit="%",
        numerator={"source": "z", "variable": "B"},
        denominator={"source": "z", "variable": "A"},
    )
    indicators_recompute()
    row = IndicatorValue.objects.get()
    assert row.value is None and row.status == "x" and "Nenner ist 0" in row.reason


def test_indicator_values_follow_each_import(share):
    import_statistics(
        data=b"ags;jahr;variable;Abschluss;wert\n07317;2023;A;ohne;80\n", filename="n.csv", source_code="test"
    )
    assert IndicatorValue.objects.get(region__key="07317").value == Decimal("20")


def test_the_catalogue_covers_the_required_indicators(catalogue):
    codes = set(Indicator.objects.values_list("code", flat=True))
    assert {
        "schulabgaenge",
        "schulabgaenge-ohne-hauptschulabschluss-anteil",
        "schulabgaenge-hochschulreife-anteil",
        "berufliche-schulen-abgaenge",
        "arbeitslose-15-25",
        "jugendarbeitslosenquote",
        "schueler-gymnasien",
        "bevoelkerung",
        "einkommen-je-einwohner",
        "sv-beschaeftigte",
    } <= codes
    assert Indicator.objects.get(code="jugendarbeitslosenquote").fields_of_action.count() == 3


def test_an_import_recomputes_only_indicators_reading_a_variable_it_wrote(share):
    other = Indicator.objects.create(
        code="andere", name="Andere", definition="Test", theme="schule", numerator={"source": "test", "variable": "B"}
    )
    indicators_recompute()
    assert IndicatorValue.objects.filter(indicator=share).count() == 4
    IndicatorValue.objects.filter(indicator=share).delete()
    import_statistics(data=b"ags;jahr;variable;wert\n07317;2023;B;7\n", filename="b.csv", source_code="test")
    assert IndicatorValue.objects.get(indicator=other).value == Decimal("7")
    assert not IndicatorValue.objects.filter(indicator=share).exists()  # reads only A: left alone
    import_statistics(data=PLAIN.replace(";400", ";500").encode(), filename="p2.csv", source_code="test")
    assert IndicatorValue.objects.get(indicator=share, region__key="07317").value == Decimal("8")


def _stored(indicator) -> set[tuple]:
    fields = ("region_id", "period", "year", "value", "status", "reason", "numerator", "denominator", "quality")
    return set(IndicatorValue.objects.filter(indicator=indicator).values_list(*fields))


def test_an_import_recomputes_only_its_years_and_gives_the_values_of_a_full_recomputation(share):
    older = "ags;jahr;variable;Abschluss;wert\n07317;2021;A;;300\n07317;2021;A;ohne;30\n07;2022;A;ohne;7\n"
    import_statistics(data=older.encode(), filename="older.csv", source_code="test")
    indicators_recompute()
    before = _stored(share)
    assert {row[2] for row in before} == {2021, 2022, 2023}
    IndicatorValue.objects.filter(indicator=share, year=2021).update(reason="von Hand markiert")
    newer = (
        "ags;zeitraum;variable;Abschluss;wert\n"
        "07317;2023-12-31;A;ohne;60\n07;2023;A;ohne;.\n07111;2023;A;;50\n"
        "07;2022;A;;70\n"
    )
    import_statistics(data=newer.encode(), filename="newer.csv", source_code="test")
    assert set(IndicatorValue.objects.filter(indicator=share, year=2021).values_list("reason", flat=True)) == {
        "von Hand markiert"  # 2021 was not imported: its values were left alone
    }
    IndicatorValue.objects.filter(indicator=share, year=2021).update(reason="")
    partial = _stored(share)
    assert partial != before
    indicators_recompute()
    assert _stored(share) == partial

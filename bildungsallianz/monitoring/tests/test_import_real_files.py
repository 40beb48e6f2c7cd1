"""Every real official file imports through the service; published values arrive intact."""

from decimal import Decimal

import pytest
from django.core.management import call_command

from bildungsallianz.monitoring.models import ImportRun, IndicatorValue, Observation
from bildungsallianz.monitoring.services import import_statistics

from .realdata import DATA_DIR, require_data

require_data()
pytestmark = pytest.mark.django_db

ALL_FILES = sorted((DATA_DIR / "genesis").rglob("*.csv"))


@pytest.mark.parametrize("path", ALL_FILES, ids=lambda p: p.name)
def test_every_official_file_imports_without_changes_for_that_file(regions, path):
    run = import_statistics(data=path.read_bytes(), filename=path.name)
    assert run.state == ImportRun.State.SUCCEEDED
    assert run.count_new == run.preview["observations"] > 0
    assert Observation.objects.count() == run.count_new


@pytest.fixture
def imported(catalogue):
    for path in ALL_FILES:
        import_statistics(data=path.read_bytes(), filename=path.name)


def value(code, period, key="07317"):
    return IndicatorValue.objects.get(indicator__code=code, region__key=key, period=period)


def test_published_values_of_pirmasens_arrive_in_the_indicators(imported):
    assert value("schulabgaenge", "2023").value == 412
    assert value("schulabgaenge-ohne-hauptschulabschluss", "2023").value == 68
    assert value("schulabgaenge-hochschulreife", "2023").value == 149
    assert value("schulabgaenge-ohne-hauptschulabschluss-anteil", "2023").value == Decimal("16.504854")
    assert value("jugendarbeitslosenquote", "2023").value == Decimal("11.2")
    assert value("bevoelkerung", "2024-12-31").value == 39761
    assert value("bevoelkerung", "2023-12-31").value == 40941


def test_employees_2025_keep_the_published_dash_and_are_never_zero(imported):
    employees = value("sv-beschaeftigte", "2025-06-30")
    assert employees.value is None
    assert employees.status == "-"
    assert employees.reason == "nichts vorhanden (–)"
    assert value("sv-beschaeftigte", "2023-06-30").value == 20258


def test_reimporting_all_files_changes_nothing(imported):
    count = Observation.objects.count()
    for path in ALL_FILES:
        run = import_statistics(data=path.read_bytes(), filename=path.name)
        assert run.count_new == run.count_changed == 0
    assert Observation.objects.count() == count


def test_a_large_file_imports_from_the_command_line_with_progress(regions, capsys):
    path = DATA_DIR / "genesis" / "classic" / "21111-01-03-4_2023.csv"
    call_command("import_statistics", str(path))
    out = capsys.readouterr().out
    assert "38736 von 38736 Werten geschrieben" in out
    assert Observation.objects.count() == 38736


def test_renamed_regions_keep_the_published_name_as_alias(regions):
    path = DATA_DIR / "genesis" / "classic" / "11111-01-01-4_2018.csv"
    import_statistics(data=path.read_bytes(), filename=path.name)
    from bildungsallianz.monitoring.models import Region

    pirmasens = Region.objects.get(key="07317")
    assert pirmasens.name == "Pirmasens, kreisfreie Stadt"
    assert "Pirmasens, Kreisfreie Stadt" in pirmasens.aliases

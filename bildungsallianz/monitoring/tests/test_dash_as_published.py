"""``-`` stays exactly as published, also where a whole Kreis level has nothing but ``-``.

Real file: ../shared/data/genesis/ffcsv/13111-01-03-4_2025_new.csv (employees
subject to social insurance, 30.06.2025; new-format flat file). Every Kreis has
``-`` there while Deutschland and the Länder have numbers. The symbol and the
publisher's definition are kept (decision 0208); staff may enter the
publisher's own explanation as ``Source.dash_meaning``.
"""

import csv
import io
from decimal import Decimal

import pytest

from bildungsallianz.monitoring.models import IndicatorValue, Observation, Source
from bildungsallianz.monitoring.parsers import parse_file
from bildungsallianz.monitoring.services import import_statistics, indicators_recompute

from .realdata import read, require_data

require_data()

NAME = "13111-01-03-4_2025_new.csv"
SYMBOLS = {"-", ".", "x", "/", "..."}


@pytest.fixture(scope="module")
def published():
    """Every published cell of the file: (region key, breakdown) → value cell, straight from the CSV."""
    text = read(f"genesis/ffcsv/{NAME}").decode("utf-8-sig")
    cells = {}
    for row in csv.DictReader(io.StringIO(text), delimiter=";"):
        breakdown = tuple(
            sorted(
                (row[f"{i}_variable_label"], row[f"{i}_variable_attribute_label"])
                for i in (2, 3)
                if row[f"{i}_variable_attribute_label"] != "Insgesamt"
            )
        )
        cells[(row["1_variable_attribute_code"], breakdown)] = row["value"]
    return cells


@pytest.fixture(scope="module")
def parsed():
    return parse_file(read(f"genesis/ffcsv/{NAME}"), filename=NAME)


def test_every_published_cell_of_the_2025_employee_file_is_kept_as_published(published, parsed):
    assert len(parsed.observations) == len(published) == 3300
    by_key = {(o.region_key, o.breakdown): o for o in parsed.observations}
    for key, cell in published.items():
        obs = by_key[key]
        if cell in SYMBOLS:
            assert (obs.value, obs.status) == (None, cell), key
        else:
            assert (obs.value, obs.status) == (Decimal(cell), ""), key


def test_pirmasens_employees_mid_2025_keep_the_official_dash_never_zero_never_three_dots(parsed):
    pirmasens = [o for o in parsed.observations if o.region_key == "07317"]
    assert len(pirmasens) == 6
    assert {(o.value, o.status) for o in pirmasens} == {(None, "-")}
    assert not any(o.status == "..." for o in parsed.observations)


def test_the_numbers_of_bund_and_laender_stay_beside_the_dashes_of_the_kreise(parsed):
    assert parsed.get("DG", "2025-06-30", "ERW032").value == Decimal(34885481)
    assert parsed.get("02", "2025-06-30", "ERW032").value == Decimal(1084974)
    assert parsed.get("02000", "2025-06-30", "ERW032").status == "-"
    assert parsed.get("11000", "2025-06-30", "ERW032").status == "-"


def test_a_level_with_only_dashes_gets_a_note_asking_for_the_publishers_explanation(parsed):
    assert len(parsed.notes) == 1
    note = parsed.notes[0]
    assert note.startswith("Ebene KREISE, Zeitraum 2025-06-30, Merkmal ERW032")
    assert "bleiben wie veröffentlicht" in note and "Bedeutung von „-“ laut Herausgeber" in note


@pytest.mark.django_db
def test_the_imported_dash_shows_the_official_meaning_until_staff_enter_the_publishers(catalogue):
    run = import_statistics(data=read(f"genesis/ffcsv/{NAME}"), filename=NAME, ignore_unknown_regions=True)
    assert any("KREISE" in note for note in run.preview["notes"])
    stored = Observation.objects.filter(region__key="07317", period="2025-06-30")
    assert stored.count() == 6 and {(o.value, o.status) for o in stored} == {(None, "-")}
    employees = IndicatorValue.objects.get(indicator__code="sv-beschaeftigte", region__key="07317")
    assert (employees.value, employees.status, employees.reason) == (None, "-", "nichts vorhanden (–)")

    Source.objects.filter(code=run.source.code).update(dash_meaning="Wert noch nicht veröffentlicht")
    indicators_recompute()
    employees = IndicatorValue.objects.get(indicator__code="sv-beschaeftigte", region__key="07317")
    assert (employees.status, employees.reason) == ("-", "Wert noch nicht veröffentlicht (–)")

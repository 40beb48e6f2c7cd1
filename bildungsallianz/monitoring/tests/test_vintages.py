"""One series across vintages: mappings of names (issue 12) and the hierarchy of categories."""

from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from bildungsallianz.monitoring.models import LabelMapping, Observation, Source
from bildungsallianz.monitoring.services import ImportFailed, import_statistics

from .realdata import read, require_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def shipped(db):
    """The shipped mappings (migration 0008) – recreated where a transactional test flushed them."""
    LabelMapping.objects.get_or_create(
        kind="category", dimension="", old="Ausländer/-innen", defaults={"new": "ausländisch"}
    )


def _ffcsv(name):
    require_data()
    return import_statistics(data=read(f"genesis/ffcsv/{name}"), filename=name, ignore_unknown_regions=True)


def test_the_2023_and_2025_employee_files_form_one_series_under_ausländisch(regions, shipped):
    old = _ffcsv("13111-01-03-4_2023_old.csv")
    new = _ffcsv("13111-01-03-4_2025_new.csv")
    assert old.source == new.source and Source.objects.filter(code__startswith="13111").count() == 1
    foreigners = Observation.objects.filter(region__key="07317", breakdown_key="Nationalität=ausländisch")
    assert {o.period: o.value for o in foreigners}["2023-06-30"] == Decimal(1644)  # published 2023 value
    assert {o.period for o in foreigners} == {"2023-06-30", "2025-06-30"}
    assert not Observation.objects.filter(breakdown_key__contains="Ausländer/-innen").exists()
    assert any("„Ausländer/-innen“ wird als „ausländisch“ gespeichert" in n for n in old.preview["notes"])
    again = _ffcsv("13111-01-03-4_2023_old.csv")
    assert (again.count_new, again.count_changed) == (0, 0)


def test_staff_map_a_renamed_variable_and_table_into_the_existing_series(regions):
    LabelMapping.objects.create(kind="variable", old="ALT01", new="NEU01")
    LabelMapping.objects.create(kind="source", old="99999-01-01-4", new="99999-02-01-4")
    header = "regionalschluessel;zeitraum;variable;unit;wert\n"
    new = (header + "07317;2024;NEU01;Anzahl;5\n").encode()
    import_statistics(data=new, filename="neu.csv", source_code="99999-02-01-4")
    old = (header + "07317;2013;ALT01;Anzahl;7\n").encode()
    run = import_statistics(data=old, filename="alt.csv", source_code="99999-01-01-4")
    assert run.source.code == "99999-02-01-4"
    assert sorted(Observation.objects.filter(variable__code="NEU01").values_list("year", flat=True)) == [2013, 2024]


def test_a_table_mapping_written_as_the_publisher_writes_the_codes_applies(regions):
    LabelMapping.objects.create(kind="source", old="AI-N-01", new="AI002-1-5")
    header = "regionalschluessel;zeitraum;variable;unit;wert\n"
    import_statistics(
        data=(header + "07317;2024;AI0201;EW je km²;5\n").encode(), filename="a.csv", source_code="AI002-1-5"
    )
    run = import_statistics(
        data=(header + "07317;2019;AI0201;EW je km²;7\n").encode(), filename="b.csv", source_code="AI-N-01"
    )
    assert run.source.code == "ai002-1-5"
    assert sorted(Observation.objects.filter(variable__code="AI0201").values_list("year", flat=True)) == [2019, 2024]


def test_a_file_with_old_and_new_name_side_by_side_is_refused_in_german(regions):
    LabelMapping.objects.update_or_create(
        kind="category", dimension="", old="Ausländer", defaults={"new": "ausländisch"}
    )
    data = "ags;jahr;Nationalität;wert\n07317;2023;Ausländer;5\n07317;2023;ausländisch;6\n"
    with pytest.raises(ImportFailed, match="zwei Werte an derselben Stelle"):
        import_statistics(data=data.encode(), filename="n.csv", source_code="nationen")
    assert not Observation.objects.exists()


def test_a_mapping_that_changes_nothing_is_refused_with_a_german_message(db):
    with pytest.raises(ValidationError, match="gleich"):
        LabelMapping(kind="category", old="deutsch", new="deutsch").full_clean()


def test_of_which_rows_are_kept_under_their_category_so_the_parts_add_up_to_the_published_total(regions):
    require_data()
    name = "21111-02-06-4_2023.csv"
    run = import_statistics(data=read(f"genesis/classic/{name}"), filename=name, ignore_unknown_regions=True)
    source = run.source
    tree = source.category_tree["Abschluss"]
    assert tree == {"dar. schulischer Teil der Fachhochschulreife": "mit Mittlerem Abschluss"}
    assert {"child": "dar. schulischer Teil der Fachhochschulreife", "parent": "mit Mittlerem Abschluss",
            "dimension": "Abschluss"} in run.preview["hierarchy"]  # fmt: skip
    rows = Observation.objects.filter(variable__source=source, region__key="DG", breakdown_key__startswith="Abschluss=")
    rows = rows.exclude(breakdown_key__contains="Geschlecht")
    values = {o.breakdown["Abschluss"]: o.value for o in rows}
    parts = source.summable_categories("Abschluss", values)
    assert "dar. schulischer Teil der Fachhochschulreife" not in parts and len(parts) == 5
    total = Observation.objects.get(variable__source=source, region__key="DG", breakdown_key="")
    assert sum(values[p] for p in parts) == total.value == Decimal(782423)
    assert sum(values.values()) != total.value  # summing every sibling would double count


def test_a_subtotal_after_its_parts_is_their_parent():
    from bildungsallianz.monitoring.parsers.hierarchy import summable, tree_of

    categories = ["Insgesamt", "Grundschulen", "Hauptschulen", "Schulen zusammen", "Gymnasien"]
    tree = tree_of(categories)
    assert tree == {"Grundschulen": "Schulen zusammen", "Hauptschulen": "Schulen zusammen"}
    assert summable(categories, tree) == ["Grundschulen", "Hauptschulen", "Gymnasien"]


_LEAVERS_HEADER = (
    ";;;" + ";".join(["Absolvierende/Abgehende allgemeinbildender Schulen nach dem Abschluss"] * 14) + "\n"
    ";;;Insgesamt;Insgesamt;{0};{0};{1};{1};{2};{2};dar. schulischer Teil der Fachhochschulreife;"
    "dar. schulischer Teil der Fachhochschulreife;mit Fachhochschulreife;mit Fachhochschulreife;{3};{3}\n"
    ";;;" + ";".join(["Insgesamt", "weiblich"] * 7) + "\n"
)
#: Flensburg in the classic download of 2023 (../shared/data) and in the „-B“ table of 2024
#: (theo-lyd/educational-equity-flow, data/raw/21111-02-06-4-B.csv, Stand 28.03.2026), which
#: names the qualifications as the KMK agreed: figures as published.
LEAVERS_2023 = (
    "GENESIS-Tabelle: 21111-02-06-4\n"
    "Absolvierende/Abgehende allgemeinbildender Schulen nach;;;;;;;;;;;;;;;;\n"
    "Geschlecht und Abschlussarten - Schuljahr - regionale Tiefe:;;;;;;;;;;;;;;;;\n"
    "Kreise und krfr. Städte;;;;;;;;;;;;;;;;\n"
    "Statistik der allgemeinbildenden Schulen;;;;;;;;;;;;;;;;\n"
    "Absolvierende/Abgehende (Anzahl);;;;;;;;;;;;;;;;\n"
    + _LEAVERS_HEADER.format(
        "ohne Hauptschulabschluss",
        "mit Hauptschulabschluss",
        "mit Mittlerem Abschluss",
        "mit allgemeiner Hochschulreife",
    )
    + "2023;01001;      Flensburg, kreisfreie Stadt;1059;558;90;39;147;69;318;162;57;27;-;-;504;288\n"
    "__________\n"
    "Stand: 25.06.2025 / 13:38:19\n"
)
LEAVERS_2024_B = (
    "Tabelle: 21111-02-06-4-B\n"
    "Absolvierende/Abgehende allgemeinbildender Schulen nach;;;;;;;;;;;;;;;;\n"
    "Geschlecht und Abschlussarten - Schuljahr - regionale Ebenen;;;;;;;;;;;;;;;;\n"
    "Statistik der allgemeinbildenden Schulen;;;;;;;;;;;;;;;;\n"
    "Absolventen/Abgänger (Anzahl);;;;;;;;;;;;;;;;\n"
    + _LEAVERS_HEADER.format(
        "ohne Ersten Schulabschluss",
        "mit Erstem Schulabschluss",
        "mit Mittlerem Schulabschluss",
        "mit Allgemeiner und fachgebundener Hochschulreife",
    )
    + "2024;01001;Flensburg, kreisfreie Stadt;1107;564;108;42;195;87;306;159;63;33;0;0;498;276\n"
    "__________\n"
    "Stand: 28.03.2026 / 02:37:02\n"
)


def test_the_2024_school_leavers_under_the_kmk_names_and_the_b_table_continue_the_series(catalogue):
    from bildungsallianz.monitoring.models import IndicatorValue

    import_statistics(data=LEAVERS_2023.encode("iso-8859-1"), filename="21111-02-06-4_2023.csv")
    run = import_statistics(data=LEAVERS_2024_B.encode("iso-8859-1"), filename="21111-02-06-4-B.csv")
    assert run.source.code == "21111-02-06-4" and run.count_new == 14
    assert any("ohne Ersten Schulabschluss" in note for note in run.preview["notes"])  # the preview names it
    without = IndicatorValue.objects.filter(
        indicator__code="schulabgaenge-ohne-hauptschulabschluss", region__key="01001"
    ).order_by("year")
    assert [(v.year, v.value) for v in without] == [(2023, Decimal("90")), (2024, Decimal("108"))]
    share = IndicatorValue.objects.get(
        indicator__code="schulabgaenge-hochschulreife-anteil", region__key="01001", year=2024
    )
    assert round(share.value, 1) == Decimal("45.0")  # 498 of 1,107
    assert not Observation.objects.filter(breakdown_key__contains="Erste").exists()
    again = import_statistics(data=LEAVERS_2024_B.encode("iso-8859-1"), filename="21111-02-06-4-B.csv")
    assert (again.count_new, again.count_changed, again.count_unchanged) == (0, 0, 14)

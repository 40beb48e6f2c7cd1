"""Issue 12 layouts through the whole import: stored under the right region, period and breakdown."""

import csv as csv_module
import io
import re
from decimal import Decimal

import pytest

from bildungsallianz.monitoring.formatting import LEGEND, display_value
from bildungsallianz.monitoring.models import Indicator, IndicatorValue, Observation
from bildungsallianz.monitoring.services import import_statistics, indicators_recompute
from bildungsallianz.monitoring.services.indicators import _quality, _quality_reason
from bildungsallianz.monitoring.special_values import QUALITY_FLAGS

from .samples import ffcsv_new
from .test_parsers_layouts import NO_PERIOD_COLUMN, _bytes

pytestmark = pytest.mark.django_db


def _indicator(code: str, source: str, variable: str, *, unit: str = "Personen", decimals: int = 0) -> Indicator:
    """An indicator that shows one variable's total directly."""
    return Indicator.objects.create(
        code=code,
        name=code.title(),
        definition="Test",
        theme="demografie",
        numerator={"source": source, "variable": variable, "breakdown": {}},
        unit=unit,
        decimals=decimals,
    )


def test_a_table_without_period_column_imports_with_the_published_values_and_again_idempotently(regions):
    run = import_statistics(data=_bytes(NO_PERIOD_COLUMN), filename="12411-01-01-4.csv")
    assert run.source.code == "12411-01-01-4" and run.count_new == 15
    total = Observation.objects.get(region__key="DG", period="2015-12-31", breakdown_key="")
    assert total.value == Decimal("82175684") and total.year == 2015 and total.variable.unit == "Anzahl"
    women = Observation.objects.get(region__key="01001", period="2015-12-31", breakdown_key="Geschlecht=weiblich")
    assert women.value == Decimal("43175")
    again = import_statistics(data=_bytes(NO_PERIOD_COLUMN), filename="12411-01-01-4.csv")
    assert (again.count_new, again.count_changed, again.count_unchanged) == (0, 0, 15)


def test_a_quality_flag_is_stored_carried_into_the_indicator_shown_and_exported(regions, client, settings):
    settings.MUNICIPALITY_AGS = "01001"
    flagged = NO_PERIOD_COLUMN.replace(";85942;", ";(85942);")
    import_statistics(data=_bytes(flagged), filename="12411-01-01-4.csv")
    obs = Observation.objects.get(region__key="01001", period="2015-12-31", breakdown_key="")
    assert obs.value == Decimal("85942") and obs.quality == "()"
    indicator = _indicator("bevoelkerung", "12411-01-01-4", "Bevölkerungsstand")
    indicators_recompute()
    value = IndicatorValue.objects.get(indicator=indicator, region__key="01001", year=2015)
    assert value.value == Decimal("85942") and value.quality == "()" and "eingeschränkt" in value.reason
    assert display_value(value.value, "", 0, value.quality) == "(85.942)"
    html = client.get("/daten/bevoelkerung/").content.decode()
    assert "(85.942)" in html
    assert "()" in [symbol for symbol, _label in LEGEND]
    csv = client.get("/daten/bevoelkerung/csv/").content.decode("utf-8-sig")
    row = next(line for line in csv.splitlines() if "01001" in line and "2015" in line)
    assert ";()" in row and "85.942" in row
    # a corrected vintage without the flag is a change, with the flagged value kept as previous value
    run = import_statistics(data=_bytes(NO_PERIOD_COLUMN), filename="12411-01-01-4.csv")
    assert run.count_changed == 1
    obs.refresh_from_db()
    assert obs.quality == ""


TEMPORARY = NO_PERIOD_COLUMN.replace("GENESIS-Tabelle: 12411-01-01-4", "GENESIS-Tabelle: Temporär")


def test_a_temporary_genesis_table_is_not_merged_into_a_source_called_temporaer_and_the_user_names_it(regions):
    from bildungsallianz.monitoring.models import ImportRun, Source
    from bildungsallianz.monitoring.services import ImportFailed, import_run_preview

    run = import_run_preview(data=_bytes(TEMPORARY), filename="tabelle.csv")
    assert run.state == ImportRun.State.FAILED
    assert "Temporär" in run.error and "Bevölkerungsstand" in run.error and "eigene Datenquelle" in run.error
    assert not Source.objects.filter(code__icontains="tempor").exists()
    with pytest.raises(ImportFailed):
        import_statistics(data=_bytes(TEMPORARY), filename="tabelle.csv")
    named = import_statistics(data=_bytes(TEMPORARY), filename="tabelle.csv", source_code="bevoelkerung-geschlecht")
    assert named.source.code == "bevoelkerung-geschlecht" and named.source.table_code == ""
    assert any("Temporär" in note for note in named.preview["notes"])
    assert Observation.objects.get(region__key="DG", period="2015-12-31", breakdown_key="").value == 82175684


def test_the_gemeinde_key_of_a_kreisfreie_stadt_is_the_same_territory_as_its_kreis(regions, settings):
    settings.MUNICIPALITY_AGS = "07317"
    plain = "ags;jahr;wert\n07317000;2023;412\n07340;2023;1000\n"
    run = import_statistics(data=plain.encode(), filename="g.csv", source_code="gemeinden")
    assert Observation.objects.get(region__key="07317").value == 412
    assert run.preview["own_municipality_found"] is True and not run.preview["own_municipality_skipped"]
    both = "ags;jahr;wert\n07317;2024;400\n07317000;2024;400\n"
    run = import_statistics(data=both.encode(), filename="g2.csv", source_code="gemeinden")
    assert run.count_new == 1
    assert run.preview["regions_matched"] == 1  # one territory under two keys is one region
    from bildungsallianz.monitoring.services import ImportFailed

    clash = "ags;jahr;wert\n07317;2025;400\n07317000;2025;401\n"
    with pytest.raises(ImportFailed, match="dasselbe Gebiet"):
        import_statistics(data=clash.encode(), filename="g3.csv", source_code="gemeinden")


def test_genesis_online_tables_without_region_keys_import_under_the_laender_and_germany(regions):
    from .test_parsers_genesis_online import PERIOD_AND_LAND, UNIVERSITY_STAFF, latin1

    run = import_statistics(data=latin1(PERIOD_AND_LAND), filename="21621-0003_$F.csv")
    assert run.source.code == "21621-0003" and run.count_new == 36
    theatre = Observation.objects.get(region__key="08", period="2014", breakdown_key="Kulturbereiche=Theater und Musik")
    assert theatre.value == Decimal("478.7") and theatre.variable.unit == "Mill. EUR"
    assert Observation.objects.get(region__key="DG", period="2014", breakdown_key="").value == Decimal("10241.0")
    assert Observation.objects.filter(region__key="12", status="-").count() == 1
    again = import_statistics(data=latin1(PERIOD_AND_LAND), filename="21621-0003_$F.csv")
    assert (again.count_new, again.count_changed, again.count_unchanged) == (0, 0, 36)

    staff = import_statistics(data=latin1(UNIVERSITY_STAFF), filename="21341-0001_$F.csv")
    assert staff.count_new == 13
    assert staff.source.category_tree["Personalgruppen nach Beschäftigungsverhältnis"]["Professoren"] == (
        "Hauptberufl. wissenschaftl. u. künstler. Personal"
    )
    assert set(Observation.objects.filter(variable__source=staff.source).values_list("region__key", flat=True)) == {
        "DG"
    }
    women = Observation.objects.get(
        region__key="DG",
        period="2020",
        breakdown_key="Geschlecht=weiblich|Personalgruppen nach Beschäftigungsverhältnis=Professoren",
    )
    assert women.value == Decimal("12949")


def test_a_table_with_the_laender_as_columns_imports_each_column_under_its_land(regions):
    from .test_parsers_genesis_online import LAENDER_AS_COLUMNS, LAND_AFTER_A_LABEL, VARIABLE_IN_ROWS, latin1

    run = import_statistics(data=latin1(LAENDER_AS_COLUMNS), filename="12411-0012_$F.csv")
    assert run.source.code == "12411-0012" and run.count_new == 80
    stored = Observation.objects.filter(variable__source=run.source)
    assert stored.values("region").distinct().count() == 16
    nrw = stored.get(region__key="05", period="2022-12-31", breakdown_key="")
    assert nrw.value == Decimal("18139116") and nrw.variable.unit == "Anzahl"
    babies = stored.get(region__key="08", period="1967-12-31", breakdown_key="Altersjahre=unter 1 Jahr")
    assert babies.value == Decimal("152272")
    assert stored.filter(period="1967-12-31", status="-").values("region").distinct().count() == 5  # the Neue Länder
    again = import_statistics(data=latin1(LAENDER_AS_COLUMNS), filename="12411-0012_$F.csv")
    assert (again.count_new, again.count_changed, again.count_unchanged) == (0, 0, 80)

    jobless = import_statistics(data=latin1(VARIABLE_IN_ROWS), filename="13211-0009_$F.csv")
    assert jobless.count_new == 64
    variable = jobless.source.variables.get()
    assert (variable.code, variable.unit) == ("Arbeitslose", "Anzahl")
    assert variable.observations.get(region__key="04", period="2016", breakdown_key="Geschlecht=männlich").value == (
        Decimal("20244")
    )

    spending = import_statistics(data=latin1(LAND_AFTER_A_LABEL), filename="21711-0010_$F.csv")
    assert spending.count_new == 4 * 28
    units = dict(spending.source.variables.values_list("code", "unit"))
    assert units["Ausgaben der öffentlichen Haushalte für Bildung"] == "Tsd. EUR"
    assert units["Ausgaben der öff. Haushalte für Bildung je Einw."] == "EUR"
    hesse = Observation.objects.get(
        variable__source=spending.source,
        variable__code="Ausgaben der öffentlichen Haushalte für Bildung",
        region__key="06",
        breakdown_key="Aufgabenbereiche der öffentlichen Haushalte=Förderung von Bildungsteilnehmenden"
        "|Körperschaftsgruppen=Länder",
    )
    assert hesse.value == Decimal("-2454.39")


def test_a_ba_export_asks_for_a_source_and_two_vintages_join_in_it(regions):
    from bildungsallianz.monitoring.models import Variable
    from bildungsallianz.monitoring.services import ImportFailed

    from .test_parsers_ba import ALO_2015, ALO_2023_AGE, cp1252

    with pytest.raises(ImportFailed, match="„ba-arbeitslose“"):
        import_statistics(data=cp1252(ALO_2015), filename="arbeitslose_insgesamt_nachberufsabschluss.csv")
    run = import_statistics(data=cp1252(ALO_2015), filename="a.csv", source_code="ba-arbeitslose")
    assert (run.count_new, run.format) == (8, "ba-csv")
    academic = Observation.objects.get(
        region__key="DG",
        period="2015",
        variable__code="Arbeitslose",
        breakdown_key="Berufsabschluss=Akademische Ausbildung",
    )
    assert academic.value == Decimal("202737") and academic.year == 2015
    later = import_statistics(data=cp1252(ALO_2023_AGE), filename="b.csv", source_code="ba-arbeitslose")
    assert later.count_new == 8
    variables = Variable.objects.filter(source__code="ba-arbeitslose")
    assert sorted(variables.values_list("code", "unit")) == [("Arbeitslose", "Anzahl"), ("Arbeitslose_PROZENT", "%")]
    young = Observation.objects.get(
        period="2023", variable__code="Arbeitslose", breakdown_key="Altersgruppe=unter 25 Jahre"
    )
    assert young.value == Decimal("229313") and young.region.key == "DG"
    again = import_statistics(data=cp1252(ALO_2015), filename="a.csv", source_code="ba-arbeitslose")
    assert (again.count_new, again.count_changed, again.count_unchanged) == (0, 0, 8)


def test_two_dimensions_in_one_header_line_import_as_two_breakdowns_that_each_add_up(regions):
    from .test_parsers_dimension_names import EMPLOYEES_BY_QUALIFICATION

    data = EMPLOYEES_BY_QUALIFICATION.encode("iso-8859-1")
    run = import_statistics(data=data, filename="13111-54i.csv")
    assert run.source.code == "13111-54i" and run.count_new == 130
    stored = Observation.objects.filter(region__key="05111", period="2024-12-31")
    assert {o.variable.code for o in stored} == {"Sozialversicherungspfl. Beschäftigte (Arbeitsort)"}
    total = stored.get(breakdown_key="").value
    school = [o.value for o in stored if o.breakdown.keys() == {"Abschluss"}]
    vocational = [o.value for o in stored if o.breakdown.keys() == {"Berufsabschluss"}]
    assert total == Decimal("458999") and len(school) == 5 and len(vocational) == 4
    assert sum(school) == sum(vocational) == total
    # the economic sections nest: the source knows it, and a sum over them leaves out B-F and C
    tree = run.source.category_tree["Wirtschaftszweig"]
    assert tree["Verarbeitendes Gewerbe (C)"] == "Produzierendes Gewerbe ohne Baugewerbe (B-E)"
    land = Observation.objects.filter(region__key="05", breakdown_key__contains="Wirtschaftszweig")
    sections = {o.breakdown["Wirtschaftszweig"]: o.value for o in land if o.breakdown.keys() == {"Wirtschaftszweig"}}
    parts = run.source.summable_categories("Wirtschaftszweig", sections)
    assert len(sections) == 6 and len(parts) == 4 and sum(sections[p] for p in parts) == Decimal("7390800")
    again = import_statistics(data=data, filename="13111-54i.csv")
    assert (again.count_new, again.count_changed, again.count_unchanged) == (0, 0, 130)


def test_the_preview_says_which_economic_sections_lie_under_which_and_which_a_sum_leaves_out(regions, client, staff):
    from bildungsallianz.monitoring.services import import_run_preview

    from .test_parsers_dimension_names import EMPLOYEES_BY_QUALIFICATION

    run = import_run_preview(data=EMPLOYEES_BY_QUALIFICATION.encode("iso-8859-1"), filename="13111-54i.csv")
    left_out = {c["category"] for c in run.preview["not_summed"] if c["dimension"] == "Wirtschaftszweig"}
    assert left_out == {"Produzierendes Gewerbe (B-F)", "Verarbeitendes Gewerbe (C)"}
    client.force_login(staff)
    html = client.get(f"/cms/importlaeufe/{run.pk}/vorschau/").content.decode()
    assert "„Verarbeitendes Gewerbe (C)“ ist Teil von „Produzierendes Gewerbe ohne Baugewerbe (B-E)“" in html
    assert "In Summen nicht mitgezählt" in html and "„Produzierendes Gewerbe (B-F)“ (Wirtschaftszweig)" in html
    assert not Observation.objects.exists()  # a preview stores nothing


def test_the_preview_lists_every_breakdown_with_its_categories_and_the_quality_flags(regions, client, staff):
    from bildungsallianz.monitoring.services import import_run_preview

    flagged = NO_PERIOD_COLUMN.replace(";85942;", ";(85942);")
    run = import_run_preview(data=_bytes(flagged), filename="12411-01-01-4.csv")
    assert {d["name"]: d["categories"] for d in run.preview["dimensions"]} == {"Geschlecht": ["männlich", "weiblich"]}
    assert run.preview["quality_flags"]["()"]["count"] == 1
    client.force_login(staff)
    html = client.get(f"/cms/importlaeufe/{run.pk}/vorschau/").content.decode()
    assert "<strong>Geschlecht</strong>: männlich; weiblich" in html
    assert "„()“ Aussagewert eingeschränkt, da statistisch relativ unsicher: 1" in html
    assert "<td>(85942)</td>" in html  # the sample shows the value as published, with its flag


#: A flat file that names its Regionalatlas table only in the file name. Pirmasens' density of 2022:
#: 40,682 inhabitants on 61.35 km² (GV-ISys 2024Q2, 31.12.2022, which gives 663 per km²) = 663.1.
REGIONALATLAS = (
    "statistics_code;statistics_label;time_code;time_label;time;1_variable_code;1_variable_label;"
    "1_variable_attribute_code;1_variable_attribute_label;value;value_unit;value_variable_code;value_variable_label\n"
    "99910;Regionalatlas Deutschland;JAHR;Jahr;2022;KREISE;Kreise und kreisfreie Städte;07317;"
    "Pirmasens, kreisfreie Stadt;663,1;EW je km²;AI0201;Bevölkerungsdichte\n"
)


def test_an_indicator_names_a_regionalatlas_table_as_published_and_finds_its_values(regions):
    run = import_statistics(data=REGIONALATLAS.encode("utf-8-sig"), filename="AI002-1-5_2022.csv")
    assert run.source.code == "ai002-1-5" and run.source.table_code == "AI002-1-5" and run.count_new == 1
    indicator = _indicator("dichte", "AI002-1-5", "AI0201", unit="EW je km²", decimals=1)
    indicators_recompute()
    assert IndicatorValue.objects.get(indicator=indicator, region__key="07317").value == Decimal("663.1")
    assert indicator.numerator["source"] == "ai002-1-5"  # stored under the code the source has
    again = import_statistics(data=REGIONALATLAS.encode("utf-8-sig"), filename="AI002-1-5_2023.csv")
    assert (again.source, again.count_unchanged) == (run.source, 1)


def _value_cells(html: str, region: str) -> list[str]:
    """The text of the value cells of ``region``'s rows in the page's tables, as users read it."""
    rows = re.findall(r"<tr[^>]*>\s*<th[^>]*>([^<]*)</th>.*?</tr>", html, re.S)
    cells = re.findall(r"<tr[^>]*>\s*<th[^>]*>[^<]*</th>\s*<td[^>]*>[^<]*</td>\s*<td[^>]*>(.*?)</td>", html, re.S)
    texts = [" ".join(re.sub(r"<[^>]+>", " ", c).split()) for c in cells]
    return [t for name, t in zip(rows, texts, strict=False) if name.strip() == region]


def _csv_row(client, code: str, key: str, period: str) -> dict[str, str]:
    text = client.get(f"/daten/{code}/csv/").content.decode("utf-8-sig")
    rows = list(csv_module.DictReader(io.StringIO(text), delimiter=";"))
    return next(r for r in rows if r["Regionalschlüssel"] == key and r["Zeitraum"] == period)


@pytest.mark.parametrize(
    ("flag", "shown", "note"),
    [
        ("p", "39.761 p", "vorläufiger Wert"),
        ("r", "39.761 r", "berichtigter Wert"),
        ("s", "39.761 s", "geschätzter Wert"),
    ],
)
def test_a_flat_file_flag_gives_the_table_and_the_csv_its_own_meaning(catalogue, client, settings, flag, shown, note):
    settings.MUNICIPALITY_AGS = "07317"
    import_statistics(data=ffcsv_new(q=(flag, "")), filename="12411-01-01-4_2024_new.csv")
    value = IndicatorValue.objects.get(indicator__code="bevoelkerung", region__key="07317")
    assert (value.quality, value.reason) == (flag, note)
    html = client.get("/daten/bevoelkerung/").content.decode()
    cells = _value_cells(html, "Pirmasens, kreisfreie Stadt")  # time series, comparison, all Kreise
    assert cells and set(cells) == {f"{shown} {note}"}
    row = _csv_row(client, "bevoelkerung", "07317", "31.12.2024")
    assert (row["Wert"], row["Kennzeichen"], row["Hinweis"]) == ("39.761", flag, note)


def test_a_value_in_brackets_gives_the_table_and_the_csv_the_meaning_of_brackets(regions, client, settings):
    settings.MUNICIPALITY_AGS = "01001"
    import_statistics(data=_bytes(NO_PERIOD_COLUMN.replace(";85942;", ";(85942);")), filename="12411-01-01-4.csv")
    _indicator("bevoelkerung", "12411-01-01-4", "Bevölkerungsstand")
    indicators_recompute()
    html = client.get("/daten/bevoelkerung/").content.decode()
    meaning = "Aussagewert eingeschränkt, da statistisch relativ unsicher"
    assert _value_cells(html, "Flensburg, Stadt")[0] == f"(85.942) {meaning}"
    row = _csv_row(client, "bevoelkerung", "01001", "31.12.2015")
    assert (row["Wert"], row["Kennzeichen"], row["Hinweis"]) == ("85.942", "()", meaning)


@pytest.mark.parametrize(
    ("numerator", "denominator", "flag"),
    [("", "", ""), ("p", "", "p"), ("", "r", "r"), ("p", "p", "p"), ("p", "()", "()"), ("r", "s", "s")],
)
def test_a_ratio_keeps_the_flag_of_its_inputs_the_one_that_limits_it_most(numerator, denominator, flag):
    assert _quality(numerator, denominator) == flag
    assert _quality_reason(flag) == (QUALITY_FLAGS[flag] if flag else "")

"""Series breaks (basis of a value) and the publisher's meaning of "-" (issue 12)."""

import csv as csv_module
import io
import re
from decimal import Decimal

import pytest

from bildungsallianz.monitoring import charts, selectors
from bildungsallianz.monitoring.models import IndicatorValue, Observation, Source
from bildungsallianz.monitoring.parsers import ParsedTable
from bildungsallianz.monitoring.services import import_statistics
from bildungsallianz.monitoring.services.import_plan import basis_detect

from .realdata import read, require_data

pytestmark = pytest.mark.django_db

HEADER = "regionalschluessel;zeitraum;variable;unit;wert\n"
#: Pirmasens: 31.12.2023 updated from Zensus 2011, 31.12.2024 from Zensus 2022 (issue 12)
OLD = HEADER + "07317;2022-12-31;BEVSTD;Anzahl;40686\n07317;2023-12-31;BEVSTD;Anzahl;40941\n"
NEW = HEADER + "07317;2024-12-31;BEVSTD;Anzahl;39761\n"


def _import(text, basis):
    return import_statistics(data=text.encode(), filename="b.csv", source_code="12411-01-01-4", basis=basis)


@pytest.fixture
def population(catalogue, settings):
    settings.MUNICIPALITY_AGS = "07317"
    _import(OLD, "Zensus 2011")
    _import(NEW, "Zensus 2022")


def test_the_basis_is_stored_with_each_value_and_carried_into_the_indicator(population):
    assert Observation.objects.get(period="2023-12-31").basis == "Zensus 2011"
    assert Observation.objects.get(period="2024-12-31").basis == "Zensus 2022"
    value = IndicatorValue.objects.get(indicator__code="bevoelkerung", period="2024-12-31")
    assert value.value == Decimal("39761") and value.basis == "Zensus 2022"


def test_no_change_is_computed_across_a_series_break_and_the_overview_says_why(population):
    row = next(r for r in selectors.indicator_overview()["rows"] if r.indicator.code == "bevoelkerung")
    assert row.own.value == 39761 and row.previous.value == 40941
    assert row.change == "keine Veränderung berechnet: Reihenbruch (Zensus 2011 → Zensus 2022)"
    assert "1.180" not in row.change


def test_the_detail_table_chart_and_csv_show_the_break(population, client):
    detail = selectors.indicator_detail(selectors.indicator_get("bevoelkerung"))
    own = [c for c in detail.series if c.role == "own"]
    assert [c.series_break for c in own] == ["", "", "Reihenbruch: Zensus 2011 → Zensus 2022"]
    chart = charts.series_chart(chart_id="z", title="t", unit="Anzahl", decimals=0, cells=detail.series)
    layers = chart.spec["layer"]
    assert any(layer.get("mark", {}).get("type") == "rule" for layer in layers)
    assert "Reihenbruch: Zensus 2011 → Zensus 2022" in chart.summary
    [rendered] = charts.render_charts([chart])
    assert "Reihenbruch" in rendered.svg
    page = client.get("/daten/bevoelkerung/").content.decode()
    assert "Reihenbruch: Zensus 2011 → Zensus 2022" in page
    csv = client.get("/daten/bevoelkerung/csv/").content.decode("utf-8-sig")
    line = next(x for x in csv.splitlines() if "31.12.2024" in x and "07317" in x)
    assert "Reihenbruch: Zensus 2011 → Zensus 2022" in line and line.endswith("Zensus 2022")


def _svg_texts(svg: str) -> list[str]:
    return re.findall(r"<text[^>]*>([^<]*)</text>", svg)


def _break_rule(spec: dict) -> dict:
    return next(layer for layer in spec["layer"] if layer.get("mark", {}).get("type") == "rule")


def test_the_break_rule_and_its_legend_symbol_are_dashed_and_the_legend_names_both_bases(population):
    detail = selectors.indicator_detail(selectors.indicator_get("bevoelkerung"))
    chart = charts.series_chart(chart_id="z", title="t", unit="Anzahl", decimals=0, cells=detail.series)
    dash = _break_rule(chart.spec)["encoding"]["strokeDash"]
    # the encoding sets the dash (it overrides the mark's): every break gets 6,4, the legend symbol too
    assert dash["scale"]["range"] == [[6, 4]]
    assert dash["legend"]["symbolType"] == "stroke" and chart.spec["config"]["legend"]["labelLimit"] >= 400
    [rendered] = charts.render_charts([chart])
    assert re.findall(r'stroke-dasharray="([^"]*)"', rendered.svg) == ["6,4", "6,4"]  # the rule and the symbol
    texts = _svg_texts(rendered.svg)
    assert "Reihenbruch: Zensus 2011 → Zensus 2022" in texts
    assert not any(t.endswith("…") for t in texts)


def test_a_long_quality_flag_meaning_is_whole_in_the_legend(population):
    detail = selectors.indicator_detail(selectors.indicator_get("bevoelkerung"))
    detail.series[-1].quality = "()"
    chart = charts.series_chart(chart_id="z", title="t", unit="Anzahl", decimals=0, cells=detail.series)
    [rendered] = charts.render_charts([chart])
    assert "Aussagewert eingeschränkt, da statistisch relativ unsicher" in _svg_texts(rendered.svg)


def test_the_real_population_files_of_both_census_bases_give_a_dashed_break_named_whole(catalogue, settings, client):
    require_data()  # the real files of ../shared/data
    settings.MUNICIPALITY_AGS = "07317"
    for name, basis in (("12411-01-01-4_2023_old.csv", "Zensus 2011"), ("12411-01-01-4_2024_new.csv", "Zensus 2022")):
        run = import_statistics(
            data=read(f"genesis/ffcsv/{name}"), filename=name, basis=basis, ignore_unknown_regions=True
        )
        assert run.state == "succeeded", run.error
    page = client.get("/daten/bevoelkerung/").content.decode()
    svg = page[page.index('<svg xmlns="http://www.w3.org/2000/svg" class="monitoring-chart__svg"') :]
    svg = svg[: svg.index("</svg>")]
    assert set(re.findall(r'stroke-dasharray="([^"]*)"', svg)) == {"6,4"}
    assert "Reihenbruch: Zensus 2011 → Zensus 2022" in _svg_texts(svg)


def test_without_a_stated_basis_there_is_no_break_and_the_change_is_computed(catalogue, settings):
    settings.MUNICIPALITY_AGS = "07317"
    _import(OLD, "")
    _import(NEW, "")
    row = next(r for r in selectors.indicator_overview()["rows"] if r.indicator.code == "bevoelkerung")
    assert row.change.startswith("−1.180")


def test_a_new_basis_for_the_same_number_is_a_change_and_the_same_file_again_is_idempotent(population):
    again = _import(NEW, "Zensus 2022")
    assert (again.count_new, again.count_changed, again.count_unchanged) == (0, 0, 1)
    rebased = _import(NEW, "Zensus 2011")
    assert rebased.count_changed == 1


def test_the_same_file_without_a_stated_basis_keeps_the_stored_basis_and_the_break(population, client):
    """A basis not stated (the form left empty, a scheduled fetch) is no new basis: nothing to rewrite."""
    again = _import(OLD + NEW[len(HEADER) :], "")
    assert (again.count_new, again.count_changed, again.count_unchanged) == (0, 0, 3)
    assert Observation.objects.get(period="2024-12-31").basis == "Zensus 2022"
    assert "Reihenbruch: Zensus 2011 → Zensus 2022" in client.get("/daten/bevoelkerung/").content.decode()
    revised = _import(HEADER + "07317;2024-12-31;BEVSTD;Anzahl;39760\n", "")
    assert revised.count_changed == 1  # a revised number is a change; its basis is then not stated
    assert Observation.objects.get(period="2024-12-31").basis == ""


def test_the_basis_is_found_in_the_title_or_a_footnote_and_left_open_when_the_file_names_two():
    def table(title="", footnotes=()):
        return ParsedTable("genesis-classic", "12411-01-01-4", title, None, list(footnotes), None, "utf-8", [])

    assert basis_detect(table("Bevölkerung: Kreise, Stichtag (Zensus 2022)")) == "Zensus 2022"
    assert basis_detect(table(footnotes=["Fortschreibung auf Grundlage des Zensus 2011."])) == "Zensus 2011"
    assert basis_detect(table(footnotes=["Population based on the 2022 census."])) == "Zensus 2022"
    two = ["Bis 2021 auf Basis des Zensus 2011.", "Ab 2022 auf Basis des Zensus 2022."]
    assert basis_detect(table(footnotes=two)) == ""
    assert basis_detect(table("Bevölkerung")) == ""


def test_a_dash_keeps_its_symbol_and_shows_the_publishers_meaning_where_it_cannot_mean_zero(catalogue, settings):
    settings.MUNICIPALITY_AGS = "07317"
    data = "regionalschluessel;zeitraum;variable;unit;wert\n07317;2025-06-30;ERW032;Anzahl;-\n"
    import_statistics(data=data.encode(), filename="s.csv", source_code="13111-01-03-4")
    Source.objects.filter(code="13111-01-03-4").update(dash_meaning="Wert noch nicht veröffentlicht")
    from bildungsallianz.monitoring.services import indicators_recompute

    indicators_recompute()
    obs = Observation.objects.get(region__key="07317", period="2025-06-30")
    assert obs.status == "-" and obs.value is None
    value = IndicatorValue.objects.get(indicator__code="sv-beschaeftigte", region__key="07317")
    assert value.status == "-" and value.value is None
    assert value.reason == "Wert noch nicht veröffentlicht (–)"
    assert Source.objects.get(code="13111-01-03-4").dash_label == "Wert noch nicht veröffentlicht"
    assert Source(code="x").dash_label == "nichts vorhanden"


def test_the_detail_page_legend_gives_the_publishers_meaning_of_the_dash(catalogue, settings, client):
    settings.MUNICIPALITY_AGS = "07317"
    data = "regionalschluessel;zeitraum;variable;unit;wert\n07317;2025-06-30;ERW032;Anzahl;-\n"
    import_statistics(data=data.encode(), filename="s.csv", source_code="13111-01-03-4")
    Source.objects.filter(code="13111-01-03-4").update(dash_meaning="Wert noch nicht veröffentlicht")
    page = client.get("/daten/sv-beschaeftigte/").content.decode()
    assert "Wert noch nicht veröffentlicht (Tabelle 13111-01-03-4)" in page and "nichts vorhanden" in page


def test_a_quality_flag_gets_a_ring_in_the_chart_with_its_meaning_in_the_legend(population):
    detail = selectors.indicator_detail(selectors.indicator_get("bevoelkerung"))
    detail.series[-1].quality = "p"
    chart = charts.series_chart(chart_id="z", title="t", unit="Anzahl", decimals=0, cells=detail.series)
    assert any("opacity" in layer.get("encoding", {}) for layer in chart.spec["layer"])
    assert "39.761 p" in chart.summary
    [rendered] = charts.render_charts([chart])
    assert "vorläufiger Wert" in rendered.svg


def _source_form(client, source: Source) -> dict:
    """The back-office edit form of ``source`` as the browser would send it back unchanged."""
    form = client.get(f"/cms/datenquellen/edit/{source.pk}/").context["form"]
    data = {}
    for name, field in form.fields.items():
        value = form[name].value()
        data[name] = field.widget.format_value(value) if hasattr(field.widget, "format_value") else value
        data[name] = "" if data[name] is None else data[name]
    return data


def test_staff_change_the_meaning_of_the_dash_in_the_back_office_and_page_csv_and_overview_show_it(
    catalogue, settings, client, staff
):
    settings.MUNICIPALITY_AGS = "07317"
    data = "regionalschluessel;zeitraum;variable;unit;wert\n07317;2025-06-30;ERW032;Anzahl;-\n"
    import_statistics(data=data.encode(), filename="s.csv", source_code="13111-01-03-4")
    assert "nichts vorhanden (–)" in client.get("/daten/sv-beschaeftigte/").content.decode()
    source = Source.objects.get(code="13111-01-03-4")

    client.force_login(staff)
    form = _source_form(client, source)
    response = client.post(
        f"/cms/datenquellen/edit/{source.pk}/", {**form, "dash_meaning": "Wert noch nicht veröffentlicht"}
    )
    assert response.status_code == 302, response.context["form"].errors
    client.logout()

    page = client.get("/daten/sv-beschaeftigte/").content.decode()
    cells = [c for c in re.findall(r"<td[^>]*>(.*?)</td>", page, re.S) if "monitoring-reason" in c]
    assert any("Wert noch nicht veröffentlicht (–)" in c for c in cells)
    assert "nichts vorhanden (–)" not in page
    text = client.get("/daten/sv-beschaeftigte/csv/").content.decode("utf-8-sig")
    rows = list(csv_module.DictReader(io.StringIO(text), delimiter=";"))
    own = next(r for r in rows if r["Regionalschlüssel"] == "07317" and r["Tabelle"] == "Zeitreihe")
    assert (own["Kennzeichen"], own["Hinweis"]) == ("-", "Wert noch nicht veröffentlicht (–)")
    overview = client.get("/daten/").content.decode()
    assert "Wert noch nicht veröffentlicht (–)" in overview and "nichts vorhanden (–)" not in overview


def test_saving_a_source_without_changing_the_dash_meaning_recomputes_nothing(catalogue, client, staff, monkeypatch):
    from bildungsallianz.monitoring import services

    calls = []
    monkeypatch.setattr(services, "indicators_dash_meaning_changed", lambda **kw: calls.append(kw))
    source = Source.objects.get(code="13111-01-03-4")
    client.force_login(staff)
    form = _source_form(client, source)
    assert client.post(f"/cms/datenquellen/edit/{source.pk}/", {**form, "title": "Neu"}).status_code == 302
    assert calls == []
    client.post(f"/cms/datenquellen/edit/{source.pk}/", {**form, "dash_meaning": "kein Nachweis"})
    assert calls == [{"source_code": "13111-01-03-4"}]


def test_the_recomputation_after_a_new_meaning_touches_only_the_years_with_a_dash(catalogue, settings):
    from bildungsallianz.monitoring.services import indicators_dash_meaning_changed

    data = (
        "regionalschluessel;zeitraum;variable;unit;wert\n"
        "07317;2024-06-30;ERW032;Anzahl;17000\n07317;2025-06-30;ERW032;Anzahl;-\n"
    )
    import_statistics(data=data.encode(), filename="s.csv", source_code="13111-01-03-4")
    values = IndicatorValue.objects.filter(indicator__code="sv-beschaeftigte", region__key="07317")
    number = values.get(year=2024)
    Source.objects.filter(code="13111-01-03-4").update(dash_meaning="Wert noch nicht veröffentlicht")
    assert indicators_dash_meaning_changed(source_code="13111-01-03-4") >= 1
    assert values.get(year=2025).reason == "Wert noch nicht veröffentlicht (–)"
    assert values.get(year=2024).pk == number.pk  # the year without "-" is not rewritten
    Source.objects.filter(code="13111-01-03-4").update(dash_meaning="")
    indicators_dash_meaning_changed(source_code="13111-01-03-4")
    assert values.get(year=2025).reason == "nichts vorhanden (–)"
    assert indicators_dash_meaning_changed(source_code="keine-quelle") == 0

"""From answers to monitoring: secret cells, secondary suppression, source, indicators, pages."""

import pytest
from django.core.exceptions import ValidationError

from bildungsallianz.monitoring.models import Indicator, IndicatorValue, Observation, Source
from bildungsallianz.surveys.aggregation import build_tables
from bildungsallianz.surveys.models import Survey
from bildungsallianz.surveys.services import survey_aggregate, survey_close

from .factories import answer, company_survey


def _sheets(survey):
    # Handwerk 4 (steigt 3, gleich 1), Industrie 3 (steigt 1, sinkt 2), Dienstleistung 1 (gleich)
    for branch, demand, places in [
        ("Handwerk", "steigt", 2), ("Handwerk", "steigt", 1), ("Handwerk", "steigt", 3), ("Handwerk", "gleich", 0),
        ("Industrie", "steigt", 10), ("Industrie", "sinkt", 4), ("Industrie", "sinkt", 5),
        ("Dienstleistung", "gleich", 1),
    ]:  # fmt: skip
        answer(survey, Branche=branch, Fachkräftebedarf=demand, Ausbildungsplätze=places, Wünsche="Mehr Bewerbungen")


@pytest.fixture
def survey(db):
    survey = company_survey()
    _sheets(survey)
    return survey


def _table(tables, variable):
    return next(t for t in tables if t.variable == variable)


def test_cells_with_fewer_than_three_answers_are_secret_and_no_total_reveals_them(survey):
    tables, responses = build_tables(survey)
    assert responses == 8
    demand = _table(tables, "Fachkräftebedarf")
    assert demand.values[("steigt", "Handwerk")] == 3
    assert (None, None) not in demand.secret  # all 8 answers: the grand total stays open
    assert ("gleich", "Handwerk") in demand.secret  # 1 answer
    assert ("sinkt", "Industrie") in demand.secret  # 2 answers
    assert ("gleich", "Dienstleistung") in demand.secret
    lines = [
        [(r, c) for c in ["Handwerk", "Industrie", "Dienstleistung", None]] for r in ["steigt", "gleich", "sinkt", None]
    ]
    lines += [
        [(r, c) for r in ["steigt", "gleich", "sinkt", None]] for c in ["Handwerk", "Industrie", "Dienstleistung", None]
    ]
    for line in lines:
        assert len([k for k in line if k in demand.secret]) != 1, line


def test_a_row_with_exactly_one_small_cell_gets_a_second_secret_cell(db):
    survey = company_survey()
    # Handwerk: steigt 5, gleich 4, sinkt 1 → only "sinkt" is small; one more cell of the Handwerk row must go
    for demand, n in (("steigt", 5), ("gleich", 4), ("sinkt", 1)):
        for _ in range(n):
            answer(survey, Branche="Handwerk", Fachkräftebedarf=demand)
    table = _table(build_tables(survey)[0], "Fachkräftebedarf")
    row = [k for k in table.values if k[1] == "Handwerk"]
    secret_in_row = [k for k in row if k in table.secret]
    assert ("sinkt", "Handwerk") in secret_in_row
    assert len(secret_in_row) == 2
    assert ("gleich", "Handwerk") in secret_in_row  # the smallest open cell of the line


def test_number_questions_are_summed_and_small_groups_kept_secret(survey):
    places = _table(build_tables(survey)[0], "Ausbildungsplätze")
    assert places.values[(None, "Handwerk")] == 6
    assert (None, "Dienstleistung") in places.secret  # one company
    assert len([k for k in places.secret if k[1] is not None]) >= 2  # the total cannot reveal it


def test_free_text_never_leaves_the_survey(survey):
    tables, _n = build_tables(survey)
    assert "Wünsche" not in {t.variable for t in tables}


def test_aggregation_needs_a_closed_survey(survey, staff):
    with pytest.raises(ValidationError, match="geschlossen"):
        survey_aggregate(survey=survey, by=staff)


def test_aggregation_writes_a_local_source_observations_with_symbols_and_indicators(survey, staff, regions):
    survey_close(survey=survey, by=staff)
    run = survey_aggregate(survey=survey, by=staff)
    source = Source.objects.get(code="umfrage-betriebsbefragung")
    assert source.publisher.startswith("Bildungsbüro")
    assert "8 Antworten" in source.attribution and "Online-Befragung" in source.attribution
    assert source.reference_date.startswith("Befragung, geschlossen am")
    secret = Observation.objects.get(
        variable__source=source,
        variable__code="Fachkräftebedarf",
        breakdown_key="Branche=Handwerk|Fachkräftebedarf=gleich",
    )
    assert (secret.value, secret.status, secret.import_run) == (None, ".", run)
    total = Observation.objects.get(variable__source=source, variable__code="Antworten", breakdown_key="")
    assert total.value == 8
    indicator = Indicator.objects.get(code="betriebsbefragung-fachkraftebedarf")
    assert indicator.numerator["table"] == {"rows": "Fachkräftebedarf", "columns": "Branche"}
    assert IndicatorValue.objects.get(indicator=indicator).value == 8
    assert Survey.objects.get(pk=survey.pk).aggregated_at is not None


def test_aggregating_twice_changes_nothing(survey, staff, regions):
    survey_close(survey=survey, by=staff)
    survey_aggregate(survey=survey, by=staff)
    before = sorted(map(str, Observation.objects.values_list("breakdown_key", "value", "status")))
    run = survey_aggregate(survey=survey, by=staff)
    assert sorted(map(str, Observation.objects.values_list("breakdown_key", "value", "status"))) == before
    assert run.count_new == 0 and run.count_changed == 0


def test_the_indicator_page_shows_the_breakdown_with_secret_cells_and_the_csv_has_it(survey, staff, regions, client):
    survey_close(survey=survey, by=staff)
    survey_aggregate(survey=survey, by=staff)
    response = client.get("/daten/betriebsbefragung-fachkraftebedarf/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Gliederung" in html and "Nach Fachkräftebedarf" in html
    assert '<td class="kern-table__cell kern-table__cell--numeric">.</td>' in html
    assert "Bildungsbüro" in html
    csv = client.get("/daten/betriebsbefragung-fachkraftebedarf/csv/").content.decode("utf-8-sig")
    assert "Gliederung;07317;Fachkräftebedarf: gleich, Handwerk;2025;;Anzahl;." in csv


def test_the_indicator_page_of_a_survey_costs_a_constant_number_of_queries(
    staff, regions, client, django_assert_max_num_queries
):
    """Measured on the first request after each aggregation (the write empties the caches)."""
    survey = company_survey()
    _sheets(survey)
    survey_close(survey=survey, by=staff)
    survey_aggregate(survey=survey, by=staff)
    with django_assert_max_num_queries(40) as small:  # cold: the database cache counts too
        client.get("/daten/betriebsbefragung-fachkraftebedarf/")
    Survey.objects.filter(pk=survey.pk).update(state=Survey.State.OPEN)
    survey.refresh_from_db()
    for _ in range(20):
        answer(survey, Branche="Industrie", Fachkräftebedarf="sinkt", Ausbildungsplätze=1)
    survey_close(survey=survey, by=staff)
    survey_aggregate(survey=survey, by=staff)
    assert len(small.captured_queries) > 0
    with django_assert_max_num_queries(len(small.captured_queries)):
        client.get("/daten/betriebsbefragung-fachkraftebedarf/")

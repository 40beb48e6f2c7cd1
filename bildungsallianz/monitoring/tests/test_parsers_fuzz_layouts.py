"""Property tests for the issue-12 layouts: mutated files fail only with ParseError; hierarchy and mappings hold."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bildungsallianz.monitoring.parsers import ParseError, parse_file
from bildungsallianz.monitoring.parsers.classic_header import REGION_BY_NAME
from bildungsallianz.monitoring.parsers.hierarchy import category_tree, summable, tree_of
from bildungsallianz.monitoring.services.mappings import Mappings, mappings_apply

from .test_parsers_dimension_names import EMPLOYEES_BY_QUALIFICATION, ENGLISH_OLD_FLAT
from .test_parsers_fuzz import MUTATIONS, mutate, parses_or_fails_cleanly
from .test_parsers_genesis_online import ALL as GENESIS_ONLINE
from .test_parsers_genesis_online import LAENDER_IN_COLUMNS, latin1
from .test_parsers_layouts import ENGLISH, FFCSV_Q, NO_PERIOD_COLUMN, _bytes

FUZZ = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
GEMEINDEN = (
    "regionalschluessel;zeitraum;Abschluss;wert\n"
    "07340001;2023;Insgesamt;10\n07340001;2023;mit Mittlerem Abschluss;6\n"
    "073405003028;2023;dar. schulischer Teil;2\n07317000;2023;Realschulen zusammen;4\n"
)
LABELS = st.sampled_from(
    ["Insgesamt", "Grundschulen", "Realschulen", "Schulen zusammen", "dar. Ganztag", "davon weiblich", "Gymnasien"]
)


@FUZZ
@given(MUTATIONS)
def test_mutated_issue_12_layouts_raise_nothing_but_parse_error(operations):
    samples = (_bytes(NO_PERIOD_COLUMN), _bytes(ENGLISH), FFCSV_Q.encode("utf-8"), GEMEINDEN.encode())
    for sample in (*samples, ENGLISH_OLD_FLAT.encode(), EMPLOYEES_BY_QUALIFICATION.encode()):
        parses_or_fails_cleanly(mutate(sample, operations), filename="12411-01-01-4.csv")


@FUZZ
@given(MUTATIONS)
def test_mutated_genesis_online_layouts_raise_nothing_but_parse_error(operations):
    for text in (*GENESIS_ONLINE.values(), LAENDER_IN_COLUMNS):
        parses_or_fails_cleanly(mutate(latin1(text), operations), filename="12411-0010_$F.csv")


@FUZZ
@given(st.lists(LABELS, unique=True, max_size=7))
def test_the_category_tree_never_points_to_itself_and_summable_keeps_no_of_which_part(categories):
    tree = tree_of(categories)
    assert all(child != parent and child in categories and parent in categories for child, parent in tree.items())
    parts = summable(categories, tree)
    assert not any(p.startswith(("dar.", "davon")) or p == "Insgesamt" for p in parts)
    assert set(parts) <= set(categories)


@FUZZ
@given(MUTATIONS)
def test_mappings_on_mutated_files_are_idempotent(operations):
    mappings = Mappings(
        [
            ("category", "", "Insgesamt", "Summe"),
            ("category", "", "männlich", "Männer"),
            ("category", "", "Männer", "männlich"),  # a cycle must not loop
            ("variable", "", "BEVSTD", "Bevölkerung"),
            ("dimension", "", "Geschlecht", "Sex"),
        ]
    )
    try:
        table = parse_file(mutate(_bytes(NO_PERIOD_COLUMN), operations), filename="12411-01-01-4.csv")
    except ParseError:
        return
    try:
        once = mappings_apply(table, mappings)
    except Exception as exc:  # only the German refusal of two cells in one place is allowed
        assert "zwei Werte an derselben Stelle" in str(exc)
        return
    twice = mappings_apply(once, mappings)
    assert [o.key for o in twice.observations] == [o.key for o in once.observations]
    category_tree(once)


@FUZZ
@given(
    # German and English names (Bayern, Bavaria), at most one per Land: two would be a duplicate row
    st.lists(st.sampled_from(sorted(REGION_BY_NAME)), min_size=1, max_size=6, unique_by=REGION_BY_NAME.get),
    st.lists(st.integers(1990, 2030), min_size=1, max_size=4, unique=True),
    st.data(),
)
def test_generated_tables_of_laender_by_name_give_back_every_value_under_its_land_and_year(names, years, data):
    values = {(n, y): data.draw(st.integers(0, 10**9)) for n in names for y in years}
    text = (
        "GENESIS-Tabelle: 99999-0001\nTest: Bundesländer, Jahre\nTestwert (Anzahl)\n"
        + ";Jahr" * len(years)
        + "\n"
        + "".join(f";{y}" for y in years)
        + "\n"
        + "".join(f"{n};" + ";".join(str(values[n, y]) for y in years) + "\n" for n in names)
        + "__________\n"
    )
    table = parse_file(latin1(text), filename="99999-0001.csv")
    got = {(o.region_key, o.period): o.value for o in table.observations}
    assert got == {(REGION_BY_NAME[n], str(y)): v for (n, y), v in values.items()}

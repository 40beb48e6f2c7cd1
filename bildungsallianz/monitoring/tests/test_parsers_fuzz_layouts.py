"""Property tests for the issue-12 layouts: mutated files fail only with ParseError; hierarchy and mappings hold."""

import io
import zipfile

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bildungsallianz.monitoring.parsers import ParseError, parse_file
from bildungsallianz.monitoring.parsers.classic_header import REGION_BY_NAME
from bildungsallianz.monitoring.parsers.ffcsv import table_code_from_filename
from bildungsallianz.monitoring.parsers.hierarchy import category_tree, summable, tree_of
from bildungsallianz.monitoring.services.mappings import Mappings, mappings_apply

from .test_gemeinden_published import CLASSIC as GEMEINDEN_CLASSIC
from .test_gemeinden_published import CLASSIC_PERIOD_COLUMN as GEMEINDEN_CLASSIC_PERIOD_COLUMN
from .test_gemeinden_published import FLAT_NEW as GEMEINDEN_FLAT_NEW
from .test_gemeinden_published import FLAT_NEW_ARS as GEMEINDEN_FLAT_NEW_ARS
from .test_gemeinden_published import FLAT_OLD as GEMEINDEN_FLAT_OLD
from .test_import_layouts import REGIONALATLAS, TEMPORARY
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
#: A flat file of statistic 21111 that names its table (21111-Z-01) only in the file name. Pirmasens'
#: school leavers 2023, total and female, as in ../shared/data/genesis/classic/21111-02-06-4_2023.csv
#: (dl-de/by-2-0, © Statistische Ämter des Bundes und der Länder); the variable code is illustrative.
SCHOOLS_Z = (
    "\ufeffstatistics_code;statistics_label;time_code;time_label;time;1_variable_code;1_variable_label;"
    "1_variable_attribute_code;1_variable_attribute_label;2_variable_code;2_variable_label;"
    "2_variable_attribute_code;2_variable_attribute_label;value;value_unit;value_variable_code;value_variable_label\n"
    "21111;Statistik der allgemeinbildenden Schulen;JAHR;Jahr;2023;KREISE;Kreise und kreisfreie Städte;07317;"
    "Pirmasens, kreisfreie Stadt;GES;Geschlecht;;Insgesamt;412;Anzahl;ABSOLV;Absolvierende/Abgehende\n"
    "21111;Statistik der allgemeinbildenden Schulen;JAHR;Jahr;2023;KREISE;Kreise und kreisfreie Städte;07317;"
    "Pirmasens, kreisfreie Stadt;GES;Geschlecht;GESW;weiblich;208;Anzahl;ABSOLV;Absolvierende/Abgehende\n"
)
#: (bytes, file name) of the layouts added since: a temporary table, quality flags in parentheses,
#: Gemeinde-level classic and flat files, flat files named only by a Regionalatlas or Z code.
NEW_LAYOUTS = (
    (_bytes(TEMPORARY), "tabelle.csv"),
    (_bytes(NO_PERIOD_COLUMN.replace(";85942;", ";(85942);").replace(";2858714;", ";(2858714);")), "12411-01-01-4.csv"),
    (GEMEINDEN_CLASSIC.encode("iso-8859-1"), "12411-01-01-5.csv"),
    (GEMEINDEN_CLASSIC_PERIOD_COLUMN.encode("iso-8859-1"), "12411-01-01-5_2022.csv"),
    (GEMEINDEN_FLAT_NEW.encode("utf-8"), "12411-01-01-5_2022_new.csv"),
    (GEMEINDEN_FLAT_NEW_ARS.encode("utf-8"), "12411-01-01-5_2022_new.csv"),
    (GEMEINDEN_FLAT_OLD.encode("utf-8"), "12411-01-01-5_2022_old.csv"),
    (REGIONALATLAS.encode("utf-8-sig"), "AI002-1-5_2022.csv"),
    (SCHOOLS_Z.encode("utf-8"), "21111-Z-01_2023.csv"),
)
_SUFFIXES = ["", ".csv", ".CSV", ".zip", ".xlsx", ".xls", ".txt", "_$F.csv", "/", "\\", "\x00"]
FILENAMES = st.one_of(
    st.sampled_from([name for _data, name in NEW_LAYOUTS] + ["", "download.csv", "AI-N-01_2023.csv"]),
    st.builds(
        lambda prefix, name, suffix: prefix + name.rsplit(".", 1)[0] + suffix,
        st.text(max_size=12) | st.sampled_from(["../", "C:\\Downloads\\", "tmp/", "Kopie von "]),
        st.sampled_from([name for _data, name in NEW_LAYOUTS]),
        st.text(max_size=8) | st.sampled_from(_SUFFIXES),
    ),
    st.text(max_size=80),
)


def _zipped(data: bytes, inner: str = "tablefile.csv") -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(inner, data)
    return buffer.getvalue()


LABELS = st.sampled_from(
    ["Insgesamt", "Grundschulen", "Realschulen", "Schulen zusammen", "dar. Ganztag", "davon weiblich", "Gymnasien"]
)


@FUZZ
@given(MUTATIONS)
def test_mutated_issue_12_layouts_raise_nothing_but_parse_error(operations):
    samples = (_bytes(NO_PERIOD_COLUMN), _bytes(ENGLISH), FFCSV_Q.encode("utf-8"), GEMEINDEN.encode())
    for sample in (*samples, ENGLISH_OLD_FLAT.encode(), EMPLOYEES_BY_QUALIFICATION.encode()):
        parses_or_fails_cleanly(mutate(sample, operations), filename="12411-01-01-4.csv")


def test_the_new_layouts_unmutated_parse_with_the_table_code_of_their_header_or_file_name():
    codes = [parse_file(data, filename=name).table_code for data, name in NEW_LAYOUTS]
    assert codes == [None, "12411-01-01-4", *["12411-01-01-5"] * 5, "AI002-1-5", "21111-Z-01"]


@FUZZ
@given(MUTATIONS)
def test_mutated_new_layouts_raise_nothing_but_parse_error(operations):
    for data, name in NEW_LAYOUTS:
        parses_or_fails_cleanly(mutate(data, operations), filename=name)


@FUZZ
@given(FILENAMES, st.sampled_from(NEW_LAYOUTS), st.booleans())
def test_any_file_name_raises_nothing_but_parse_error_and_gives_no_table_code_it_does_not_carry(
    filename, layout, zipped
):
    data = _zipped(layout[0]) if zipped else layout[0]
    code = table_code_from_filename(filename)
    assert code is None or code in filename
    try:
        table = parse_file(data, filename=filename)
    except ParseError as error:
        assert str(error)
        return
    assert not table.table_code or table.table_code in filename or table.table_code.encode() in layout[0]
    assert table.observations


@FUZZ
@given(MUTATIONS, FILENAMES)
def test_mutated_new_layouts_under_any_file_name_raise_nothing_but_parse_error(operations, filename):
    for data, _name in NEW_LAYOUTS:
        parses_or_fails_cleanly(mutate(data, operations), filename=filename)


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

"""Property tests: arbitrary input fails only with ParseError; valid tables round-trip."""

import contextlib
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bildungsallianz.monitoring.parsers import ParseError, detect_format, parse_file

from .samples import CLASSIC, classic_bytes, ffcsv_new

pytestmark = []

FUZZ = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

SPECIALS = ["-", ".", "x", "/", "..."]


def parses_or_fails_cleanly(data: bytes, **kwargs) -> None:
    try:
        parse_file(data, **kwargs)
    except ParseError as error:
        assert error.message
        assert str(error)


@FUZZ
@given(st.binary(max_size=2000))
def test_arbitrary_bytes_raise_nothing_but_parse_error(data):
    parses_or_fails_cleanly(data)
    with contextlib.suppress(ParseError):
        detect_format(data)


@FUZZ
@given(st.binary(max_size=300))
def test_arbitrary_bytes_after_a_classic_first_line_raise_nothing_but_parse_error(tail):
    parses_or_fails_cleanly(b"GENESIS-Tabelle: 1\r\n" + tail)


@FUZZ
@given(st.text(alphabet=';\n\r"x.-,/ 0123456789DGaäÄ_', max_size=400))
def test_csv_like_text_after_each_known_first_line_raises_nothing_but_parse_error(body):
    heads = [
        "GENESIS-Tabelle: 1\n",
        "Tabelle: 1\n;;;A\n",
        (
            "statistics_code;statistics_label;time;1_variable_code;1_variable_label;"
            "1_variable_attribute_code;1_variable_attribute_label;value;value_unit;"
            "value_variable_code;value_variable_label\n"
        ),
        (
            "Statistik_Code;Statistik_Label;Zeit;1_Merkmal_Code;1_Merkmal_Label;"
            "1_Auspraegung_Code;1_Auspraegung_Label;X__Y__Z\n"
        ),
        "region_key;period;value\n",
    ]
    for head in heads:
        parses_or_fails_cleanly((head + body).encode("utf-8"))


def mutate(data: bytes, operations) -> bytes:
    buffer = bytearray(data)
    for kind, position, payload in operations:
        if not buffer:
            break
        pos = position % len(buffer)
        if kind == "delete":
            del buffer[pos : pos + len(payload) + 1]
        elif kind == "insert":
            buffer[pos:pos] = payload
        elif kind == "replace":
            buffer[pos : pos + len(payload)] = payload
        else:  # truncate
            del buffer[pos:]
    return bytes(buffer)


MUTATIONS = st.lists(
    st.tuples(
        st.sampled_from(["delete", "insert", "replace", "truncate"]),
        st.integers(min_value=0, max_value=10**6),
        st.binary(min_size=1, max_size=8) | st.sampled_from([b";", b"\r\n", b'"', b"..", b",", b"\xfc", b"\xff\xfe"]),
    ),
    min_size=1,
    max_size=5,
)


@FUZZ
@given(MUTATIONS)
def test_mutated_sample_files_raise_nothing_but_parse_error(operations):
    parses_or_fails_cleanly(mutate(classic_bytes(), operations))
    parses_or_fails_cleanly(mutate(ffcsv_new(q=("...", "")), operations))


NUMBERS = st.one_of(
    st.integers(min_value=-(10**12), max_value=10**12).map(Decimal),
    st.decimals(
        min_value=Decimal(-100000),
        max_value=Decimal(100000),
        places=2,
        allow_nan=False,
        allow_infinity=False,
    ),
)
CELLS = st.one_of(NUMBERS, st.sampled_from(SPECIALS))
REGION_KEYS = st.sampled_from(["DG", "01", "07", "07317", "07318", "09162", "16077", "11000"])


def format_cell(cell) -> str:
    if isinstance(cell, str):
        return cell
    return str(cell).replace(".", ",")


@FUZZ
@given(
    rows=st.lists(
        st.tuples(
            REGION_KEYS,
            st.sampled_from(["2021", "2022", "31.12.2023"]),
            st.lists(CELLS, min_size=4, max_size=4),
        ),
        min_size=1,
        max_size=30,
        unique_by=lambda row: (row[0], row[1]),
    ),
    encoding=st.sampled_from(["iso-8859-1", "utf-8"]),
    newline=st.sampled_from(["\n", "\r\n"]),
)
def test_valid_generated_classic_tables_round_trip_their_values(rows, encoding, newline):
    lines = [
        "GENESIS-Tabelle: 99999-01-01-4",
        "Erfundene Tabelle für Prüfzwecke;;;;;;",
        ";;;Schüler;Schüler;Quote;Quote",
        ";;;Geschlecht;Geschlecht;Geschlecht;Geschlecht",
        ";;;Insgesamt;weiblich;Insgesamt;männlich",
        ";;;Anzahl;Anzahl;Prozent;Prozent",
    ]
    for key, period, cells in rows:
        lines.append(f"{period};{key};  Region {key};" + ";".join(format_cell(c) for c in cells))
    lines += ["__________", "Stand: 01.01.2025 / 00:00:00"]
    data = newline.join(lines).encode(encoding)
    tab = parse_file(data)
    assert tab.format == "genesis-classic"
    assert len(tab.observations) == 4 * len(rows)
    columns = [
        ("Schüler", ()),
        ("Schüler", (("Geschlecht", "weiblich"),)),
        ("Quote", ()),
        ("Quote", (("Geschlecht", "männlich"),)),
    ]
    for key, period, cells in rows:
        iso = "2023-12-31" if period == "31.12.2023" else period
        for (variable, breakdown), cell in zip(columns, cells, strict=True):
            obs = tab.get(key, iso, variable, breakdown)
            assert obs is not None
            assert obs.region_name == f"Region {key}"
            if isinstance(cell, str):
                assert (obs.value, obs.status) == (None, cell)
            else:
                assert (obs.value, obs.status) == (cell, "")


@FUZZ
@given(st.lists(st.tuples(REGION_KEYS, CELLS), min_size=1, max_size=20, unique_by=lambda r: r[0]))
def test_valid_generated_plain_tables_round_trip_their_values(rows):
    text = "region_key;period;value\n" + "".join(f"{key};2023;{cell}\n" for key, cell in rows)
    tab = parse_file(text.encode("utf-8"))
    for key, cell in rows:
        obs = tab.get(key, "2023")
        if isinstance(cell, str):
            assert (obs.value, obs.status) == (None, cell)
        else:
            assert obs.value == cell


def test_the_sample_classic_text_is_valid_for_the_mutation_tests():
    assert parse_file(classic_bytes(CLASSIC)).observations


def _csv_module_records(text: str, delimiter: str) -> list[tuple[int, list[str]]]:
    """What the csv module alone reads from ``text`` (the reference of ``csv_rows``)."""
    import csv

    reader = csv.reader(text.splitlines(keepends=True), delimiter=delimiter, strict=False)
    records, start = [], 1
    for cells in reader:
        records.append((start, cells))
        start = reader.line_num + 1
    return records


CSV_TEXT = st.lists(
    st.text(alphabet=st.sampled_from(list('ab;,"\r\n \tä\x0c')), max_size=12),
    max_size=12,
).map("".join)


@FUZZ
@given(CSV_TEXT, st.sampled_from([";", ","]))
def test_csv_rows_reads_every_record_and_line_number_as_the_csv_module(text, delimiter):
    """The split fast path and the csv module's tail together give what the csv module gives."""
    import csv

    from bildungsallianz.monitoring.parsers.base import csv_rows

    try:
        expected = _csv_module_records(text, delimiter)
    except csv.Error:
        with pytest.raises(ParseError):
            list(csv_rows(text, delimiter))
        return
    assert list(csv_rows(text, delimiter)) == expected


def test_csv_rows_reads_a_real_classic_file_as_the_csv_module():
    """The largest shared classic file (quoted footnotes at the end) gives the csv module's records."""
    from bildungsallianz.monitoring.parsers.base import csv_rows, decode_bytes

    from .realdata import read, require_data

    require_data()
    text, _ = decode_bytes(read("genesis/classic/21111-01-03-4_2023.csv"))
    records = list(csv_rows(text, ";"))
    assert records == _csv_module_records(text, ";")
    assert records[-2][0] == 6740  # the quoted copyright of lines 6740–6742 is one record
    assert records[-2][1][0].startswith("© Statistische Ämter")


@FUZZ
@given(st.binary(max_size=200) | st.text(max_size=60).map(lambda t: t.encode("utf-8")))
def test_the_byte_check_for_control_characters_finds_exactly_what_the_text_search_finds(data):
    """``decode_bytes`` checks the bytes first; for UTF-8 and ISO-8859-1 that answer is the text search's."""
    from bildungsallianz.monitoring.parsers.base import _CONTROL_RE, _has_control_bytes

    for encoding in ("utf-8", "iso-8859-1"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        assert _has_control_bytes(data, encoding) == (_CONTROL_RE.search(text) is not None)

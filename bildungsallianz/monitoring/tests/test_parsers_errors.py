"""Bad input: every problem is a ParseError with a German message, never a partial result."""

import pytest

from bildungsallianz.monitoring.parsers import ParseError, detect_format, parse_file

from .samples import CLASSIC, CLASSIC_PIRMASENS_LINE, classic_bytes, ffcsv_new

pytestmark = []


def parse_error(data: bytes, **kwargs) -> ParseError:
    with pytest.raises(ParseError) as info:
        parse_file(data, **kwargs)
    return info.value


def test_the_sample_table_itself_parses():
    tab = parse_file(classic_bytes())
    assert len(tab.observations) == 12
    assert tab.encoding == "iso-8859-1"
    assert tab.stand == "13.03.2025 / 16:40:08"


def test_the_error_text_names_line_and_column_with_a_german_prefix():
    error = ParseError("„12a“ ist keine Zahl.", line=17, column=5)
    assert str(error) == "Zeile 17, Spalte 5: „12a“ ist keine Zahl."
    assert error.message == "„12a“ ist keine Zahl."
    assert (error.line, error.column) == (17, 5)
    assert str(ParseError("Kaputt.", line=3)) == "Zeile 3: Kaputt."
    assert str(ParseError("Kaputt.")) == "Kaputt."


@pytest.mark.parametrize("data", [b"", b"   \r\n\n  "])
def test_it_rejects_an_empty_file(data):
    error = parse_error(data)
    assert "leer" in str(error)
    assert error.line == 1


def test_it_rejects_a_classic_file_cut_after_the_header():
    text = CLASSIC.split("2023;DG")[0]
    error = parse_error(classic_bytes(text))
    assert "keine Datenzeilen" in error.message
    assert error.line is not None


def test_it_rejects_a_classic_file_cut_in_the_middle_of_a_row():
    text = CLASSIC.split("2023;07317")[0] + "2023;07317;      Pirmasens, kreisfreie Stadt;412;20"
    error = parse_error(classic_bytes(text))
    assert error.line == CLASSIC_PIRMASENS_LINE
    assert "Zellen" in error.message or "Fußzeile" in error.message


def test_it_rejects_a_classic_file_cut_at_a_row_boundary_because_the_footer_is_missing():
    text = CLASSIC.split("__________")[0]
    error = parse_error(classic_bytes(text))
    assert "Fußzeile" in error.message
    assert "abgeschnitten" in error.message


def test_it_rejects_a_row_with_fewer_cells_than_the_header():
    text = CLASSIC.replace("412;208;68;...", "412;208;68")
    error = parse_error(classic_bytes(text))
    assert error.line == CLASSIC_PIRMASENS_LINE
    assert "Zellen" in error.message
    assert str(error).startswith(f"Zeile {CLASSIC_PIRMASENS_LINE}, Spalte 7:")


def test_it_rejects_a_row_with_a_shifted_extra_value_column():
    text = CLASSIC.replace("412;208;68;...", "412;208;68;...;5")
    error = parse_error(classic_bytes(text))
    assert error.line == CLASSIC_PIRMASENS_LINE
    assert "8 Zellen" in error.message


def test_it_rejects_text_where_a_number_is_expected():
    text = CLASSIC.replace("412;208", "412;12a")
    error = parse_error(classic_bytes(text))
    assert str(error).startswith(f"Zeile {CLASSIC_PIRMASENS_LINE}, Spalte 5: „12a“ ist keine Zahl")


def test_it_rejects_a_number_with_a_thousands_point_as_ambiguous():
    error = parse_error(classic_bytes(CLASSIC.replace("782423", "782.423")))
    assert "„782.423“ ist keine Zahl" in error.message


def test_it_rejects_a_duplicate_row():
    row = "2023;07317;      Pirmasens, kreisfreie Stadt;412;208;68;...\n"
    text = CLASSIC.replace(row, row + row)
    error = parse_error(classic_bytes(text))
    assert str(error) == (f"Zeile {CLASSIC_PIRMASENS_LINE + 1}: doppelte Zeile für Region 07317, Zeitraum 2023.")


def test_it_rejects_a_duplicate_row_in_a_flat_file():
    data = ffcsv_new()
    lines = data.decode("utf-8").splitlines(keepends=True)
    error = parse_error(("".join(lines + [lines[1]])).encode("utf-8"))
    assert error.line == 4
    assert "doppelte Zeile für Region 07317, Zeitraum 2024-12-31" in error.message


def test_it_rejects_a_flat_file_row_with_a_missing_cell():
    data = ffcsv_new().decode("utf-8").replace(";20107;Anzahl", ";Anzahl").encode("utf-8")
    error = parse_error(data)
    assert error.line == 3
    assert "16 Zellen" in error.message


def test_it_rejects_a_flat_file_with_only_the_header():
    data = ffcsv_new().decode("utf-8").splitlines(keepends=True)[0].encode("utf-8")
    error = parse_error(data)
    assert "keine Datenzeilen" in error.message
    assert error.line == 1


def test_it_rejects_a_wrong_period():
    error = parse_error(classic_bytes(CLASSIC.replace("2023;07;", "2O23;07;")))
    assert error.column == 1
    assert "kein gültiger Zeitraum" in error.message


def test_it_rejects_an_impossible_date():
    error = parse_error(classic_bytes(CLASSIC.replace("2023;07;", "31.02.2023;07;")))
    assert "„31.02.2023“ ist kein gültiger Zeitraum" in error.message


def test_it_rejects_a_region_key_that_is_not_a_key():
    error = parse_error(classic_bytes(CLASSIC.replace("2023;07;", "2023;Rheinland;")))
    assert error.column == 2
    assert "kein Regionalschlüssel" in error.message


def test_it_rejects_utf16_files_with_a_clear_message():
    data = CLASSIC.encode("utf-16")
    error = parse_error(data)
    assert "UTF-16" in str(error)


def test_it_rejects_utf16_without_byte_order_mark():
    error = parse_error(CLASSIC.encode("utf-16-le"))
    assert "UTF-16" in str(error)


def test_it_rejects_binary_garbage():
    garbage = bytes(range(256)) * 4
    error = parse_error(garbage)
    assert "Binärdaten" in str(error) or "Kodierung" in str(error)


def test_it_rejects_control_characters_that_no_text_file_has():
    error = parse_error(b"GENESIS-Tabelle: 1\n\x01\x02\x03;;\n")
    assert error.line == 2
    assert "Steuerzeichen" in error.message


def test_it_reads_utf8_classic_files_as_well_as_latin1():
    tab = parse_file(CLASSIC.encode("utf-8"))
    assert tab.encoding == "utf-8"
    assert tab.title.endswith("Kreise und krfr. Städte")


def test_it_reads_windows_1252_when_latin1_would_give_control_characters():
    text = CLASSIC.replace("Testdatei.", "Testdatei „neu“.")
    tab = parse_file(text.encode("cp1252"))
    assert tab.encoding == "cp1252"
    assert "„neu“" in tab.footnotes[0]


def test_it_rejects_invalid_utf8_after_a_byte_order_mark():
    error = parse_error(b"\xef\xbb\xbfstatistics_code;x\n\xff\xfe;1\n")
    assert error.line == 2
    assert "UTF-8" in error.message


def test_it_rejects_a_file_that_is_not_a_statistics_table():
    error = parse_error(b"Liebe Kolleginnen,\nanbei die Zahlen.\nGruss\n")
    assert error.line == 1
    assert "nicht erkannt" in error.message
    with pytest.raises(ParseError):
        detect_format(b"<html><body>Fehler 404</body></html>")


def test_it_rejects_a_pdf_and_an_old_xls_file():
    assert "PDF" in str(parse_error(b"%PDF-1.7\n%\xe2\xe3\n"))
    assert ".xls" in str(parse_error(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100))


def test_it_rejects_a_classic_file_without_header_lines():
    text = "GENESIS-Tabelle: 1\nTitel;;;\n2023;DG;Deutschland;5\n__________\nStand: 1\n"
    error = parse_error(text.encode("utf-8"))
    assert "Kopfzeilen" in error.message


def test_it_rejects_two_value_columns_with_the_same_description():
    text = CLASSIC.replace(
        ";;;Insgesamt;weiblich;Insgesamt;weiblich",
        ";;;Insgesamt;Insgesamt;Insgesamt;weiblich",
    )
    error = parse_error(classic_bytes(text))
    assert "Die Spalten 4 und 5 haben dieselbe Beschreibung" in error.message
    assert (error.line, error.column) == (5, 5)


def test_it_rejects_a_classic_file_with_a_wrong_first_line():
    error = parse_error(classic_bytes(CLASSIC.replace("GENESIS-Tabelle: 21111-02-06-4", "Tabelle 1")))
    assert error.line == 1


def test_a_parse_error_never_leaves_a_partial_result():
    text = CLASSIC.replace("412;208", "412;12a")
    result = None
    with pytest.raises(ParseError):
        result = parse_file(classic_bytes(text))
    assert result is None


def test_it_rejects_an_unknown_status_in_the_flat_file_value_column():
    error = parse_error(ffcsv_new(total="k.A."))
    assert error.line == 2
    assert error.column == 14
    assert "„k.A.“ ist keine Zahl" in error.message


def test_it_rejects_a_flat_file_whose_header_lacks_the_value_column():
    data = ffcsv_new().decode("utf-8").replace(";value;", ";wert;", 1).encode("utf-8")
    error = parse_error(data)
    assert error.line == 1
    assert "„value“ fehlt" in error.message


def test_it_rejects_a_flat_file_cut_inside_the_last_value():
    data = ffcsv_new().rstrip(b"\n")[:-2]  # "20107" became "201"
    error = parse_error(data)
    assert error.line == 3
    assert "abgeschnitten" in error.message

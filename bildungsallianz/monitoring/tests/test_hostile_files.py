"""Hostile and huge files: refused quickly with a German message, nothing written, no file kept.

The hostile files are generated here (issue 8, finding 4): an .xlsx zip bomb
of about 200 KB that unpacks to 250 MB, a sheet declaring a million rows ×
16,384 columns, and files over the row and value limits.
"""

import io
import json
import tracemalloc
import zipfile

import openpyxl
import pytest

from bildungsallianz.monitoring.models import ImportRun, Observation
from bildungsallianz.monitoring.parsers import Limits, ParseError, parse_file
from bildungsallianz.monitoring.parsers.limits import check_xlsx
from bildungsallianz.monitoring.services import import_run_preview, import_statistics

from .samples import CLASSIC, classic_bytes

MAPPING = {"header_row": 1, "region_key": "A", "period": "2023", "values": {"B": {"variable": "ALO"}}}
SHEET = "xl/worksheets/sheet1.xml"


def _workbook(rows=(("07317", 1),)) -> bytes:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Schlüssel", "Wert"])
    for row in rows:
        ws.append(list(row))
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def _replace_sheet(data: bytes, write_sheet) -> bytes:
    """The same workbook with ``xl/worksheets/sheet1.xml`` written by ``write_sheet(fh)``."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            if item.filename == SHEET:
                info = zipfile.ZipInfo(SHEET)
                info.compress_type = zipfile.ZIP_DEFLATED
                info._compresslevel = 9
                with dst.open(info, "w", force_zip64=True) as fh:
                    write_sheet(fh)
            else:
                dst.writestr(item, src.read(item.filename))
    return out.getvalue()


def zip_bomb(unpacked_mb: int = 250) -> bytes:
    """A valid-looking workbook whose one sheet unpacks to ``unpacked_mb`` MB (whitespace between rows)."""
    row = b'<row r="2"><c r="A2" t="inlineStr"><is><t>07317</t></is></c></row>'
    chunk = b" " * (1024 * 1024)

    def write(fh):
        fh.write(b'<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">')
        fh.write(b"<sheetData>" + row)
        for _ in range(unpacked_mb):
            fh.write(chunk)
        fh.write(b"</sheetData></worksheet>")

    return _replace_sheet(_workbook(), write)


def huge_dimension() -> bytes:
    """A tiny workbook whose sheet declares A1:XFD1048576 (17 billion cells)."""

    def write(fh):
        fh.write(
            b'<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            b'<dimension ref="A1:XFD1048576"/><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>'
            b"</worksheet>"
        )

    return _replace_sheet(_workbook(), write)


@pytest.fixture(scope="module")
def bomb() -> bytes:
    return zip_bomb()


def test_a_zip_bomb_of_about_200_kb_is_refused_in_well_under_a_second_without_unpacking_it(bomb):
    assert len(bomb) < 400 * 1024
    tracemalloc.start()
    with pytest.raises(ParseError) as info:
        parse_file(bomb, filename="bombe.xlsx", column_mapping=MAPPING)
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert "Excel-Datei" in str(info.value) and ("entpackt" in str(info.value) or "komprimiert" in str(info.value))
    assert peak < 5 * 1024 * 1024  # refused from the declared sizes, nothing unpacked


def test_a_strongly_compressed_sheet_is_refused_even_below_the_total_limit(bomb):
    with pytest.raises(ParseError, match="auffällig stark komprimiert"):
        check_xlsx(bomb, Limits(max_unpacked_bytes=10**12))


def test_a_sheet_declaring_a_million_rows_and_all_columns_is_refused_before_reading():
    with pytest.raises(ParseError, match="Zeilen|Zellen") as info:
        parse_file(huge_dimension(), filename="x.xlsx", column_mapping=MAPPING)
    assert "1.048.576" in str(info.value)


def test_a_sheet_declaring_more_rows_than_allowed_is_refused_before_reading():
    data = _workbook(rows=[(f"07{i:03d}", i) for i in range(300, 420)])
    with pytest.raises(ParseError, match="121 Zeilen .erlaubt: 100"):
        parse_file(data, filename="x.xlsx", column_mapping=MAPPING, limits=Limits(max_rows=100))


def test_rows_beyond_the_limit_are_refused_while_reading_a_sheet_without_dimension():
    rows = b"".join(
        b'<row r="%d"><c r="A%d" t="inlineStr"><is><t>07%03d</t></is></c><c r="B%d"><v>1</v></c></row>' % (i, i, i, i)
        for i in range(2, 152)
    )

    def write(fh):
        fh.write(b'<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">')
        fh.write(b"<sheetData>" + rows + b"</sheetData></worksheet>")

    data = _replace_sheet(_workbook(), write)
    with pytest.raises(ParseError, match="mehr als 100 Zeilen"):
        parse_file(data, filename="x.xlsx", column_mapping=MAPPING, limits=Limits(max_rows=100))


@pytest.mark.parametrize(
    "text",
    [
        "region_key;period;value\n" + "".join(f"07317;{1900 + i};{i}\n" for i in range(60)),
        "region_key;period;variable;value\n" + "".join(f"07317;2023;V{i};{i}\n" for i in range(60)),
    ],
)
def test_values_beyond_the_limit_are_refused_for_text_files_too(text):
    with pytest.raises(ParseError, match="mehr als 50 Werte"):
        parse_file(text.encode(), filename="x.csv", limits=Limits(max_values=50))


@pytest.mark.django_db
def test_the_service_refuses_a_zip_bomb_writes_nothing_and_keeps_no_file(regions, bomb, settings, tmp_path):
    run = import_run_preview(data=bomb, filename="bombe.xlsx", source_code="ba")
    assert run.state == ImportRun.State.FAILED and "Excel-Datei" in run.error
    assert not run.file
    assert Observation.objects.count() == 0
    stored = [p for p in (tmp_path / "media").rglob("*") if p.is_file()] if (tmp_path / "media").exists() else []
    private = getattr(settings, "PRIVATE_MEDIA_ROOT", None)
    if private:
        from pathlib import Path

        stored += [p for p in Path(private).rglob("*") if p.is_file()]
    assert stored == []


@pytest.mark.django_db
def test_the_stored_preview_stays_small_for_a_big_file(regions):
    """5,000 unknown regions × 20 periods: the preview lists a bounded number of them."""
    lines = ["region_key;period;value"]
    lines += [f"99{i:06d};{2000 + year};{i}" for i in range(5000) for year in range(20)]
    run = import_run_preview(data="\n".join(lines).encode(), filename="gross.csv", source_code="gross")
    assert run.preview["observations"] == 100_000
    assert run.preview["regions_unknown_total"] == 5000
    assert len(run.preview["regions_unknown"]) <= 200
    assert len(json.dumps(run.preview)) < 50_000


@pytest.mark.django_db
def test_the_run_list_does_not_load_previews(regions, client, staff, django_assert_max_num_queries):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    for i in range(30):
        ImportRun.objects.create(filename=f"f{i}.csv", preview={"sample": ["x" * 1000] * 50})
    client.force_login(staff)
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/cms/importlaeufe/").status_code == 200
    runs = [q["sql"] for q in queries if 'FROM "monitoring_importrun"' in q["sql"]]
    assert runs and all('"preview"' not in sql for sql in runs)


@pytest.mark.django_db
def test_a_good_file_still_imports_after_the_checks(regions):
    run = import_statistics(data=_workbook(), filename="gut.xlsx", source_code="ba", column_mapping=MAPPING)
    assert run.state == ImportRun.State.SUCCEEDED
    assert Observation.objects.get(region__key="07317").value == 1


def test_a_classic_file_over_the_value_limit_names_the_row_where_the_limit_is_reached():
    """Classic files check the limit per row (4 values each): the third row would bring 12 > 10."""
    from .samples import CLASSIC, classic_bytes

    with pytest.raises(ParseError, match="mehr als 10 Werte") as error:
        parse_file(classic_bytes(CLASSIC), filename="x.csv", limits=Limits(max_values=10))
    assert error.value.line == 11
    assert len(parse_file(classic_bytes(CLASSIC), filename="x.csv", limits=Limits(max_values=12)).observations) == 12


def test_a_classic_file_with_a_duplicate_row_and_a_bad_cell_names_both_one_after_the_other():
    """Rows are checked before their cells: the duplicate first, then, once it is gone, the cell."""
    from .samples import CLASSIC, classic_bytes

    bad = CLASSIC.replace("2023;07;  Rheinland-Pfalz;38000;", "2023;07;  Rheinland-Pfalz;38.000;")
    duplicate = bad.replace("__________", "2023;07317;      Pirmasens, kreisfreie Stadt;1;2;3;4\n__________")
    with pytest.raises(ParseError, match="doppelte Zeile für Region 07317") as error:
        parse_file(classic_bytes(duplicate), filename="x.csv")
    assert error.value.line == 12
    with pytest.raises(ParseError, match="„38.000“ ist keine Zahl") as error:
        parse_file(classic_bytes(bad), filename="x.csv")
    assert (error.value.line, error.value.column) == (10, 4)


def _zip(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return out.getvalue()


def test_a_zip_with_one_csv_as_genesis_delivers_flat_files_parses_like_the_csv():
    csv = classic_bytes(CLASSIC)
    zipped = parse_file(_zip({"21111-02-06-4_flat.csv": csv}), filename="21111-02-06-4_flat.zip")
    plain = parse_file(csv, filename="21111-02-06-4.csv")
    assert zipped.observations == plain.observations and zipped.table_code == plain.table_code


@pytest.mark.parametrize(
    ("members", "message"),
    [
        ({"a.csv": b"x", "b.csv": b"y"}, "Das ZIP-Archiv enthält 2 CSV-Dateien (a.csv, b.csv)"),
        ({"liesmich.txt": b"x"}, "Das ZIP-Archiv enthält 0 CSV-Dateien (liesmich.txt)"),
    ],
)
def test_a_zip_with_several_csvs_or_none_is_refused_in_german(members, message):
    with pytest.raises(ParseError) as info:
        parse_file(_zip(members), filename="tabelle.zip")
    assert message in str(info.value) and "genau eine" in str(info.value)


def test_a_zipped_csv_bomb_is_refused_without_unpacking_it():
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf, zf.open("tabelle.csv", "w", force_zip64=True) as fh:
        for _ in range(250):
            fh.write(b" " * (1024 * 1024))
    tracemalloc.start()
    with pytest.raises(ParseError) as info:
        parse_file(out.getvalue(), filename="tabelle.zip")
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert "Das ZIP-Archiv" in str(info.value) and "entpackt" in str(info.value)
    assert peak < 5 * 1024 * 1024


def test_an_encrypted_zip_is_refused_in_german_not_with_a_server_error():
    data = bytearray(_zip({"tabelle.csv": classic_bytes(CLASSIC)}))
    # set the flag "encrypted" (bit 0) in the local and the central header: zipfile then wants a password
    data[6] |= 0x1
    central = data.index(b"PK\x01\x02")
    data[central + 8] |= 0x1
    with pytest.raises(ParseError) as info:
        parse_file(bytes(data), filename="tabelle.zip")
    assert "verschlüsselt" in str(info.value) and "RuntimeError" in str(info.value)


def test_a_csv_in_a_zip_may_not_be_larger_than_an_uploaded_file():
    with pytest.raises(ParseError) as info:
        parse_file(_zip({"t.csv": classic_bytes(CLASSIC)}), filename="t.zip", limits=Limits(max_text_bytes=100))
    assert "Die CSV-Datei im ZIP-Archiv ist entpackt" in str(info.value) and "wie für eine hochgeladene" in str(
        info.value
    )

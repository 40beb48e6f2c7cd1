"""Gemeinde-level Regionaldatenbank layouts through the whole import, with published figures.

Table 12411-01-01-5 „Bevölkerung nach Geschlecht – Stichtag 31.12. – regionale
Tiefe: Gemeinden“ has the shape of the Kreis table 12411-01-01-4
(:mod:`.test_parsers_layouts`, real downloads in ``../shared/data/genesis``)
with 8-digit Gemeinde keys and 9-digit Gemeindeverband keys; a flat file may
carry the 12-digit ARS instead. The files below are our own, written in those
layouts with published figures:

Source of the figures: Statistisches Bundesamt (Destatis), Gemeindeverzeichnis-
Informationssystem GV-ISys, „Gemeinden in Deutschland nach Fläche, Bevölkerung
und Postleitzahl am 30.06.2024 (2. Quartal)“ (gemeindeverzeichnis_2024Q2.xlsx),
Bevölkerung am 31.12.2022; Datenlizenz Deutschland – Namensnennung – Version 2.0
(dl-de/by-2-0), © Statistisches Bundesamt (Destatis), 2024. Only the figures
below are taken; :func:`test_the_figures_are_those_of_the_gemeindeverzeichnis`
checks them against the workbook where ``../shared/data`` is present.
"""

from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from bildungsallianz.monitoring.models import Observation, Region
from bildungsallianz.monitoring.services import import_statistics, regions_load
from bildungsallianz.monitoring.services.regions import GEMEINDEN_FILE

from .realdata import DATA_DIR, SKIP_MESSAGE

#: (AGS, name as in the GV, insgesamt, männlich, weiblich) at 31.12.2022
GEMEINDEN = [
    ("07317000", "Pirmasens, Stadt", 40682, 19921, 20761),
    ("07340001", "Bobenthal", 280, 144, 136),
    ("07340004", "Dahn, Stadt", 4532, 2228, 2304),
    ("07340014", "Hauenstein", 3969, 1930, 2039),
]
#: The Verbandsgemeinde Hauenstein (Landkreis Südwestpfalz). The GV gives no
#: figures for a Gemeindeverband: these are the sums over its 8 Gemeinden there.
VERBANDSGEMEINDE = ("073405002", "Hauenstein", 8754, 4287, 4467)
#: The 12-digit ARS of the Gemeinden (Land, RB, Kreis, Verband, Gemeinde).
ARS = {"07317000": "073170000000", "07340001": "073405001001", "07340004": "073405001004", "07340014": "073405002014"}
PERIOD = "2022-12-31"
SEXES = ("", "männlich", "weiblich")
#: What must be stored: region key → (insgesamt, männlich, weiblich). Pirmasens is the kreisfreie Stadt 07317.
EXPECTED = {("07317" if k == "07317000" else k): tuple(figures) for k, _n, *figures in [*GEMEINDEN, VERBANDSGEMEINDE]}

_KREIS_PIRMASENS = ("07317", "Pirmasens, kreisfreie Stadt", *GEMEINDEN[0][2:])
_ROWS = [_KREIS_PIRMASENS, GEMEINDEN[0], VERBANDSGEMEINDE, *GEMEINDEN[1:]]
_INDENT = {5: 6, 9: 8, 8: 10}

CLASSIC = (  # periods in a header line, as 12411-01-01-4 by datenguide; Pirmasens as Kreis and as Gemeinde
    "GENESIS-Tabelle: 12411-01-01-5\n"
    "Bevölkerungsstand: Bevölkerung nach Geschlecht;;;;\n"
    "- Stichtag 31.12. -;;;;\n"
    "regionale Tiefe: Gemeinden;;;;\n"
    "Fortschreibung des Bevölkerungsstandes;;;;\n"
    "Bevölkerungsstand (Anzahl);;;;\n"
    ";;31.12.2022;31.12.2022;31.12.2022\n"
    ";;Insgesamt;männlich;weiblich\n"
    + "".join(f"{k};{' ' * _INDENT[len(k)]}{n};{t};{m};{w}\n" for k, n, t, m, w in _ROWS)
    + "__________\n"
    '"© Statistische Ämter des Bundes und der Länder, Deutschland, 2024.\n'
    "Dieses Werk ist lizenziert unter der Datenlizenz Deutschland\n"
    '- Namensnennung - Version 2.0."\n'
    "Stand: 20.06.2024 / 10:41:05\n"
)
CLASSIC_PERIOD_COLUMN = (  # a period column in every row, as the downloads in ../shared/data/genesis/classic
    "GENESIS-Tabelle: 12411-01-01-5\n"
    "Bevölkerung nach Geschlecht - Stichtag 31.12. -;;;;;\n"
    "regionale Tiefe: Gemeinden;;;;;\n"
    "Fortschreibung des Bevölkerungsstandes;;;;;\n"
    ";;;Bevölkerungsstand;Bevölkerungsstand;Bevölkerungsstand\n"
    ";;;Insgesamt;männlich;weiblich\n"
    ";;;Anzahl;Anzahl;Anzahl\n"
    + "".join(f"31.12.2022;{k};{' ' * _INDENT[len(k)]}{n};{t};{m};{w}\n" for k, n, t, m, w in _ROWS)
    + "__________\n"
    '"© Statistische Ämter des Bundes und der Länder, Deutschland, 2024.\n'
    "Dieses Werk ist lizenziert unter der Datenlizenz Deutschland\n"
    '- Namensnennung - Version 2.0."\n'
    "Stand: 20.06.2024 / 10:41:05\n"
)
_SEX_CODES = (("", "Insgesamt"), ("GESM", "männlich"), ("GESW", "weiblich"))


def _flat_new(keys: dict[str, str] | None = None) -> str:
    """The new flat file (2025+) with the Gemeinden as ``GEMEIN``; ``keys`` replaces keys (e.g. by the ARS)."""
    keys = keys or {}
    rows = "".join(
        "12411;Fortschreibung des Bevölkerungsstandes;STAG;Stichtag;2022-12-31;GEMEIN;Gemeinden;"
        f"{keys.get(k, k)};{n};GES;Geschlecht;{code};{label};{value};Anzahl;BEVSTD;Bevölkerungsstand\n"
        for k, n, *values in [GEMEINDEN[0], VERBANDSGEMEINDE, *GEMEINDEN[1:]]
        for (code, label), value in zip(_SEX_CODES, values, strict=True)
    )
    return (
        "\ufeffstatistics_code;statistics_label;time_code;time_label;time;1_variable_code;1_variable_label;"
        "1_variable_attribute_code;1_variable_attribute_label;2_variable_code;2_variable_label;"
        "2_variable_attribute_code;2_variable_attribute_label;value;value_unit;value_variable_code;"
        "value_variable_label\n" + rows
    )


FLAT_NEW = _flat_new()
FLAT_NEW_ARS = _flat_new(ARS)
FLAT_OLD = (  # the old flat file (until 2024): German headers, DD.MM.YYYY, indented names, one column per variable
    "Statistik_Code;Statistik_Label;Zeit_Code;Zeit_Label;Zeit;1_Merkmal_Code;1_Merkmal_Label;1_Auspraegung_Code;"
    "1_Auspraegung_Label;2_Merkmal_Code;2_Merkmal_Label;2_Auspraegung_Code;2_Auspraegung_Label;"
    "BEVSTD__Bevoelkerungsstand__Anzahl\n"
    + "".join(
        "12411;Fortschreibung des Bevölkerungsstandes;STAG;Stichtag;31.12.2022;GEMEIN;Gemeinden;"
        f"{k};{' ' * _INDENT[len(k)]}{n};GES;Geschlecht;{code};{label};{value}\n"
        for k, n, *values in [GEMEINDEN[0], VERBANDSGEMEINDE, *GEMEINDEN[1:]]
        for (code, label), value in zip(_SEX_CODES, values, strict=True)
    )
)


def latin1(text: str) -> bytes:
    """A classic download: ISO-8859-1, as the Regionaldatenbank delivers it."""
    return text.encode("iso-8859-1")


#: (file name, bytes, variable code) of every layout
LAYOUTS = {
    "classic": ("12411-01-01-5.csv", latin1(CLASSIC), "Bevölkerungsstand"),
    "classic-period-column": ("12411-01-01-5_2022.csv", latin1(CLASSIC_PERIOD_COLUMN), "Bevölkerungsstand"),
    "flat-new": ("12411-01-01-5_2022_new.csv", FLAT_NEW.encode("utf-8"), "BEVSTD"),
    "flat-new-ars": ("12411-01-01-5_2022_new.csv", FLAT_NEW_ARS.encode("utf-8"), "BEVSTD"),
    "flat-old": ("12411-01-01-5_2022_old.csv", FLAT_OLD.encode("utf-8"), "BEVSTD"),
}


@pytest.fixture
def gemeinden(db):
    """Kreise and, for Rheinland-Pfalz, all Gemeinden and Gemeindeverbände of the product's data."""
    regions_load(gemeinden_path=GEMEINDEN_FILE, gemeinden_land="07")


def _stored(variable: str) -> dict[str, tuple]:
    found: dict[str, dict[str, Decimal]] = {}
    for obs in Observation.objects.filter(period=PERIOD, variable__code=variable).select_related("region"):
        assert obs.year == 2022 and obs.status == "" and obs.variable.unit == "Anzahl"
        sex = obs.breakdown.get("Geschlecht", "")
        assert obs.breakdown_key == (f"Geschlecht={sex}" if sex else "")
        found.setdefault(obs.region.key, {})[sex] = obs.value
    return {key: tuple(by_sex.get(s) for s in SEXES) for key, by_sex in found.items()}


@pytest.mark.parametrize("layout", LAYOUTS)
def test_each_gemeinde_layout_stores_the_published_values_under_the_right_region_and_again_nothing(
    gemeinden, settings, layout
):
    settings.MUNICIPALITY_AGS = "07317"
    filename, data, variable = LAYOUTS[layout]
    run = import_statistics(data=data, filename=filename)
    assert run.source.code == "12411-01-01-5"
    assert _stored(variable) == EXPECTED
    assert run.count_new == 3 * len(EXPECTED) == 15
    assert not Region.objects.filter(key="07317000").exists()  # the kreisfreie Stadt is stored as its Kreis
    bobenthal = Observation.objects.get(region__key="07340001", breakdown_key="Geschlecht=weiblich")
    assert bobenthal.region.name == "Bobenthal" and bobenthal.value == 136
    hauenstein = Observation.objects.get(region__key="073405002", breakdown_key="")  # not the Gemeinde Hauenstein
    assert hauenstein.region.level == Region.Level.GEMEINDEVERBAND and hauenstein.value == 8754
    assert run.preview["gemeinden_matched"] == 4 and run.preview["own_municipality_found"] is True
    assert run.preview["regions_unknown_total"] == 0
    again = import_statistics(data=data, filename=filename)
    assert (again.count_new, again.count_changed, again.count_unchanged) == (0, 0, 15)


def test_the_flat_file_with_ars_keys_is_the_same_as_with_ags_keys(gemeinden):
    first = import_statistics(data=FLAT_NEW.encode("utf-8"), filename="12411-01-01-5_2022_new.csv")
    again = import_statistics(data=FLAT_NEW_ARS.encode("utf-8"), filename="12411-01-01-5_2022_new.csv")
    assert again.source == first.source
    assert (again.count_new, again.count_changed, again.count_unchanged) == (0, 0, 15)


@pytest.fixture
def _plain_http(settings):
    settings.SECURE_SSL_REDIRECT = False


@pytest.mark.parametrize("layout", ["classic", "flat-new-ars"])
def test_staff_see_in_the_preview_how_many_gemeinden_matched_and_that_the_own_municipality_is_among_them(
    gemeinden, client, staff, settings, _plain_http, layout
):
    settings.MUNICIPALITY_AGS = "07317"
    filename, data, variable = LAYOUTS[layout]
    client.force_login(staff)
    preview = client.post("/cms/importlaeufe/hochladen/", {"file": SimpleUploadedFile(filename, data)})["Location"]
    html = client.get(preview).content.decode()
    assert "<dt>davon Gemeinden</dt><dd>4</dd>" in html
    own = html.split('id="own-municipality">')[1].split("</dd>")[0]
    assert "in der Datei enthalten" in own
    assert '<span id="count-new">15</span> / <span id="count-changed">0</span>' in html
    assert not Observation.objects.exists()  # a preview stores nothing
    client.post(preview, {"action": "execute"})
    assert _stored(variable) == EXPECTED
    preview = client.post("/cms/importlaeufe/hochladen/", {"file": SimpleUploadedFile(filename, data)})["Location"]
    html = client.get(preview).content.decode()
    assert '<span id="count-new">0</span> / <span id="count-changed">0</span>' in html


def _gemeindeverzeichnis() -> tuple[list[tuple], dict[str, tuple], dict[str, list[tuple]]]:
    """(header rows, (ARS, name, figures) by AGS, Gemeinden by Gemeindeverband key) of the workbook, or skip."""
    path = DATA_DIR / "regions" / "gemeindeverzeichnis_2024Q2.xlsx"
    if not path.is_file():
        pytest.skip(SKIP_MESSAGE)
    import openpyxl

    workbook = openpyxl.load_workbook(path, read_only=True)
    rows: list[tuple] = []
    try:
        for row in workbook["Onlineprodukt_Gemeinden30062024"].iter_rows(values_only=True):
            if row[0] in ("10", "20", "40", "50", "60") and row[2] + (row[3] or "") + (row[4] or "") > "07340":
                break  # sorted by key: Südwestpfalz (07340) is read, the rest is not needed
            rows.append(row)
    finally:
        workbook.close()
    gemeinden: dict[str, tuple] = {}
    members: dict[str, list[tuple]] = {}
    for row in rows:
        if row[0] == "60":  # Satzart Gemeinde: Land, RB, Kreis, Verband, Gemeinde, name, area, population m/w
            land, rb, kreis, verband, gemeinde, name, _area, total, male, female = row[2:12]
            entry = (land + rb + kreis + verband + gemeinde, name, total, male, female)
            gemeinden[land + rb + kreis + gemeinde] = entry
            members.setdefault(land + rb + kreis + verband, []).append(entry)
    return rows[:6], gemeinden, members


def test_the_figures_are_those_of_the_gemeindeverzeichnis():
    header, gemeinden, members = _gemeindeverzeichnis()
    assert "Gemeinden in Deutschland nach Fläche, Bevölkerung" in header[0][0]
    assert header[3][9:12] == ("insgesamt", "männlich", "weiblich")
    assert header[4][9] == "am 31.12.2022 (Jahr)"  # the reference date of the population: PERIOD
    for key, name, *figures in GEMEINDEN:
        assert gemeinden[key] == (ARS[key], name, *figures)
    key, _name, *figures = VERBANDSGEMEINDE
    assert len(members[key]) == 8 and "Hauenstein" in [m[1] for m in members[key]]
    assert [sum(m[i] for m in members[key]) for i in (2, 3, 4)] == figures
    # the figures of test_regions_gemeinden: Lemberg and its Verbandsgemeinde Pirmasens-Land
    assert gemeinden["07340028"][:3] == ("073405003028", "Lemberg", 3676)
    assert len(members["073405003"]) == 10 and sum(m[2] for m in members["073405003"]) == 11967

"""The parsers against the real files in ../shared/data (published values)."""

from decimal import Decimal

import pytest

from bildungsallianz.monitoring.parsers import ParsedTable, detect_format, parse_file

from .realdata import CLASSIC_DIR, FFCSV_DIR, read, require_data

require_data()

pytestmark = []

CLASSIC_FILES = sorted(p.name for p in CLASSIC_DIR.glob("*.csv"))
FFCSV_FILES = sorted(p.name for p in FFCSV_DIR.glob("*.csv"))
_cache: dict[str, ParsedTable] = {}


def table(relative: str) -> ParsedTable:
    if relative not in _cache:
        _cache[relative] = parse_file(read(relative), filename=relative.rsplit("/", 1)[-1])
    return _cache[relative]


def classic(name: str) -> ParsedTable:
    return table(f"genesis/classic/{name}")


def ffcsv(name: str) -> ParsedTable:
    return table(f"genesis/ffcsv/{name}")


def value(tab: ParsedTable, region: str, period: str, variable: str | None = None, **breakdown):
    obs = tab.get(region, period, variable, breakdown)
    assert obs is not None, f"keine Beobachtung für {region} {period} {variable} {breakdown}"
    return obs


LEAVERS = "Absolvierende/Abgehende allgemeinbildender Schulen nach dem Abschluss"


def test_the_folder_holds_the_expected_real_files():
    assert len(CLASSIC_FILES) >= 6
    assert len(FFCSV_FILES) >= 6


def test_pirmasens_had_412_school_leavers_in_2023():
    obs = value(classic("21111-02-06-4_2023.csv"), "07317", "2023", LEAVERS)
    assert obs.value == Decimal(412)
    assert obs.status == ""
    assert obs.unit == "Anzahl"
    assert obs.region_name == "Pirmasens, kreisfreie Stadt"
    assert obs.line == 201
    assert obs.column == 4


def test_pirmasens_had_68_leavers_without_hauptschulabschluss():
    tab = classic("21111-02-06-4_2023.csv")
    obs = value(tab, "07317", "2023", LEAVERS, Abschluss="ohne Hauptschulabschluss")
    assert obs.value == Decimal(68)
    women = value(
        tab,
        "07317",
        "2023",
        LEAVERS,
        Abschluss="ohne Hauptschulabschluss",
        Geschlecht="weiblich",
    )
    assert women.value == Decimal(25)


def test_pirmasens_had_149_leavers_with_allgemeine_hochschulreife():
    tab = classic("21111-02-06-4_2023.csv")
    obs = value(tab, "07317", "2023", LEAVERS, Abschluss="mit allgemeiner Hochschulreife")
    assert obs.value == Decimal(149)
    assert obs.column == 16


def test_it_keeps_dashes_of_pirmasens_fachhochschulreife_as_nothing_not_zero():
    tab = classic("21111-02-06-4_2023.csv")
    obs = value(tab, "07317", "2023", LEAVERS, Abschluss="mit Fachhochschulreife")
    assert obs.status == "-"
    assert obs.value is None


def test_it_takes_the_unit_from_the_title_when_the_header_has_no_unit_line():
    tab = classic("21111-02-06-4_2023.csv")
    assert {o.unit for o in tab.observations} == {"Anzahl"}
    assert tab.title.endswith("Absolvierende/Abgehende (Anzahl)")


def test_it_reads_the_table_code_stand_footnotes_and_copyright():
    tab = classic("21111-02-06-4_2023.csv")
    assert tab.format == "genesis-classic"
    assert tab.table_code == "21111-02-06-4"
    assert tab.stand == "13.03.2025 / 16:40:08"
    assert tab.encoding == "iso-8859-1"
    assert tab.copyright.startswith("© Statistische Ämter des Bundes und der Länder")
    assert tab.footnotes[0].startswith('zu "gesamte Tabelle":')
    assert tab.title.startswith("Absolvierende/Abgehende allgemeinbildender Schulen nach Geschlecht")


def test_pirmasens_youth_unemployment_rate_2023_is_11_2_percent():
    tab = classic("13211-02-05-4_2023.csv")
    assert tab.table_code == "13211-02-05-4"
    obs = value(
        tab,
        "07317",
        "2023",
        "Arbeitslosenquote bez. auf alle zivile Erwerbsp.",
        Altersgruppe="15 bis unter 25 Jahre",
    )
    assert obs.value == Decimal("11.2")
    assert obs.unit == "Prozent"


def test_pirmasens_had_241_unemployed_aged_15_to_25_in_2023():
    tab = classic("13211-02-05-4_2023.csv")
    obs = value(tab, "07317", "2023", "Arbeitslose", Altersgruppe="15 bis unter 25 Jahre")
    assert obs.value == Decimal(241)
    assert obs.unit == "Anzahl"


def test_it_names_the_groups_of_the_unemployment_table_meaningfully():
    tab = classic("13211-02-05-4_2023.csv")
    breakdowns = {o.breakdown for o in tab.observations if o.region_key == "DG"}
    assert (("Geschlecht", "Frauen"),) in breakdowns
    assert (("Nationalität", "ausländisch"),) in breakdowns
    assert (("Personengruppe", "langzeitarbeitslos"),) in breakdowns
    assert () in breakdowns


def test_pirmasens_population_at_end_of_2024_is_39761():
    tab = ffcsv("12411-01-01-4_2024_new.csv")
    assert tab.format == "genesis-ffcsv-new"
    assert tab.periods() == ["2024-12-31"]
    total = value(tab, "07317", "2024-12-31", "BEVSTD")
    men = value(tab, "07317", "2024-12-31", "BEVSTD", Geschlecht="männlich")
    women = value(tab, "07317", "2024-12-31", "BEVSTD", Geschlecht="weiblich")
    assert total.value == Decimal(39761)
    assert men.value + women.value == total.value
    assert total.variable_label == "Bevölkerungsstand"
    assert total.unit == "Anzahl"
    assert total.region_name == "Pirmasens, kreisfreie Stadt"


def test_the_old_flat_file_gives_pirmasens_population_at_end_of_2023():
    tab = ffcsv("12411-01-01-4_2023_old.csv")
    assert tab.format == "genesis-ffcsv-old"
    obs = value(tab, "07317", "2023-12-31", "BEVSTD")
    assert obs.value == Decimal(40941)
    assert obs.variable_label == "Bevoelkerungsstand"
    assert obs.region_name == "Pirmasens, kreisfreie Stadt"


def test_it_keeps_a_single_dash_among_numbers_as_nothing():
    tab = ffcsv("11111-02-01-4_2024_new.csv")
    obs = value(tab, "15355", "2024-12-31", "GEM001")
    assert obs.region_name == "Bördekreis"
    assert obs.status == "-"
    assert obs.value is None
    assert tab.notes == []


def test_pirmasens_employees_mid_2023_are_numbers_in_the_old_file():
    tab = ffcsv("13111-01-03-4_2023_old.csv")
    assert value(tab, "07317", "2023-06-30", "ERW032").value == Decimal(20258)
    foreigners = value(tab, "07317", "2023-06-30", "ERW032", Nationalität="Ausländer/-innen")
    assert foreigners.value == Decimal(1644)


def test_it_turns_the_schulart_label_column_into_a_dimension():
    tab = classic("21111-01-03-4_2023.csv")
    pupils = "Schülerinnen und Schüler an allgemeinbildenden Schulen"
    total = value(tab, "DG", "2023", pupils)
    assert total.value == Decimal(8819489)
    gym = value(tab, "DG", "2023", pupils, Schulart="Gymnasien")
    assert gym.value == Decimal(2280967)
    schools = value(tab, "DG", "2023", "Allgemeinbildende Schulen")
    assert schools.status == "x"
    assert schools.value is None
    grade7 = value(
        tab,
        "DG",
        "2023",
        pupils,
        Schulart="Hauptschulen",
        **{"Klassenstufe / Jahrgangsstufe / Schulbesuchsjahr": "7. Klassenstufe"},
    )
    assert grade7.value == Decimal(59072)


def test_it_reads_named_dimension_lines_of_the_vocational_leavers_table():
    tab = classic("21121-02-02-4_2023.csv")
    assert value(tab, "07317", "2023", "Absolvierende/Abgehende").value == Decimal(125)
    obs = value(
        tab,
        "07317",
        "2023",
        "Absolvierende/Abgehende",
        Abschluss="mit Hauptschulabschluss",
        Geschlecht="weiblich",
    )
    assert obs.value == Decimal(9)


def test_it_reads_area_with_decimal_comma_and_date_period():
    tab = classic("11111-01-01-4_2018.csv")
    assert tab.periods() == ["2018-12-31"]
    obs = value(tab, "07317", "2018-12-31", "Gebietsfläche")
    assert obs.value == Decimal("61.36")
    assert obs.unit == "qkm"
    assert obs.region_name == "Pirmasens, Kreisfreie Stadt"
    assert value(tab, "DG", "2018-12-31").value == Decimal("357582.00")


def test_it_reads_income_in_thousand_euro_and_euro_per_inhabitant():
    tab = classic("82411-01-03-4_2021.csv")
    units = {o.variable: o.unit for o in tab.observations}
    assert set(units.values()) == {"Tsd. EUR", "EUR"}
    per_head = value(tab, "07317", "2021", "verfüg. Einkommen der priv. Haushalte je Einwohner")
    assert per_head.value == Decimal(21301)


@pytest.mark.parametrize("name", CLASSIC_FILES)
def test_every_classic_file_parses_with_text_keys_and_year_periods(name):
    tab = classic(name)
    assert tab.format == "genesis-classic"
    assert tab.observations
    assert tab.region_keys()[0] == "DG"
    assert "07317" in tab.region_keys()
    assert all(isinstance(k, str) for k in tab.region_keys())
    assert all(k == "DG" or (k.isdigit() and len(k) in (2, 3, 5, 8)) for k in tab.region_keys())
    assert tab.stand and tab.copyright
    for period in tab.periods():
        assert len(period) in (4, 10)
    names = {o.region_name for o in tab.observations}
    assert all(n == n.strip() and n for n in names)
    assert any("reisfreie Stadt" in n for n in names)


@pytest.mark.parametrize("name", FFCSV_FILES)
def test_every_flat_file_parses_with_iso_periods_and_text_keys(name):
    tab = ffcsv(name)
    assert tab.format == ("genesis-ffcsv-new" if "_new" in name else "genesis-ffcsv-old")
    assert tab.table_code == name.split("_")[0]
    assert tab.observations
    keys = tab.region_keys()
    assert "07317" in keys
    assert all(k == "DG" or (k.isdigit() and len(k) in (2, 3, 5, 8)) for k in keys)
    # the old files and the 2025 file include Deutschland, the other new ones only Kreise
    assert ("DG" in keys) == ("_old" in name or name.startswith("13111"))
    year = name.split("_")[1]
    assert all(p.startswith(year) and len(p) == 10 for p in tab.periods())
    assert all(o.region_name == o.region_name.strip() for o in tab.observations)
    assert any(o.region_name.endswith("kreisfreie Stadt") for o in tab.observations)


@pytest.mark.parametrize(
    "relative",
    [f"genesis/classic/{n}" for n in CLASSIC_FILES] + [f"genesis/ffcsv/{n}" for n in FFCSV_FILES],
)
def test_every_real_file_has_unique_observation_keys_and_no_zero_for_special_values(
    relative,
):
    tab = table(relative)
    keys = [o.key for o in tab.observations]
    assert len(keys) == len(set(keys))
    for obs in tab.observations:
        if obs.status:
            assert obs.value is None
            assert obs.status in {"-", ".", "x", "/", "..."}
        else:
            assert obs.value is not None


@pytest.mark.parametrize(
    "relative",
    [f"genesis/classic/{n}" for n in CLASSIC_FILES] + [f"genesis/ffcsv/{n}" for n in FFCSV_FILES],
)
def test_detect_format_agrees_with_the_parsed_format(relative):
    assert detect_format(read(relative), relative) == table(relative).format


def test_special_value_counts_are_reported_per_status():
    counts = classic("21121-02-02-4_2023.csv").special_value_counts()
    assert counts["-"] > 0
    assert counts["."] > 0
    assert "" not in counts

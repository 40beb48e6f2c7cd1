"""Two more Regionaldatenbank layouts from public repositories, with figures checked by hand.

The files are our own, written in exactly the published layout (header block,
multi-line quoted footnotes and copyright, ``Stand``, special values) with a few
rows of figures checked against the public downloads; the downloads are not copied.
Data: © Statistische Ämter des Bundes und der Länder, Deutschland, 2024/2025,
dl-de/by-2-0.

Sources (repository, path):

- 31121-01-02-4 (completions of new residential buildings and dwellings, 2023):
  1959124923wyz-sys/German-Map,
  research/housing/raw/regionalstatistik_31121-01-02-4_national_counties.csv
  (Stand 27.11.2024). Checked: Pirmasens 38 buildings = 30 + 5 + 3; 62 dwellings
  = 30 + 2 × 5 + 22; Rheinland-Pfalz 5,487 = 4,029 + 755 + 703 and 12,098 =
  4,029 + 1,510 + 6,559; Deutschland 96,827 = 69,892 + 11,911 + 15,024.
  Layout: two header lines name the variable ("Gebäude" / "(nach Anzahl der
  Wohnungen)"), a third the categories, a unit line with "1000 qm" beside
  "Anzahl"; dissolved Kreise (Dessau) with "-" in every column.
- 71327-01-05-4 (debt of the core budgets of Gemeinden, 31.12.2023):
  1959124923wyz-sys/German-Map,
  research/finance/regional-expansion/derived/regional_core_debt/official_regional_71327_2023_raw_cp1252.csv
  (Stand 23.01.2025). Checked: Pirmasens 416,923 Tsd. EUR = 57,423 + 339,500 +
  20,000 (10,244 EUR per inhabitant); Rheinland-Pfalz 12,700,854 = 400,000 +
  6,510,651 + 4,556,915 + 88,994 + 1,144,294. Layout: period column as a date
  ("31.12.2023"), a title line starting with a blank, variables whose lower
  header cells are empty, two units ("EUR", "Tsd. EUR"), "." for the city states.
- 21311-01-01-4-B (students by subject group, winter semester 2023/24):
  theo-lyd/educational-equity-flow, data/raw/21311-01-01-4-B.csv (Stand
  28.03.2026). Checked: Flensburg 9,129 = the eight subject groups (2,892 + 243 +
  2,061 + 1,002 + 33 + 186 + 2,430 + 282). Layout: no period column, the period
  „WS 2023/24“ in the first header line, the subject group as a label column the
  title names („… nach Geschlecht, Nationalität und Fächergruppen“).
- 23111-01-04-4 (hospital beds by department, 31.12.2017):
  theo-lyd/regional_infrastructure_resilence_auditor, data/raw/23111-01-04-4.csv
  (Stand 23.03.2026). Checked: Kiel 2,498 beds = the fifteen departments, among them
  „Augenheilkunde“ 57 beside „chirurgische Fachabteilungen zusammen“ 496.
"""

from decimal import Decimal

import pytest

from bildungsallianz.monitoring.parsers import parse_file

COMPLETIONS = (
    "GENESIS-Tabelle: 31121-01-02-4\n"
    "Fertigstellungen neuer Wohngebäude und Wohnungen in;;;;;;;;;;;\n"
    "Wohngebäuden nach Zahl der Wohnungen - Jahressumme -;;;;;;;;;;;\n"
    "regionale Tiefe: Kreise und krfr. Städte;;;;;;;;;;;\n"
    "Statistik der Baufertigstellungen;;;;;;;;;;;\n"
    "Wohngebäude (inkl. Wohnheime);;;;;;;;;;;\n"
    ";;;Gebäude;Gebäude;Gebäude;Gebäude;Wohnungen;Wohnungen;Wohnungen;Wohnungen;Wohnfläche\n"
    ";;;(nach Anzahl der Wohnungen);(nach Anzahl der Wohnungen);(nach Anzahl der Wohnungen);"
    "(nach Anzahl der Wohnungen);in Wohngebäuden;in Wohngebäuden;in Wohngebäuden;in Wohngebäuden;\n"
    ";;;Insgesamt;1 Wohnung;2 Wohnungen;mit 3 und mehr Wohnungen;Insgesamt;1 Wohnung;2 Wohnungen;"
    "mit 3 und mehr Wohnungen;\n"
    ";;;Anzahl;Anzahl;Anzahl;Anzahl;Anzahl;Anzahl;Anzahl;Anzahl;1000 qm\n"
    "2023;DG;Deutschland;96827;69892;11911;15024;257241;69892;23822;163527;25530,0\n"
    "2023;07;  Rheinland-Pfalz;5487;4029;755;703;12098;4029;1510;6559;1379,6\n"
    "2023;073;    Rheinhessen-Pfalz, Statistische Region;2276;1619;325;332;5651;1619;650;3382;629,0\n"
    "2023;07317;      Pirmasens, kreisfreie Stadt;38;30;5;3;62;30;10;22;8,7\n"
    "2023;07320;      Zweibrücken, kreisfreie Stadt;12;9;3;-;15;9;6;-;2,0\n"
    "2023;03241001;      Hannover, Landeshauptstadt;498;252;18;228;3922;252;36;3634;270,4\n"
    "2023;15101;      Dessau, kreisfreie Stadt;-;-;-;-;-;-;-;-;-\n"
    "__________\n"
    '"zu ""gesamte Tabelle"":\n'
    "Baden-Württemberg: Berichtsjahr 1995-2010 Gebietsstand\n"
    "01.01.1979; ab Berichtsjahr 2011 Gebietsstand 01.01.2011\n"
    "Niedersachsen (1999, 2000): Landeshauptstadt Hannover\n"
    'beinhaltet Fälle aus den Vorjahren."\n'
    '"© Statistische Ämter des Bundes und der Länder, Deutschland, 2024.\n'
    "Dieses Werk ist lizenziert unter der Datenlizenz Deutschland\n"
    '- Namensnennung - Version 2.0."\n'
    "Stand: 27.11.2024 / 11:10:23\n"
)

DEBT_VARIABLE = "Schuldenstand d.Kernhaush.d.Gemeinden u.-verbände"
DEBT = (
    "GENESIS-Tabelle: 71327-01-05-4\n"
    "Schulden der Kernhaushalte der Gemeinden und;;;;;;;;;\n"
    "Gemeindeverbände - Stichtag: 31.12. - regionale Tiefe:;;;;;;;;;\n"
    "Kreise und krfr. Städte;;;;;;;;;\n"
    " Jährliche Schulden der Kernhaushalte der Gemeinden/Gemeindeverbände;;;;;;;;;\n"
    ";;;Schuldenst.d.Kernhh.d.Gem.u.-verb.je Einw.a.30.06.;Schuldenst d.Kernhh.d.Gem.u.-verbände insgesamt"
    + f";{DEBT_VARIABLE}"
    * 5
    + "\n"
    ";;;;;Schulden beim nicht-öffentlichen Bereich;Schulden beim nicht-öffentlichen Bereich;"
    "Schulden beim nicht-öffentlichen Bereich;Schulden beim öffentlichen Bereich;"
    "Schulden beim öffentlichen Bereich\n"
    ";;;;;Wertpapierschulden;Kredite;Kassenkredite;Kredite;Kassenkredite\n"
    ";;;EUR;Tsd. EUR;Tsd. EUR;Tsd. EUR;Tsd. EUR;Tsd. EUR;Tsd. EUR\n"
    "31.12.2023;DG;Deutschland;1645;128488333;2766061;98787213;26935060;2427854;3391068\n"
    "31.12.2023;02;  Hamburg;.;.;.;.;.;.;.\n"
    "31.12.2023;07;  Rheinland-Pfalz;3049;12700854;400000;6510651;4556915;88994;1144294\n"
    "31.12.2023;07317;      Pirmasens, kreisfreie Stadt;10244;416923;-;57423;339500;-;20000\n"
    "31.12.2023;07340;      Südwestpfalz, Landkreis;1690;160639;-;122467;12326;853;24994\n"
    "31.12.2023;11001001;      Berlin-Mitte;.;.;.;.;.;.;.\n"
    "__________\n"
    '"zu ""gesamte Tabelle"":\n'
    "Thüringen: Kreissummen einschließlich der Haushalte der\n"
    "Verwaltungsgemeinschaften\n"
    "\n"
    'zu ""Kassenkredite"" in ""Schulden beim nicht-öffentlichen\n'
    'Bereich"":\n'
    "Hessen (2018): es wurden Kassenkredite der Kommunen in Höhe\n"
    'von 4,7 Mrd. Euro in die ?Hessenkasse? (Sondervermögen des\nLandes) überführt."\n'
    '"© Statistische Ämter des Bundes und der Länder, Deutschland, 2025.\n'
    "Dieses Werk ist lizenziert unter der Datenlizenz Deutschland\n"
    '- Namensnennung - Version 2.0."\n'
    "Stand: 23.01.2025 / 13:41:24\n"
)


def _bytes(text: str) -> bytes:
    """As downloaded: Windows line ends, Windows-1252 (the publisher's "ISO-8859-1")."""
    return text.replace("\n", "\r\n").encode("cp1252")


@pytest.fixture(scope="module")
def completions():
    return parse_file(_bytes(COMPLETIONS), filename="31121-01-02-4.csv")


@pytest.fixture(scope="module")
def debt():
    return parse_file(_bytes(DEBT), filename="71327-01-05-4.csv")


def test_the_completions_table_keeps_metadata_from_header_and_footer(completions):
    assert completions.format == "genesis-classic" and completions.table_code == "31121-01-02-4"
    assert completions.title.startswith("Fertigstellungen neuer Wohngebäude und Wohnungen in Wohngebäuden")
    assert completions.stand == "27.11.2024 / 11:10:23"
    assert completions.copyright.startswith("© Statistische Ämter des Bundes und der Länder, Deutschland, 2024.")
    assert "Gebietsstand 01.01.2011" in completions.footnotes[0]


def test_a_header_line_that_only_qualifies_a_variable_is_part_of_its_name_not_a_breakdown(completions):
    assert completions.variables() == [
        "Gebäude (nach Anzahl der Wohnungen)",
        "Wohnungen in Wohngebäuden",
        "Wohnfläche",
    ]
    total = completions.get("07317", "2023", "Gebäude (nach Anzahl der Wohnungen)")
    assert total.breakdown == () and total.value == Decimal(38)


@pytest.mark.parametrize(
    ("key", "buildings", "dwellings"),
    [("07317", (38, 30, 5, 3), (62, 30, 10, 22)), ("07", (5487, 4029, 755, 703), (12098, 4029, 1510, 6559))],
)
def test_published_completions_of_pirmasens_and_the_land_add_up(completions, key, buildings, dwellings):
    for variable, published in (
        ("Gebäude (nach Anzahl der Wohnungen)", buildings),
        ("Wohnungen in Wohngebäuden", dwellings),
    ):
        cells = {
            o.breakdown: o.value for o in completions.observations if o.region_key == key and o.variable == variable
        }
        total = cells.pop(())
        assert total == published[0] == sum(cells.values())
        assert sorted(cells.values()) == sorted(Decimal(v) for v in published[1:])


def test_the_floor_area_keeps_its_unit_and_decimal_comma(completions):
    area = completions.get("07317", "2023", "Wohnfläche")
    assert (area.value, area.unit) == (Decimal("8.7"), "1000 qm")


def test_a_dissolved_kreis_keeps_its_dashes_and_a_zero_stays_a_dash(completions):
    dessau = [o for o in completions.observations if o.region_key == "15101"]
    assert len(dessau) == 9 and {(o.value, o.status) for o in dessau} == {(None, "-")}
    zweibruecken = completions.get(
        "07320", "2023", "Gebäude (nach Anzahl der Wohnungen)", {"Merkmal 2": "mit 3 und mehr Wohnungen"}
    )
    assert (zweibruecken.value, zweibruecken.status) == (None, "-")
    assert completions.get("03241001", "2023", "Wohnungen in Wohngebäuden").value == Decimal(3922)


def test_the_debt_table_reads_its_date_period_units_and_breakdowns(debt):
    assert debt.table_code == "71327-01-05-4" and debt.periods() == ["2023-12-31"]
    assert debt.stand == "23.01.2025 / 13:41:24"
    per_head = debt.get("07317", "2023-12-31", "Schuldenst.d.Kernhh.d.Gem.u.-verb.je Einw.a.30.06.")
    assert (per_head.value, per_head.unit) == (Decimal(10244), "EUR")
    total = debt.get("07317", "2023-12-31", "Schuldenst d.Kernhh.d.Gem.u.-verbände insgesamt")
    assert (total.value, total.unit) == (Decimal(416923), "Tsd. EUR")
    parts = [o for o in debt.observations if o.region_key == "07317" and o.variable == DEBT_VARIABLE]
    assert len(parts) == 5 and len({o.breakdown for o in parts}) == 5
    assert sum(o.value for o in parts if o.value is not None) == total.value
    assert sum(1 for o in parts if o.status == "-") == 2


def test_the_land_total_of_the_debt_table_is_the_sum_of_its_published_parts(debt):
    total = debt.get("07", "2023-12-31", "Schuldenst d.Kernhh.d.Gem.u.-verbände insgesamt").value
    parts = [o.value for o in debt.observations if o.region_key == "07" and o.variable == DEBT_VARIABLE]
    assert total == sum(parts) == Decimal(12700854)


def test_secret_values_of_the_city_states_are_kept_as_dots_never_zero(debt):
    for key in ("02", "11001001"):
        cells = [o for o in debt.observations if o.region_key == key]
        assert len(cells) == 7 and {(o.value, o.status) for o in cells} == {(None, ".")}


STUDENTS = (
    "Tabelle: 21311-01-01-4-B\n"
    "Studierende nach Geschlecht, Nationalität und;;;;;;;;;;;\n"
    "Fächergruppen - regionale Ebenen;;;;;;;;;;;\n"
    "Statistik der Studierenden;;;;;;;;;;;\n"
    "Studierende (im Kreisgebiet) (Anzahl);;;;;;;;;;;\n"
    ";;" + ";WS 2023/24" * 9 + "\n"
    ";;;Insgesamt;Insgesamt;Insgesamt;männlich;männlich;männlich;weiblich;weiblich;weiblich\n"
    ";;;Insgesamt;deutsch;ausländisch;Insgesamt;deutsch;ausländisch;Insgesamt;deutsch;ausländisch\n"
    "01001;Flensburg, kreisfreie Stadt;Geisteswissenschaften;2892;2595;297;639;525;114;2253;2070;183\n"
    "01001;Flensburg, kreisfreie Stadt;Sport;243;240;3;162;159;3;81;81;-\n"
    "01001;Flensburg, kreisfreie Stadt;Rechts-, Wirtschafts- und Sozialwissenschaften;2061;1929;132;816;765;51;1245;"
    "1164;81\n"
    "01001;Flensburg, kreisfreie Stadt;Mathematik/Naturwissenschaften;1002;993;9;372;369;3;630;624;6\n"
    "01001;Flensburg, kreisfreie Stadt;Humanmedizin/Gesundheitswissenschaften;33;33;-;12;12;-;21;21;-\n"
    "01001;Flensburg, kreisfreie Stadt;Agrar-, Forst- und Ernährungswissensch., Veterinär;186;186;-;42;42;-;144;144;-\n"
    "01001;Flensburg, kreisfreie Stadt;Ingenieurwissenschaften;2430;2001;429;1866;1542;324;564;459;105\n"
    "01001;Flensburg, kreisfreie Stadt;Kunst, Kunstwissenschaft;282;273;9;78;75;3;204;198;6\n"
    "01001;Flensburg, kreisfreie Stadt;Außerhalb der Studienbereichsgliederung;-;-;-;-;-;-;-;-;-\n"
    "01001;Flensburg, kreisfreie Stadt;Insgesamt;9129;8250;879;3990;3489;498;5139;4761;381\n"
    "__________\n"
    '"zu Schleswig-Holstein und Hamburg:\n'
    "Ab dem WS 2022/23 sind aus Datenschutzgründen die Daten\n"
    'einem 3er Rundungsverfahren unterzogen."\n'
    '"© Statistische Ämter des Bundes und der Länder, Deutschland, 2026.\n'
    "Dieses Werk ist lizenziert unter der Datenlizenz Deutschland\n"
    '- Namensnennung - Version 2.0."\n'
    "Stand: 28.03.2026 / 02:45:00\n"
)


def test_a_winter_semester_in_the_header_is_the_period_and_the_title_names_the_subject_groups():
    table = parse_file(STUDENTS.replace("\n", "\r\n").encode("iso-8859-1"), filename="21311-01-01-4-B.csv")
    assert table.periods() == ["2023"] and table.variables() == ["Studierende (im Kreisgebiet)"]
    humanities = table.get("01001", "2023", breakdown={"Fächergruppen": "Geisteswissenschaften"})
    assert humanities.value == Decimal("2892")
    women = {"Fächergruppen": "Geisteswissenschaften", "Geschlecht": "weiblich", "Nationalität": "ausländisch"}
    assert table.get("01001", "2023", breakdown=women).value == Decimal("183")
    groups = [o for o in table.observations if o.breakdown and {n for n, _v in o.breakdown} == {"Fächergruppen"}]
    assert sum(o.value or 0 for o in groups) == table.get("01001", "2023").value == Decimal("9129")


HOSPITAL_BEDS = (
    "Tabelle: 23111-01-04-4\n"
    "Krankenhäuser nach Fachabteilungen - Stichtag 31.12. -;;;;;;;;;;;;;;;;;;;\n"
    "regionale Tiefe: Kreise und krfr. Städte (ab 2004 bis 2017);;;;;;;;;;;;;;;;;;;\n"
    "Krankenhausstatistik: Grunddaten;;;;;;;;;;;;;;;;;;;\n"
    ";;;Krankenhäuser;aufgestellte Betten in Krankenhäusern (JD)"
    + ";aufgestellte Betten im Jahresdurchschnitt" * 15
    + "\n;;;;"
    + ";allgemeine Fachabteilungen" * 12
    + ";psychiatrische Fachabteilungen" * 3
    + "\n"
    ";;;;;Augenheilkunde;chirurgische Fachabteilungen zusammen;Frauenheilkunde und Geburtshilfe;"
    "Hals-, Nasen-, Ohrenheilkunde;Haut- und Geschlechtskrankheiten;Innere Medizin;Geriatrie;Kinderheilkunde;"
    "Neurologie;Orthopädie;Urologie;übrige Fachbereiche;Kinder-u.Jugendpsychiatrie u.-psychotherapie;"
    "Psychiatrie und Psychotherapie;Psychotherapeutische Medizin\n"
    ";;" + ";Anzahl" * 17 + "\n"
    "31.12.2017;DG;Deutschland;1942;497182;4416;117701;29055;9418;4663;150202;18121;18591;26326;22204;14348;8193;"
    "6311;56223;11410\n"
    "31.12.2017;01002;      Kiel, kreisfreie Stadt;16;2498;57;496;116;80;57;687;109;121;161;221;57;117;41;153;25\n"
    "__________\n"
    '"© Statistische Ämter des Bundes und der Länder, Deutschland, 2026.\n'
    "Dieses Werk ist lizenziert unter der Datenlizenz Deutschland\n"
    '- Namensnennung - Version 2.0."\n'
    "Stand: 23.03.2026 / 09:03:35\n"
)


def test_a_category_named_zusammen_that_is_no_sum_of_the_ones_before_it_stays_their_sibling():
    from bildungsallianz.monitoring.parsers.hierarchy import category_tree, dimension_order, summable

    table = parse_file(HOSPITAL_BEDS.replace("\n", "\r\n").encode("iso-8859-1"), filename="23111-01-04-4.csv")
    departments = "Merkmal 2"
    tree = category_tree(table).get(departments, {})
    assert "Augenheilkunde" not in tree  # 57 beds in Kiel are not the 496 of the surgical departments
    parts = summable(dimension_order(table)[departments], tree)
    assert {"Augenheilkunde", "chirurgische Fachabteilungen zusammen"} <= set(parts)
    beds = [o for o in table.observations if o.region_key == "01002" and dict(o.breakdown).get(departments) in parts]
    total = table.get("01002", "2017-12-31", "aufgestellte Betten in Krankenhäusern (JD)")
    assert sum(o.value for o in beds) == total.value == Decimal("2498")


@pytest.mark.parametrize(
    ("cell", "period"),
    [
        ("WS 2023/24", "2023"),
        ("Wintersemester 1999/00", "1999"),
        ("WS 2023/2024", "2023"),
        ("Schuljahr 2019/20", None),  # pupils count under the year it begins, leavers under the one it ends
        ("2023/24", None),
        ("2023/25", None),  # not two following years
        ("SS 2023", None),  # a summer semester is no year of its own
        ("2023/24/25", None),
    ],
)
def test_a_winter_semester_is_the_year_it_begins_in_and_a_school_year_is_not_guessed(cell, period):
    from bildungsallianz.monitoring.parsers.base import parse_period

    assert parse_period(cell) == period


def test_a_subtotal_stays_where_rounding_to_multiples_of_three_misses_it_in_some_rows():
    from bildungsallianz.monitoring.parsers.hierarchy import category_tree

    rows = ["3;3;3;12", "6;3;3;12", "9;3;0;12"]  # rounded cell by cell: only the first row misses by 3
    kinds = ["Universitäten", "Kunsthochschulen", "Pädagogische Hochschulen", "Hochschulen zusammen"]
    text = (
        "Tabelle: 21311-01-01-4-B\nStudierende nach Hochschularten - regionale Ebenen;;;\n"
        "Studierende (im Kreisgebiet) (Anzahl);;;\n;;;WS 2023/24\n;;;Insgesamt\n"
        + "".join(
            f"0100{i};Kreis {i};{kind};{value}\n"
            for i, r in enumerate(rows, 1)
            for kind, value in zip(kinds, r.split(";"), strict=True)
        )
        + "__________\n"
    )
    table = parse_file(text.encode("iso-8859-1"), filename="21311-01-01-4-B.csv")
    [tree] = category_tree(table).values()
    assert tree["Universitäten"] == "Hochschulen zusammen"

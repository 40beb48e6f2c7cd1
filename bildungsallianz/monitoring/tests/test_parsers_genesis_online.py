"""Tables of GENESIS-Online of the Statistisches Bundesamt (codes ``NNNNN-NNNN``): no region key column.

Each fixture is our own file, written in the layout of a public download,
with figures checked against copies of those downloads in public
repositories (© Statistisches Bundesamt (Destatis), dl-de/by-2-0):
12411-0010, 82111-0001, 21621-0003 in TonyChopperMonsterEdition/
M715_StatisticalComputing; 12411-0005 in USMortality/charts; 21341-0001 in
quadriga-dk/Tabelle-Fallstudie-1; 12612-0002 in Byggvir/DESTATIS;
13211-0009 (Länder as columns) in M715_StatisticalComputing again; 12411-0012
(Länder as columns) in USMortality/charts; 21711-0010 (a Land column after a
label column) in M715_StatisticalComputing; the first
lines of 12411-0001 in WaseemSayara/git_task; the English 61111-0002 in
beetlejuice16/inflation-calculator. Only the rows a test needs are kept.
"""

from decimal import Decimal

import pytest

from bildungsallianz.monitoring.parsers import ParseError, parse_file

LAENDER_ROWS = (  # 12411-0010: the Länder by name as rows, "Stichtag" above the dates
    "GENESIS-Tabelle: 12411-0010\n"
    "Bevölkerung: Bundesländer, Stichtag;;;;;;;;;;\n"
    "Fortschreibung des Bevölkerungsstandes;;;;;;;;;;\n"
    "Bevölkerungsstand (Anzahl);;;;;;;;;;\n"
    ";Stichtag;Stichtag;Stichtag;Stichtag;Stichtag;Stichtag;Stichtag;Stichtag;Stichtag;Stichtag\n"
    ";31.12.2012;31.12.2013;31.12.2014;31.12.2015;31.12.2016;31.12.2017;31.12.2018;31.12.2019;31.12.2020;31.12.2021\n"
    "Baden-Württemberg;10569111;10631278;10716644;10879618;10951893;11023425;11069533;11100394;11103043;11124642\n"
    "Thüringen;2170460;2160840;2156759;2170714;2158128;2151205;2143145;2133378;2120237;2108863\n"
    "__________\n"
    '"Berlin: bis 1990 nur Berlin-West\n'
    "Neue Länder ab 1991\n"
    "\n"
    'Ab 2011: Ergebnisse auf Grundlage des Zensus 2011."\n'
    "© Statistisches Bundesamt (Destatis), 2022\n"
    "Stand: 08.06.2023 / 15:41:42\n"
)

LAENDER_AND_GERMANY = (  # 82111-0001: a "Deutschland" row, "Jahr" above the years, title over two lines
    "GENESIS-Tabelle: 82111-0001\n"
    "VGR der Länder (Entstehungsrechnung) - Bruttoinlandsprodukt;;;;;;;;;\n"
    "zu Marktpreisen (nominal): Bundesländer, Jahre;;;;;;;;;\n"
    "VGR der Länder: Entstehungsrechnung;;;;;;;;;\n"
    "Bruttoinlandsprodukt zu Marktpreisen i.jew.Preisen (Mill. EUR);;;;;;;;;\n"
    ";Jahr;Jahr;Jahr;Jahr;Jahr;Jahr;Jahr;Jahr;Jahr\n"
    ";2014;2015;2016;2017;2018;2019;2020;2021;2022\n"
    "Baden-Württemberg;442683;463346;474916;497299;516670;525347;509322;538948;572837\n"
    "Thüringen;56197;57476;59008;61180;62240;63803;63241;66424;71430\n"
    "Deutschland;2927430;3026180;3134740;3267160;3365450;3473260;3405430;3601750;3867050\n"
    "__________\n"
    "© Statistisches Bundesamt (Destatis), 2023\n"
    "Stand: 06.06.2023 / 22:22:35\n"
)

PERIOD_AND_LAND = (  # 21621-0003: "Jahr;Land" rows, a named category line, "Insgesamt" includes the Bund
    "GENESIS-Tabelle: 21621-0003\n"
    "Öffentliche Ausgaben für Kultur: Bundesländer, Jahre,;;;;;;;;;;\n"
    "Kulturbereiche;;;;;;;;;;\n"
    "Berichterstattung über öffentliche Kulturausgaben;;;;;;;;;;\n"
    "Öffentliche Ausgaben für Kultur (Mill. EUR);;;;;;;;;;\n"
    ";;" + ";".join(["Kulturbereiche"] * 9) + "\n"
    ";;Theater und Musik;Bibliotheken;Museen, Sammlungen, Ausstellungen;Denkmalschutz und -pflege;"
    "Kulturelle Angelegenheiten im Ausland;Öffentliche Kunsthochschulen;Sonstige Kulturpflege;"
    "Verwaltung für kulturelle Angelegenheiten;Insgesamt\n"
    "2014;Baden-Württemberg;478,7;151,4;219,6;48,0;3,2;77,9;177,6;21,2;1177,6\n"
    "2014;Berlin;328,3;67,5;75,2;34,5;-5,0;78,7;29,5;14,5;623,3\n"
    "2014;Brandenburg;44,4;31,2;20,4;30,5;0,0;-;108,4;4,1;239,0\n"
    "2014;Insgesamt;3625,6;1464,3;1908,0;502,1;526,8;525,1;1449,0;240,2;10241,0\n"
    "__________\n"
    '"Die unter den Bundesländern ausgewiesene Insgesamt-Summe\n'
    'enthält auch die Kulturausgaben des Bundes."\n'
    "© Statistisches Bundesamt (Destatis), 2022\n"
    "Stand: 06.06.2023 / 22:13:19\n"
)

GERMANY_BY_AGE = (  # 12411-0005: the region is the title line "Deutschland", ages as rows
    "GENESIS-Tabelle: 12411-0005\n"
    "Bevölkerung: Deutschland, Stichtag, Altersjahre;;\n"
    "Fortschreibung des Bevölkerungsstandes;;\n"
    "Deutschland;;\n"
    "Bevölkerungsstand (Anzahl);;\n"
    ";Stichtag;Stichtag\n"
    ";31.12.2020;31.12.2021\n"
    "unter 1 Jahr;769380;791254\n"
    "Insgesamt;83155031;83237124\n"
    "__________\n"
    "© Statistisches Bundesamt (Destatis), 2022\n"
    "Stand: 30.05.2023 / 20:44:43\n"
)

UNIVERSITY_STAFF = (  # 21341-0001: two label columns named by the title, parts indented, a bare line of years
    "GENESIS-Tabelle: 21341-0001\n"
    "Personal an Hochschulen: Deutschland, Jahre,;;\n"
    "Personalgruppen nach Beschäftigungsverhältnis, Geschlecht;;\n"
    "Statistik des Hochschulpersonals;;\n"
    "Deutschland;;\n"
    "Personal an Hochschulen (Anzahl);;\n"
    ";;2020\n"
    "Wissenschaftliches und künstlerisches Personal;männlich;247720\n"
    "Wissenschaftliches und künstlerisches Personal;weiblich;167112\n"
    "Wissenschaftliches und künstlerisches Personal;Insgesamt;414832\n"
    "  Hauptberufl. wissenschaftl. u. künstler. Personal;männlich;159567\n"
    "  Hauptberufl. wissenschaftl. u. künstler. Personal;weiblich;109708\n"
    "  Hauptberufl. wissenschaftl. u. künstler. Personal;Insgesamt;269275\n"
    "    Professoren;männlich;36344\n"
    "    Professoren;weiblich;12949\n"
    "    Professoren;Insgesamt;49293\n"
    "Verwaltungs-, technisches und sonstiges Personal;Insgesamt;344233\n"
    "  Hauptberufl. Verwaltungs-, techn. u.sonst.Personal;Insgesamt;338666\n"
    "    Arbeiter;Insgesamt;      -\n"
    "Insgesamt;Insgesamt;759065\n"
    "__________\n"
    "© Statistisches Bundesamt (Destatis), 2023\n"
    "Stand: 04.04.2024 / 18:30:01\n"
)

BIRTHS_BY_MONTH = (  # 12612-0002: "Jahr;Monat" rows, one header line; first line and footer padded
    "GENESIS-Tabelle: 12612-0002;;;;\n"
    "Lebendgeborene: Deutschland, Monate, Geschlecht;;;;\n"
    "Statistik der Geburten;;;;\n"
    "Deutschland;;;;\n"
    "Lebendgeborene (Anzahl);;;;\n"
    ";;männlich;weiblich;Insgesamt\n"
    "1950;Januar;49505;46331;95836\n"
    "2022;April;28864;27130;55994\n"
    "2022;Mai;...;...;...\n"
    "__________;;;;\n"
    "© Statistisches Bundesamt (Destatis), 2022;;;;\n"
    "Stand: 28.07.2022 / 20:34:46;;;;\n"
)

GERMANY_BY_DATE = (  # 12411-0001: dates as rows, the region in the title
    "GENESIS-Tabelle: 12411-0001\n"
    "Bevölkerung: Deutschland, Stichtag;\n"
    "Fortschreibung des Bevölkerungsstandes;\n"
    "Deutschland;\n"
    ";Bevölkerungsstand\n"
    "31.12.1950;50958125\n"
    "31.12.2018;83019213\n"
    "__________\n"
    "© Statistisches Bundesamt (Destatis), 2020\n"
    "Stand: 11.03.2020 / 12:00:00\n"
)

CPI_ENGLISH = (  # 61111-0002, English download: "Germany", decimal points, signed changes, "created:" footer
    "GENESIS-Tabelle: 61111-0002\n"
    "Consumer price index (incl. rates of change):;;;;\n"
    "Germany, months;;;;\n"
    "Consumer price index for Germany;;;;\n"
    "Germany;;;;\n"
    ";;Consumer price index;Change on previous year's month;Change on previous month\n"
    ";;2015=100;in (%);in (%)\n"
    "1991;January;64.0;.;.\n"
    "2020;December;105.5;-0.7;+0.5\n"
    "2021;June;109.1;+2.3;+0.4\n"
    "2021;July;...;...;...\n"
    "__________\n"
    "© Federal Statistical Office, Wiesbaden 2021\n"
    "created: 2021-07-21 / 20:00:51\n"
)

LAENDER_AS_COLUMNS = (  # 12411-0012: the Länder as columns under "Bundesländer", rows "Stichtag;Altersjahr"
    "GENESIS-Tabelle: 12411-0012\n"
    "Bevölkerung: Bundesländer, Stichtag, Altersjahre;;;;;;;;;;;;;;;;;\n"
    "Fortschreibung des Bevölkerungsstandes;;;;;;;;;;;;;;;;;\n"
    "Bevölkerungsstand (Anzahl);;;;;;;;;;;;;;;;;\n"
    ";;" + ";".join(["Bundesländer"] * 16) + "\n"
    ";;Baden-Württemberg;Bayern;Berlin;Brandenburg;Bremen;Hamburg;Hessen;Mecklenburg-Vorpommern;Niedersachsen;"
    "Nordrhein-Westfalen;Rheinland-Pfalz;Saarland;Sachsen;Sachsen-Anhalt;Schleswig-Holstein;Thüringen\n"
    "31.12.1967;unter 1 Jahr;152272;172254;24603;-;12084;25427;83950;-;124172;278473;59727;18068;-;-;44818;-\n"
    "31.12.1967;90 Jahre und mehr;8272;11992;4394;-;914;2828;7410;-;9622;17330;3854;819;-;-;4797;-\n"
    "31.12.1967;Insgesamt;8565471;10280351;2163306;-;751785;1832560;5262729;-;6993194;16842619;3625428;1131301;-;-;"
    "2499730;-\n"
    "31.12.1968;unter 1 Jahr;145630;165029;22883;-;11360;23643;80607;-;120131;263672;57269;16819;-;-;43233;-\n"
    "31.12.2022;Insgesamt;11280257;13369393;3755251;2573135;684864;1892122;6391360;1628378;8140242;18139116;"
    "4159150;992666;4086152;2186643;2953270;2126846\n"
    "__________\n"
    '"Berlin: bis 1989 nur Berlin-West.\n'
    "Neue Länder ab 1990.\n"
    "\n"
    'Ab 2011: Ergebnisse auf Grundlage des Zensus 2011."\n'
    "© Statistisches Bundesamt (Destatis), 2023\n"
    "Stand: 03.12.2023 / 17:12:15\n"
)

VARIABLE_IN_ROWS = (  # 13211-0009: the Länder as columns, the variable and its unit in label columns
    "GENESIS-Tabelle: 13211-0009\n"
    "Arbeitslose: Bundesländer, Jahre, Geschlecht;;;;;;;;;;;;;;;;;;;\n"
    "Arbeitsmarktstatistik der Bundesagentur für Arbeit;;;;;;;;;;;;;;;;;;;\n"
    ";;;;Baden-Württemberg;Bayern;Berlin;Brandenburg;Bremen;Hamburg;Hessen;Mecklenburg-Vorpommern;Niedersachsen;"
    "Nordrhein-Westfalen;Rheinland-Pfalz;Saarland;Sachsen;Sachsen-Anhalt;Schleswig-Holstein;Thüringen\n"
    "2013;Arbeitslose;Insgesamt;Anzahl;233956;264532;210093;132329;37198;71560;185612;98952;269207;762784;116360;"
    "37383;200628;132134;101751;95858\n"
    "2016;Arbeitslose;männlich;Anzahl;122670;138617;101541;58983;20244;39112;93033;45597;138936;398762;60978;20902;"
    "87568;60401;53069;42308\n"
    "2020;Arbeitslose;Insgesamt;Anzahl;259940;275075;192644;82491;40822;80677;184955;63850;251377;733740;117912;"
    "38364;128669;86110;92140;66678\n"
    "2021;Arbeitslose;weiblich;Anzahl;110836;116482;87259;33688;17166;36644;80304;26605;107815;321519;50284;15366;"
    "53676;34940;39172;27180\n"
    "__________\n"
    '"Quelle: Bundesagentur für Arbeit, Nürnberg\n'
    "\n"
    "Ab September 2005 sind die Angaben der Bundesagentur für\n"
    "Arbeit für das Merkmal Geschlecht nicht mehr vollständig,\n"
    'd.h über die Ausprägungen ""männlich"" und ""weiblich"" kann\n'
    'nicht mehr summiert werden."\n'
    "© Statistisches Bundesamt (Destatis), 2023\n"
    "Stand: 20.06.2023 / 00:22:06\n"
)

#: 13211-0009 without its unit column: nothing names the measure of the values
LAENDER_IN_COLUMNS = VARIABLE_IN_ROWS.replace(";;;;Baden", ";;;Baden").replace(";Anzahl;", ";")


_AREAS = [
    "Kindertagesbetreuung", "Allgemeinbildende und berufliche Schulen", "Hochschulen",
    "Förderung von Bildungsteilnehmenden", "Sonstiges Bildungswesen", "Jugendarbeit", "Insgesamt",
]  # fmt: skip
_SPENDING = [
    "Ausgaben der öffentlichen Haushalte für Bildung",
    "Ausgaben der öff. Haushalte für Bildung je Einw.",
    "Anteil d.Ausgaben d. öff. Haushalte f.Bild. am BIP",
    "Anteil d.Ausgaben d. öff. HH f.Bild. am GesamtHH",
]
LAND_AFTER_A_LABEL = (  # 21711-0010: "Jahr;Körperschaftsgruppe;Land", the variable above its unit under the categories
    "GENESIS-Tabelle: 21711-0010\n"
    "Ausgaben der öffentlichen Haushalte für Bildung:;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;\n"
    "Bundesländer, Jahre, Körperschaftsgruppen, Aufgabenbereiche;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;\n"
    "der öffentlichen Haushalte;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;\n"
    "Bildungsberichterstattung für nationale Zwecke;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;\n"
    ";;;" + ";".join(["Aufgabenbereiche der öffentlichen Haushalte"] * 28) + "\n"
    ";;;" + ";".join(area for area in _AREAS for _ in _SPENDING) + "\n"
    ";;;" + ";".join(_SPENDING * 7) + "\n"
    ";;;" + ";".join(["Tsd. EUR", "EUR", "Prozent", "Prozent"] * 7) + "\n"
    "2014;Länder;Baden-Württemberg;1138577,11;106,24;0,26;4,08;7159749,30;668,10;1,62;25,67;3161448,13;295,00;0,71;"
    "11,33;339865,71;31,71;0,08;1,22;86808,30;8,10;0,02;0,31;16795,14;1,57;0,00;0,06;11903243,68;1110,72;2,69;42,67\n"
    "2014;Gemeinden;Berlin;" + ";".join(["."] * 28) + "\n"
    "2014;Insgesamt;Bayern;3254046,72;256,39;0,61;4,78;10424638,00;821,38;1,95;15,32;3006805,28;236,91;0,56;4,42;"
    "707876,39;55,78;0,13;1,04;162612,84;12,81;0,03;0,24;262775,94;20,70;0,05;0,39;17818755,18;1403,98;3,34;26,19\n"
    "2015;Länder;Hessen;450942,38;73,01;0,17;2,69;3709673,15;600,64;1,43;22,15;2077290,37;336,34;0,80;12,40;"
    "-2454,39;-0,40;0,00;-0,01;46571,00;7,54;0,02;0,28;2942,23;0,48;0,00;0,02;6284964,74;1017,61;2,41;37,53\n"
    "__________\n"
    "© Statistisches Bundesamt (Destatis), 2023\n"
    "Stand: 06.06.2023 / 22:05:39\n"
)

ALL = {
    "12411-0010": LAENDER_ROWS,
    "82111-0001": LAENDER_AND_GERMANY,
    "21621-0003": PERIOD_AND_LAND,
    "12411-0005": GERMANY_BY_AGE,
    "21341-0001": UNIVERSITY_STAFF,
    "12612-0002": BIRTHS_BY_MONTH,
    "12411-0001": GERMANY_BY_DATE,
    "61111-0002": CPI_ENGLISH,
    "12411-0012": LAENDER_AS_COLUMNS,
    "13211-0009": VARIABLE_IN_ROWS,
    "21711-0010": LAND_AFTER_A_LABEL,
}


def latin1(text: str) -> bytes:
    """The bytes of a download: ISO-8859-1 with CR LF."""
    return text.replace("\n", "\r\n").encode("iso-8859-1")


def parsed(code: str):
    return parse_file(latin1(ALL[code]), filename=f"{code}_$F.csv")


def test_laender_as_rows_by_name_with_the_stichtag_line_above_the_dates():
    table = parsed("12411-0010")
    assert table.table_code == "12411-0010"
    assert table.region_keys() == ["08", "16"]
    assert table.variables() == ["Bevölkerungsstand"]
    assert table.periods()[0] == "2012-12-31" and table.periods()[-1] == "2021-12-31" and len(table.periods()) == 10
    first = table.get("08", "2012-12-31")
    assert (first.value, first.unit, first.region_name, first.breakdown) == (
        Decimal("10569111"),
        "Anzahl",
        "Baden-Württemberg",
        (),
    )
    assert table.get("16", "2021-12-31").value == Decimal("2108863")
    assert table.footnotes[0].startswith("Berlin: bis 1990 nur Berlin-West")
    assert any("mit ihrem Namen statt mit Regionalschlüssel" in note for note in table.notes)
    assert table.copyright == "© Statistisches Bundesamt (Destatis), 2022" and table.stand == "08.06.2023 / 15:41:42"


def test_a_deutschland_row_is_germany_and_the_unit_comes_from_the_title():
    table = parsed("82111-0001")
    assert table.region_keys() == ["08", "16", "DG"]
    germany = table.get("DG", "2022")
    assert (germany.value, germany.unit, germany.region_name) == (Decimal("3867050"), "Mill. EUR", "Deutschland")
    assert germany.variable == "Bruttoinlandsprodukt zu Marktpreisen i.jew.Preisen"
    assert table.get("08", "2014").value == Decimal("442683")


def test_period_and_land_columns_and_a_category_line_named_by_the_title():
    table = parsed("21621-0003")
    assert table.variables() == ["Öffentliche Ausgaben für Kultur"]
    theatre = table.get("08", "2014", breakdown={"Kulturbereiche": "Theater und Musik"})
    assert (theatre.value, theatre.unit) == (Decimal("478.7"), "Mill. EUR")
    # a real negative value next to "-" (nothing): both as published
    assert table.get("11", "2014", breakdown={"Kulturbereiche": "Kulturelle Angelegenheiten im Ausland"}).value == (
        Decimal("-5.0")
    )
    art_schools = table.get("12", "2014", breakdown={"Kulturbereiche": "Öffentliche Kunsthochschulen"})
    assert (art_schools.value, art_schools.status) == (None, "-")
    # "Insgesamt" is Germany; its column "Insgesamt" is the total of the categories
    assert table.get("DG", "2014").value == Decimal("10241.0")
    assert {name for o in table.observations for name, _ in o.breakdown} == {"Kulturbereiche"}
    assert "enthält auch die Kulturausgaben des Bundes" in table.footnotes[0]


def test_the_title_line_deutschland_gives_the_region_of_a_table_with_ages_as_rows():
    table = parsed("12411-0005")
    assert table.region_keys() == ["DG"]
    assert table.notes == [
        "Die Tabelle hat keine Spalte für die Region: Alle Werte gelten für Deutschland (laut Titel)."
    ]
    assert table.get("DG", "2021-12-31").value == Decimal("83237124")
    babies = table.get("DG", "2020-12-31", breakdown={"Altersjahre": "unter 1 Jahr"})
    assert babies.value == Decimal("769380")


def test_two_label_columns_are_named_by_the_dimensions_the_title_lists():
    table = parsed("21341-0001")
    dimension = "Personalgruppen nach Beschäftigungsverhältnis"
    women = table.get("DG", "2020", breakdown={dimension: "Professoren", "Geschlecht": "weiblich"})
    assert women.value == Decimal("12949") and women.variable == "Personal an Hochschulen"
    assert table.get("DG", "2020", breakdown={dimension: "Professoren"}).value == Decimal("49293")
    assert table.get("DG", "2020").value == Decimal("759065")
    workers = table.get("DG", "2020", breakdown={dimension: "Arbeiter"})
    assert (workers.value, workers.status) == (None, "-")


def test_indented_parts_keep_their_parent_so_sums_leave_out_the_subtotals():
    from bildungsallianz.monitoring.parsers.hierarchy import category_tree, summable

    table = parsed("21341-0001")
    dimension = "Personalgruppen nach Beschäftigungsverhältnis"
    tree = category_tree(table)[dimension]
    assert tree == {
        "Hauptberufl. wissenschaftl. u. künstler. Personal": "Wissenschaftliches und künstlerisches Personal",
        "Professoren": "Hauptberufl. wissenschaftl. u. künstler. Personal",
        "Hauptberufl. Verwaltungs-, techn. u.sonst.Personal": "Verwaltungs-, technisches und sonstiges Personal",
        "Arbeiter": "Hauptberufl. Verwaltungs-, techn. u.sonst.Personal",
    }
    categories = [value for o in table.observations for name, value in o.breakdown if name == dimension]
    assert summable(dict.fromkeys(categories), tree) == ["Professoren", "Arbeiter"]
    assert "Geschlecht" not in category_tree(table)  # not indented: no hierarchy
    # the name keeps no indentation
    assert table.get("DG", "2020", breakdown={dimension: "Professoren"}).value == Decimal("49293")


def test_a_mapping_renames_the_indented_hierarchy_with_its_categories():
    from bildungsallianz.monitoring.parsers.hierarchy import category_tree
    from bildungsallianz.monitoring.services.mappings import Mappings, mappings_apply

    mappings = Mappings(
        [
            ("dimension", "", "Personalgruppen nach Beschäftigungsverhältnis", "Personalgruppe"),
            ("category", "", "Professoren", "Professorinnen und Professoren"),
        ]
    )
    tree = category_tree(mappings_apply(parsed("21341-0001"), mappings))["Personalgruppe"]
    assert tree["Professorinnen und Professoren"] == "Hauptberufl. wissenschaftl. u. künstler. Personal"
    assert "Professoren" not in tree


def test_years_and_months_as_rows_become_monthly_periods_with_padded_first_and_footer_lines():
    table = parsed("12612-0002")
    assert table.table_code == "12612-0002" and table.stand == "28.07.2022 / 20:34:46"
    assert table.periods() == ["1950-01", "2022-04", "2022-05"]
    january = table.get("DG", "1950-01")
    assert (january.value, january.variable, january.unit) == (Decimal("95836"), "Lebendgeborene", "Anzahl")
    assert table.get("DG", "2022-04", breakdown={"Geschlecht": "männlich"}).value == Decimal("28864")
    assert table.get("DG", "2022-05").status == "..."
    assert {name for o in table.observations for name, _ in o.breakdown} == {"Geschlecht"}


def test_dates_as_rows_with_the_region_in_the_title():
    table = parsed("12411-0001")
    assert [(o.region_key, o.period, o.variable, o.value) for o in table.observations] == [
        ("DG", "1950-12-31", "Bevölkerungsstand", Decimal("50958125")),
        ("DG", "2018-12-31", "Bevölkerungsstand", Decimal("83019213")),
    ]


def test_germany_twice_is_a_duplicate_row_named_without_a_period_the_header_gives():
    text = LAENDER_AND_GERMANY.replace("__________\n", "Insgesamt;1;2;3;4;5;6;7;8;9\n__________\n")
    with pytest.raises(ParseError) as info:
        parse_file(latin1(text), filename="82111-0001_$F.csv")
    assert str(info.value) == "Zeile 11: doppelte Zeile für Region DG."


def test_the_english_download_reads_decimal_points_signed_changes_units_and_its_footer():
    table = parsed("61111-0002")
    assert table.region_keys() == ["DG"]
    index = table.get("DG", "2020-12", "Consumer price index")
    assert (index.value, index.unit, index.region_name) == (Decimal("105.5"), "2015=100", "Deutschland")
    change = table.get("DG", "2021-06", "Change on previous year's month")
    assert (change.value, change.unit) == (Decimal("2.3"), "Prozent")
    assert table.get("DG", "2020-12", "Change on previous year's month").value == Decimal("-0.7")
    assert table.get("DG", "2021-07", "Consumer price index").status == "..."
    assert table.stand == "2021-07-21 / 20:00:51" and table.copyright == "© Federal Statistical Office, Wiesbaden 2021"


def test_a_german_download_keeps_refusing_a_decimal_point():
    text = LAENDER_AND_GERMANY.replace(";442683;", ";442.683;")
    with pytest.raises(ParseError) as info:
        parse_file(latin1(text), filename="82111-0001_$F.csv")
    assert "„442.683“ ist keine Zahl" in str(info.value)


def test_laender_as_columns_give_every_value_column_its_land():
    table = parsed("12411-0012")
    assert table.region_keys() == [
        "08", "09", "11", "12", "04", "02", "06", "13", "03", "05", "07", "10", "14", "15", "01", "16",
    ]  # fmt: skip
    assert table.variables() == ["Bevölkerungsstand"]
    assert table.periods() == ["1967-12-31", "1968-12-31", "2022-12-31"]
    assert len(table.observations) == 5 * 16
    first = table.get("08", "1967-12-31", breakdown={"Altersjahre": "unter 1 Jahr"})
    assert (first.value, first.unit, first.region_name, first.line, first.column) == (
        Decimal("152272"), "Anzahl", "Baden-Württemberg", 7, 3,
    )  # fmt: skip
    assert table.get("05", "2022-12-31").value == Decimal("18139116")  # "Insgesamt" is the total of the ages
    assert table.get("16", "2022-12-31").value == Decimal("2126846")
    assert table.get("09", "1968-12-31", breakdown={"Altersjahre": "unter 1 Jahr"}).value == Decimal("165029")
    brandenburg = table.get("12", "1967-12-31")  # no Brandenburg before 1990: the official symbol stays
    assert (brandenburg.value, brandenburg.status) == (None, "-")
    assert any("Länder stehen in dieser Tabelle in den Spalten" in note for note in table.notes)
    assert table.stand == "03.12.2023 / 17:12:15"


def test_laender_as_columns_with_a_germany_column_and_without_the_bundeslaender_line():
    text = LAENDER_AS_COLUMNS.replace(";;" + ";".join(["Bundesländer"] * 16) + "\n", "").replace(
        ";Schleswig-Holstein;Thüringen\n", ";Schleswig-Holstein;Deutschland\n"
    )
    table = parse_file(latin1(text), filename="12411-0012_$F.csv")
    assert table.region_keys()[-1] == "DG"
    germany = table.get("DG", "2022-12-31")
    assert (germany.value, germany.region_name, germany.line) == (Decimal("2126846"), "Deutschland", 10)


@pytest.mark.parametrize(
    ("change", "column", "expected"),
    [
        ((";Thüringen\n", ";Neue Länder\n"), 18, "„Neue Länder“ ist weder ein Land"),
        ((";Thüringen\n", ";Bayern\n"), 18, "Die Spalten 4 und 18 haben dieselbe Beschreibung"),
    ],
)
def test_laender_as_columns_refuse_an_aggregate_or_a_land_twice_naming_the_column(change, column, expected):
    with pytest.raises(ParseError) as info:
        parse_file(latin1(LAENDER_AS_COLUMNS.replace(*change)), filename="12411-0012_$F.csv")
    assert expected in str(info.value)
    assert info.value.column == column


def test_the_variable_and_its_unit_in_label_columns_are_read_from_the_rows():
    table = parsed("13211-0009")
    assert table.variables() == ["Arbeitslose"]
    assert len(table.region_keys()) == 16 and len(table.observations) == 4 * 16
    assert {o.unit for o in table.observations} == {"Anzahl"}
    assert table.get("08", "2013").value == Decimal("233956")  # "Insgesamt" is the total of Geschlecht
    assert table.get("05", "2020").value == Decimal("733740")
    assert table.get("04", "2016", breakdown={"Geschlecht": "männlich"}).value == Decimal("20244")
    last = table.get("16", "2021", breakdown={"Geschlecht": "weiblich"})
    assert (last.value, last.variable, last.variable_label, last.line, last.column) == (
        Decimal("27180"), "Arbeitslose", "Arbeitslose", 8, 20,
    )  # fmt: skip
    assert "Merkmal und Einheit stehen in den Zeilen (Merkmal in Spalte 2, Einheit in Spalte 4)." in table.notes


def test_a_duplicate_row_of_a_table_with_the_variable_in_the_rows_is_named_with_it():
    text = VARIABLE_IN_ROWS.replace("2021;Arbeitslose;weiblich", "2016;Arbeitslose;männlich")
    with pytest.raises(ParseError) as info:
        parse_file(latin1(text), filename="13211-0009_$F.csv")
    assert info.value.line == 8
    assert "doppelte Zeile für Zeitraum 2016, Merkmal Arbeitslose, Geschlecht männlich, Einheit Anzahl." in str(
        info.value
    )


def test_a_land_column_after_a_label_column_and_the_variable_line_above_the_units():
    table = parsed("21711-0010")
    assert table.region_keys() == ["08", "11", "09", "06"]
    assert table.variables() == _SPENDING
    assert len(table.observations) == 4 * 28
    area = "Aufgabenbereiche der öffentlichen Haushalte"
    kita = {area: "Kindertagesbetreuung", "Körperschaftsgruppen": "Länder"}
    spending = table.get("08", "2014", _SPENDING[0], kita)
    assert (spending.value, spending.unit) == (Decimal("1138577.11"), "Tsd. EUR")
    per_head = table.get("08", "2014", _SPENDING[1], kita)
    assert (per_head.value, per_head.unit) == (Decimal("106.24"), "EUR")
    assert table.get("08", "2014", _SPENDING[2], kita).unit == "Prozent"
    # both "Insgesamt" are totals: the Körperschaftsgruppen of the row and the area of the column
    assert table.get("09", "2014", _SPENDING[3]).value == Decimal("26.19")
    support = {area: "Förderung von Bildungsteilnehmenden", "Körperschaftsgruppen": "Länder"}
    assert table.get("06", "2015", _SPENDING[0], support).value == Decimal("-2454.39")
    berlin = table.get("11", "2014", _SPENDING[0], {area: "Hochschulen", "Körperschaftsgruppen": "Gemeinden"})
    assert (berlin.value, berlin.status) == (None, ".")


def test_the_land_column_is_found_whichever_row_comes_first_and_an_aggregate_row_is_named():
    rows = LAND_AFTER_A_LABEL.split("\n")
    bavaria = next(i for i, row in enumerate(rows) if row.startswith("2014;Insgesamt;Bayern"))
    rows.insert(9, rows.pop(bavaria))  # "Insgesamt" (a Land name for Germany) first in the label column
    table = parse_file(latin1("\n".join(rows)), filename="21711-0010_$F.csv")
    assert table.region_keys() == ["09", "08", "11", "06"]
    assert table.get("09", "2014", _SPENDING[3]).value == Decimal("26.19")
    aggregate = LAND_AFTER_A_LABEL.replace("2014;Gemeinden;Berlin;", "2014;Gemeinden;Früheres Bundesgebiet;")
    with pytest.raises(ParseError) as info:
        parse_file(latin1(aggregate), filename="21711-0010_$F.csv")
    assert (info.value.line, info.value.column) == (11, 3)
    assert "„Früheres Bundesgebiet“ ist weder ein Land" in str(info.value)


def test_laender_as_columns_without_a_named_measure_are_refused_with_the_way_out():
    with pytest.raises(ParseError) as info:
        parse_file(latin1(LAENDER_IN_COLUMNS), filename="13211-0009_$F.csv")
    assert info.value.line == 4
    assert "stehen die Länder in den Spalten" in str(info.value)
    assert "eine Zeile je Land" in str(info.value)


def test_a_number_where_the_region_name_belongs_is_refused_not_read_as_a_region():
    # years as rows but no region in the title: "12949" would look like a Kreis key
    text = GERMANY_BY_DATE.replace("Deutschland;\n", "").replace("Bevölkerung: Deutschland, Stichtag", "Bevölkerung")
    text = text.replace(";Bevölkerungsstand\n", ";;männlich;weiblich\n").replace(";50958125", ";12949;36344;49293")
    text = text.replace("31.12.2018;83019213\n", "")
    with pytest.raises(ParseError) as info:
        parse_file(latin1(text), filename="12411-0001.csv")
    assert "„36344“ ist ein Wert und kein Name einer Region" in str(info.value)
    assert (info.value.line, info.value.column) == (5, 3)


def test_a_region_title_does_not_change_a_regionaldatenbank_table_with_keys():
    text = (
        "GENESIS-Tabelle: 12411-01-01-4\n"
        "Bevölkerung: Deutschland, Stichtag;;\n"
        "Deutschland;;\n"
        "Bevölkerungsstand (Anzahl);;\n"
        ";;31.12.2015\n"
        "01001;      Flensburg, Kreisfreie Stadt;85942\n"
        "__________\n"
    )
    table = parse_file(latin1(text), filename="x.csv")
    assert [(o.region_key, o.region_name) for o in table.observations] == [("01001", "Flensburg, Kreisfreie Stadt")]
    assert table.notes == [] and table.hierarchy == {}


def test_special_values_after_the_period_are_values_of_a_national_table_not_a_region_name():
    # long national series show "-" for early years: "1991;80274564;-" is no key with the name "-"
    text = (
        "GENESIS-Tabelle: 12411-0001\n"
        "Bevölkerung: Deutschland, Stichtag;\n"
        "Deutschland;;\n"
        ";Bevölkerungsstand;Zuzüge\n"
        "31.12.1950;50958125;-\n"
        "31.12.2018;83019213;.\n"
        "__________\n"
    )
    table = parse_file(latin1(text), filename="12411-0001.csv")
    assert table.region_keys() == ["DG"]
    assert table.get("DG", "1950-12-31", "Bevölkerungsstand").value == Decimal("50958125")
    assert table.get("DG", "1950-12-31", "Zuzüge").status == "-"


def test_a_regionaldatenbank_row_with_an_error_is_refused_even_if_the_title_names_a_region():
    for row, message in (
        ("2015;01001;;85942", "Der Name der Region fehlt."),
        ("2015;01001;-;85942", "„-“ ist ein Wert und kein Name einer Region"),
    ):
        text = (
            "GENESIS-Tabelle: 12411-01-01-4\n"
            "Bevölkerung: Deutschland, Stichtag\n"
            "Deutschland\n"
            "Bevölkerungsstand (Anzahl)\n"
            ";;;Insgesamt\n"
            f"{row}\n"
            "__________\n"
        )
        with pytest.raises(ParseError) as info:
            parse_file(latin1(text), filename="12411-01-01-4.csv")
        assert message in str(info.value) and info.value.line == 6


def test_a_regionaldatenbank_title_never_gives_the_region_of_its_rows():
    text = (
        "GENESIS-Tabelle: 12411-01-01-4\n"
        "Population: Germany, reference date - regional depth: Kreise\n"
        "Population (Number)\n"
        ";;;Total\n"
        "2015;0100A;Flensburg;85942\n"
        "__________\n"
    )
    with pytest.raises(ParseError) as info:
        parse_file(latin1(text), filename="12411-01-01-4.csv")
    assert "„0100A“ ist kein Regionalschlüssel" in str(info.value)


def test_a_row_that_is_no_land_in_a_table_of_laender_is_named_with_the_way_out():
    text = LAENDER_ROWS.replace("Thüringen;", "Neue Länder ohne Berlin;")
    with pytest.raises(ParseError) as info:
        parse_file(latin1(text), filename="12411-0010_$F.csv")
    assert (info.value.line, info.value.column) == (8, 1)
    assert "„Neue Länder ohne Berlin“ ist weder ein Land" in str(info.value)
    assert "in GENESIS vor dem Herunterladen ab" in str(info.value)


def test_laender_as_columns_without_a_label_column_are_refused_with_the_way_out_too():
    text = (
        "GENESIS-Tabelle: 13211-0009\n"
        "Arbeitslose: Bundesländer, Jahre\n"
        ";Baden-Württemberg;Bayern;Berlin\n"
        "2013;233956;264532;210093\n"
        "__________\n"
    )
    with pytest.raises(ParseError) as info:
        parse_file(latin1(text), filename="13211-0009_$F.csv")
    assert "stehen die Länder in den Spalten" in str(info.value) and info.value.line == 3


def test_a_signed_change_with_a_decimal_comma_is_a_number():
    from bildungsallianz.monitoring.parsers.base import parse_german_number

    assert parse_german_number("+2,3") == Decimal("2.3") and parse_german_number("-0,7") == Decimal("-0.7")
    assert parse_german_number("+") is None and parse_german_number("++2") is None


def test_a_label_at_two_levels_makes_no_cycle_in_the_hierarchy():
    from bildungsallianz.monitoring.parsers.hierarchy import indented_tree

    assert indented_tree(["A", "  B", "    A", "  C"]) == {"B": "A", "C": "A"}


def test_a_monthly_period_is_shown_as_month_and_year():
    from bildungsallianz.monitoring.formatting import format_period

    assert format_period("1950-01") == "01/1950" and format_period("2022-12") == "12/2022"
    assert format_period("2022-13") == "2022-13" and format_period("2023") == "2023"


def test_a_monthly_flat_file_gives_the_same_periods_and_breakdowns_as_the_classic_download():
    # what genesis_fetch asks for (format=ffcsv): the month is a dimension MONAT (MONAT01 …)
    head = (
        "Statistik_Code;Statistik_Label;Zeit_Code;Zeit_Label;Zeit;1_Merkmal_Code;1_Merkmal_Label;"
        "1_Auspraegung_Code;1_Auspraegung_Label;2_Merkmal_Code;2_Merkmal_Label;2_Auspraegung_Code;"
        "2_Auspraegung_Label;3_Merkmal_Code;3_Merkmal_Label;3_Auspraegung_Code;3_Auspraegung_Label;"
        "BEV001__Lebendgeborene__Anzahl\n"
    )
    rows = [
        ("1950", "MONAT01", "Januar", "GESM", "männlich", "49505"),
        ("1950", "MONAT01", "Januar", "GESW", "weiblich", "46331"),
        ("1950", "MONAT01", "Januar", "", "Insgesamt", "95836"),
        ("2022", "MONAT05", "Mai", "", "Insgesamt", "..."),
    ]
    flat = head + "".join(
        f"12612;Statistik der Geburten;JAHR;Jahr;{year};DINSG;Deutschland insgesamt;DG;Deutschland;"
        f"MONAT;Monate;{code};{month};GES;Geschlecht;{sex_code};{sex};{value}\n"
        for year, code, month, sex_code, sex, value in rows
    )
    flat_table = parse_file(flat.encode("utf-8"), filename="12612-0002_flat.csv")
    classic = parsed("12612-0002")

    def cells(table):
        return {(o.region_key, o.period, o.breakdown, o.value, o.status) for o in table.observations}

    # every cell of the flat file is a cell of the classic download, under the same period and breakdown
    assert len(cells(flat_table)) == 4 and cells(flat_table) <= cells(classic)
    assert flat_table.get("DG", "1950-01", breakdown={"Geschlecht": "männlich"}).value == Decimal("49505")


def test_a_series_chart_orders_its_axis_by_time_not_by_the_displayed_text():
    from bildungsallianz.monitoring import charts
    from bildungsallianz.monitoring.models import Region
    from bildungsallianz.monitoring.selectors import Cell

    germany = Region(key="DG", name="Deutschland")
    cells = [
        Cell(region=germany, period=p, year=int(p[:4]), value=Decimal(v), status="", reason="", decimals=0, role="own")
        for p, v in (("2023-02", 3), ("2023-01", 1), ("2022-12", 2), ("2022-12-31", 4), ("2023-06-30", 5))
    ]
    chart = charts.series_chart(chart_id="m", title="t", unit="Anzahl", decimals=0, cells=cells)
    sorts = [layer["encoding"]["x"]["sort"] for layer in chart.spec["layer"] if "x" in layer.get("encoding", {})]
    sorts.append(chart.spec.get("encoding", {}).get("x", {}).get("sort"))
    expected = ["12/2022", "31.12.2022", "01/2023", "02/2023", "30.06.2023"]
    assert expected in sorts and all(s in (None, expected) for s in sorts)


# --- found by the review of stop 11 -------------------------------------------------------------


def test_a_variable_the_rows_give_in_two_units_becomes_one_variable_per_unit():
    text = VARIABLE_IN_ROWS.replace("2016;Arbeitslose;männlich;Anzahl", "2013;Arbeitslose;Insgesamt;Prozent")
    table = parse_file(latin1(text), filename="13211-0009_$F.csv")
    assert table.variables() == ["Arbeitslose", "Arbeitslose_PROZENT"]
    keys = [(o.region_key, o.period, o.variable, o.breakdown) for o in table.observations]
    assert len(keys) == len(set(keys)) == 64
    share = table.get("08", "2013", "Arbeitslose_PROZENT")
    assert (share.unit, share.variable_label, share.value) == ("Prozent", "Arbeitslose (Prozent)", Decimal("122670"))


def test_only_the_total_row_of_a_laender_columns_table_still_reads_the_columns_as_laender():
    rows = [r for r in LAENDER_AS_COLUMNS.split("\n") if ";unter 1 Jahr;" not in r and ";90 Jahre" not in r]
    table = parse_file(latin1("\n".join(rows)), filename="12411-0012_$F.csv")
    assert len(table.region_keys()) == 16 and table.variables() == ["Bevölkerungsstand"]
    assert table.get("05", "2022-12-31").value == Decimal("18139116")


@pytest.mark.parametrize("label", ["Arbeitslose", "Insgesamt"])
def test_laender_as_columns_under_a_category_line_without_a_named_measure_are_refused(label):
    text = (
        "GENESIS-Tabelle: 13211-0010\n"
        "Arbeitslose: Bundesländer, Jahre, Geschlecht;;;;;\n"
        ";;männlich;männlich;weiblich;weiblich\n"
        ";;Bayern;Hessen;Bayern;Hessen\n"
        f"2013;{label};1;2;3;4\n"
        "__________\n"
        "Stand: 03.12.2023 / 17:12:15\n"
    )
    with pytest.raises(ParseError) as info:
        parse_file(latin1(text), filename="13211-0010_$F.csv")
    assert "stehen die Länder in den Spalten" in str(info.value)


def test_a_total_in_the_variable_column_is_no_variable_and_no_crash():
    text = VARIABLE_IN_ROWS.replace(";Arbeitslose;", ";Total;").replace("Arbeitslose:", "Total:")
    with pytest.raises(ParseError):
        parse_file(latin1(text), filename="13211-0009_$F.csv")


def test_an_empty_cell_in_the_line_of_the_laender_is_named():
    text = LAENDER_AS_COLUMNS.replace(";Schleswig-Holstein;Thüringen\n", ";Schleswig-Holstein;\n")
    with pytest.raises(ParseError) as info:
        parse_file(latin1(text), filename="12411-0012_$F.csv")
    assert (info.value.column, info.value.message) == (
        18,
        "Über dieser Wertspalte fehlt in der Zeile der Länder das Land.",
    )


def test_an_aggregate_row_is_named_when_the_total_row_comes_first():
    rows = PERIOD_AND_LAND.split("\n")
    total = next(i for i, row in enumerate(rows) if row.startswith("2014;Insgesamt"))
    rows.insert(7, rows.pop(total))
    text = "\n".join(rows).replace("2014;Berlin;", "2014;Neue Länder;")
    with pytest.raises(ParseError) as info:
        parse_file(latin1(text), filename="21621-0003_$F.csv")
    assert "„Neue Länder“ ist weder ein Land" in str(info.value)


def test_an_empty_label_and_insgesamt_both_label_the_total_so_two_such_rows_are_a_duplicate():
    # before, "Insgesamt;Insgesamt" and ";Insgesamt" of the same period both stored the grand total
    text = UNIVERSITY_STAFF.replace("Insgesamt;Insgesamt;759065\n", "Insgesamt;Insgesamt;759065\n;Insgesamt;759066\n")
    with pytest.raises(ParseError) as info:
        parse_file(latin1(text), filename="21341-0001_$F.csv")
    assert info.value.line == 21
    assert info.value.message == (
        "doppelte Zeile für Region DG, Personalgruppen nach Beschäftigungsverhältnis (leer), Geschlecht Insgesamt."
    )

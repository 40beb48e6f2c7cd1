"""Headers and title blocks of more real downloads, found in a second search of public copies (issue 12).

Fixtures are our own files in the layout of public downloads, with figures
checked against copies in public repositories (© Statistische Ämter des
Bundes und der Länder, IT.NRW, Bayerisches Landesamt für Statistik;
dl-de/by-2-0): 22542-01-02-4 and 22541-01-01-4 in theo-lyd/
regional_infrastructure_resilence_auditor (data/raw); 12111-04-01-4 saved in
Excel in Schmidtpk/CovidGer; 12411-15i (IT.NRW) in
Inab1993/Regressionsmodelle_fuer_EGH-Leistungen (data/raw/2024); 12411-007s
(Landesdatenbank Bayern) in ameresj/MortalityModels. Before, a line naming
the dimension was glued to the variable ("Einrichtungen der Jugendhilfe Art
der Jugendhilfeeinrichtung") and its categories were called "Merkmal 2".
"""

from decimal import Decimal

import pytest

from bildungsallianz.monitoring.parsers import ParseError, parse_file
from bildungsallianz.monitoring.tests.samples import CLASSIC

YOUTH_WELFARE = (  # 22542-01-02-4: "Art der Jugendhilfeeinrichtung" over the kinds of facility
    "Tabelle: 22542-01-02-4\n"
    "Einrichtungen der Jugendhilfe (ohne Tageseinrichtungen),;;;;;;;;;\n"
    "verfügbare Plätze, tätige Personen - Stichtag 31.12. -;;;;;;;;;\n"
    "regionale Tiefe: Kreise und krfr. Städte (bis 2020);;;;;;;;;\n"
    "Statistik der Einrichtung der Kinder- u. Jugendhilfe;;;;;;;;;\n"
    ";;;Einrichtungen der Jugendhilfe;Einrichtungen der Jugendhilfe;Einrichtungen der Jugendhilfe;Verfügbare Plätze;"
    "Tätige Personen;Tätige Personen;Tätige Personen\n"
    ";;;" + ";".join(["Art der Jugendhilfeeinrichtung"] * 7) + "\n"
    ";;;Insgesamt;Hilfe z. Erziehung u. Hilfe f. junge Volljährige;Jugendarbeit;"
    "Hilfe z. Erziehung u. Hilfe f. junge Volljährige;Insgesamt;Hilfe z. Erziehung u. Hilfe f. junge Volljährige;"
    "Jugendarbeit\n"
    ";;;Anzahl;Anzahl;Anzahl;Anzahl;Anzahl;Anzahl;Anzahl\n"
    "31.12.2020;DG;Deutschland;33417;14057;13305;141083;202420;114930;38157\n"
    "31.12.2020;01;  Schleswig-Holstein;1045;744;226;5936;7557;5439;1248\n"
    "31.12.2020;01001;      Flensburg, kreisfreie Stadt;59;40;15;183;388;209;132\n"
    "__________\n"
    "Stand: 23.03.2026 / 09:08:22\n"
)

DAY_CARE = (  # 22541-01-01-4: the same text over every column above the kinds of facility
    "Tabelle: 22541-01-01-4\n"
    "Einrichtungen, genehmigte Plätze, tätige Personen - Stichtag 31.12. - regionale Tiefe: Kreise und krfr. "
    "Städte (bis 2002);;;;;;;;;;;;;\n"
    "Statistik der Kinder und tätigen Personen in Tageseinrichtungen;;;;;;;;;;;;;\n"
    ";;;" + ";".join(["Tageseinrichtungen für Kinder"] * 5 + ["Verfügbare Plätze"] * 4 + ["Tätige Personen"] * 2) + "\n"
    ";;;" + ";".join(["Tageseinrichtungen für Kinder"] * 11) + "\n"
    ";;;Insgesamt;Kindergärten;Horte;Kinderkrippen;anderweitige Einrichtungen;Insgesamt;Plätze für Krippenkinder;"
    "Plätze für Kindergartenkinder;Plätze für Hortkinder;Insgesamt;Kindergärten\n"
    ";;;" + ";".join(["Anzahl"] * 11) + "\n"
    "31.12.2002;DG;Deutschland;48017;28406;3494;799;15318;3142497;190914;2550399;401184;379723;197399\n"
    "31.12.2002;01001;      Flensburg, kreisfreie Stadt;57;39;6;-;12;3013;81;2534;398;466;309\n"
    "__________\n"
    "Stand: 23.03.2026 / 09:01:36\n"
)


def _parsed(text: str, code: str):
    return parse_file(text.replace("\n", "\r\n").encode("iso-8859-1"), filename=f"{code}.csv")


def test_a_line_naming_the_dimension_names_the_categories_below_it():
    table = _parsed(YOUTH_WELFARE, "22542-01-02-4")
    assert table.variables() == ["Einrichtungen der Jugendhilfe", "Verfügbare Plätze", "Tätige Personen"]
    kind = "Art der Jugendhilfeeinrichtung"
    places = table.get(
        "01001", "2020-12-31", "Verfügbare Plätze", {kind: "Hilfe z. Erziehung u. Hilfe f. junge Volljährige"}
    )
    assert places.value == Decimal("183")
    assert table.get("01001", "2020-12-31", "Tätige Personen", {kind: "Jugendarbeit"}).value == Decimal("132")
    assert table.get("DG", "2020-12-31", "Einrichtungen der Jugendhilfe").value == Decimal("33417")  # the total
    assert {name for o in table.observations for name, _ in o.breakdown} == {kind}


def test_the_same_text_over_every_column_names_the_dimension_and_is_not_glued_to_the_variable():
    table = _parsed(DAY_CARE, "22541-01-01-4")
    assert table.variables() == ["Tageseinrichtungen für Kinder", "Verfügbare Plätze", "Tätige Personen"]
    kind = {"Tageseinrichtungen für Kinder": "Kinderkrippen"}
    assert table.get("01001", "2002-12-31", "Tageseinrichtungen für Kinder", kind).status == "-"
    nursery = {"Tageseinrichtungen für Kinder": "Plätze für Krippenkinder"}
    assert table.get("DG", "2002-12-31", "Verfügbare Plätze", nursery).value == Decimal("190914")
    assert table.get("DG", "2002-12-31", "Tätige Personen").value == Decimal("379723")


def test_a_category_over_every_column_stays_a_breakdown_of_its_own():
    # "weiblich" over the age groups: a table of women, not a dimension called "weiblich"
    women = YOUTH_WELFARE.replace("Art der Jugendhilfeeinrichtung", "weiblich")
    table = _parsed(women, "22542-01-02-4")
    jobs = table.get("01001", "2020-12-31", "Tätige Personen", {"Geschlecht": "weiblich", "Merkmal 2": "Jugendarbeit"})
    assert jobs.value == Decimal("132")


SAVED_IN_EXCEL = (  # 12111-04-01-4 opened and saved in Excel: padded lines, the keys' leading zeros lost
    "GENESIS-Tabelle: 12111-04-01-4;;;;;\n"
    "Bevölkerung nach Geschlecht;;;;;\n"
    "und Altersjahren - Stichtag 09.05.2011 -;;;;;\n"
    "regionale Tiefe: Kreise und krfr. Städte;;;;;\n"
    "Zensus 2011;;;;;\n"
    "09.05.2011;;;;;\n"
    ";;;Bevölkerung;Bevölkerung;Bevölkerung\n"
    ";;;Insgesamt;männlich;weiblich\n"
    ";;;Anzahl;Anzahl;Anzahl\n"
    "DG;Deutschland;unter 1 Jahr;656150;336848;319302\n"
    "DG;Deutschland;1 bis unter 2 Jahre;658887;338266;320621\n"
    "1;  Schleswig-Holstein;Insgesamt;2800119;1360484;1439635\n"
    "1001;      Flensburg, Kreisfreie Stadt;unter 1 Jahr;668;410;258\n"
    "__________;;;;;\n"
    "Stand: 04.05.2020 / 15:14:47;;;;;\n"
)


def test_keys_whose_leading_zero_excel_dropped_get_it_back():
    # the copy in Schmidtpk/CovidGer (data-raw/Regionaldatenbank/Regionaldatenbank.csv) has "1" and "1001"
    table = _parsed(SAVED_IN_EXCEL, "12111-04-01-4")
    assert table.region_keys() == ["DG", "01", "01001"]
    assert table.get("01", "2011-05-09", "Bevölkerung").value == Decimal("2800119")
    women = {"Altersgruppe": "unter 1 Jahr", "Geschlecht": "weiblich"}
    flensburg = table.get("01001", "2011-05-09", "Bevölkerung", women)
    assert (flensburg.value, flensburg.region_name) == (Decimal("258"), "Flensburg, Kreisfreie Stadt")


STATISTIC_OVER_VARIABLES = (  # IT.NRW 12411-15i: statistic / variable / unit
    "Tabelle: 12411-15i\n"
    "Katasterfläche (qkm), Bevölkerung und Bevölkerungsdichte - Stichtag - Gemeinden;;;;;\n"
    ";;;Fortschreibung des Bevölkerungsstandes;Flächenerhebung nach Art der tatsächlichen Nutzung;"
    "Fortschreibung des Bevölkerungsstandes\n"
    ";;;Bevölkerungsstand (Basis Zensus 2022 und früher);Bodenfläche (Katasterfläche) in qkm;Bevölkerungsdichte\n"
    ";;;Anzahl;qkm;EW pro qkm\n"
    "31.12.2024;05;Nordrhein-Westfalen;18034454;34112,44;528,7\n"
    "31.12.2024;05111;    Düsseldorf, krfr. Stadt;618685;217,41;2845,7\n"
    "__________\n"
    "© IT.NRW, Düsseldorf, 2026. Dieses Werk ist lizenziert unter der Datenlizenz Deutschland - Namensnennung - "
    "Version 2.0.\n"
    "Stand: 19.01.2026 / 13:58:12\n"
)


def test_a_statistic_over_variables_of_different_units_is_not_the_variable():
    table = _parsed(STATISTIC_OVER_VARIABLES, "12411-15i")
    population, area, density = table.variables()
    assert (population, area, density) == (
        "Bevölkerungsstand (Basis Zensus 2022 und früher)", "Bodenfläche (Katasterfläche) in qkm", "Bevölkerungsdichte",
    )  # fmt: skip
    dense = table.get("05111", "2024-12-31", density)
    assert (dense.value, dense.unit, dense.breakdown) == (Decimal("2845.7"), "EW pro qkm", ())
    assert table.get("05", "2024-12-31", population).unit == "Anzahl"
    assert table.get("05", "2024-12-31", area).value == Decimal("34112.44")


REGION_AND_DATE_LINES = (  # Landesdatenbank Bayern 12411-007s: region and date as lines of the title block
    "GENESIS-Tabelle: 12411-007s\n"
    "Bevölkerung: Kreis, Geschlecht,;;;\n"
    "Altersjahre (75)/ Altersjahre (88), Stichtag;;;\n"
    "Fortschreibung des Bevölkerungsstandes;;;\n"
    "Bevölkerung (Anzahl);;;\n"
    "Bayern;;;\n"
    "31.12.2019;;;\n"
    ";Insgesamt;männlich;weiblich\n"
    "unter 1;128036;65655;62381\n"
    "1 bis unter 2;129004;66034;62970\n"
    "__________\n"
    "© Bayerisches Landesamt für Statistik, Fürth 2021\n"
    "Stand: 22.04.2021 / 10:04:01\n"
)


def test_a_date_line_in_the_title_block_is_the_stichtag():
    table = _parsed(REGION_AND_DATE_LINES, "12411-007s")
    assert table.region_keys() == ["09"] and table.periods() == ["2019-12-31"]
    boys = [o for o in table.observations if dict(o.breakdown).get("Geschlecht") == "männlich"]
    assert [o.value for o in boys] == [Decimal("65655"), Decimal("66034")]


def test_a_region_below_the_laender_without_its_key_is_refused_with_the_way_out():
    # IT.NRW 13111-54i as found in Inab1993/Regressionsmodelle_fuer_EGH-Leistungen: names, no keys
    text = (
        "Tabelle: 13111-54i\n"
        "Sozialversicherungspfl. Beschäftigte (Arbeitsort) (Anzahl);;;;;\n"
        ";;;;Insgesamt;ohne Schulabschluss\n"
        "31.12.2024;Nordrhein-Westfalen;;Insgesamt;7390826;193750\n"
        "31.12.2024;  Düsseldorf, Regierungsbezirk;A;Land- und Forstwirtschaft, Fischerei;9364;496\n"
        "__________\n"
        "Stand: 15.01.2026 / 15:38:09\n"
    )
    with pytest.raises(ParseError) as info:
        _parsed(text, "13111-54i")
    assert (info.value.line, info.value.column) == (5, 2)
    assert "„Düsseldorf, Regierungsbezirk“ ist kein Land" in str(info.value)
    assert "Regionalschlüssel vor dem Namen" in str(info.value)


#: 13111-54i (IT.NRW) as downloaded with region keys: figures of the real file (31.12.2024, Düsseldorf and
#: Duisburg, kreisfreie Städte) in Inab1993/Regressionsmodelle_fuer_EGH-Leistungen (data/raw/2024), the key
#: column added as the keyed download carries it. One header line holds two dimensions side by side: the
#: school-leaving qualification (five categories) and the vocational one (four); each adds up to the total.
EMPLOYEES_BY_QUALIFICATION = (
    "Tabelle: 13111-54i\n"
    "Sozialversicherungspflichtige Beschäftigte (Arbeitsort) nach;;;;;;;;;;;;;;\n"
    "Wirtschaftsabschnitte sowie Schul- und Berufsabschluss -;;;;;;;;;;;;;;\n"
    "kreisfreie Städte und Kreise - Stichtag (ab 2021);;;;;;;;;;;;;;\n"
    "Statistik der sozialversicherungspflichtig Beschäftigten;;;;;;;;;;;;;;\n"
    "Sozialversicherungspfl. Beschäftigte (Arbeitsort) (Anzahl);;;;;;;;;;;;;;\n"
    ";;;;;Insgesamt;ohne Schulabschluss;mit Volks-/Haupschulabschluss;mit mittlerer Reife/gleichwertigem Abschluss;"
    "mit Abitur/Fachabitur;Abschluss unbekannt;ohne beruflichen Ausbildungsabschluss;"
    "mit anerkanntem Berufsabschluss;mit akademischem Abschluss;Ausbildung unbekannt\n"
    "31.12.2024;05;Nordrhein-Westfalen;A;Land- und Forstwirtschaft, Fischerei;"
    "30831;1307;5791;8057;6534;9142;5727;14920;2166;8018\n"
    "31.12.2024;05;Nordrhein-Westfalen;B-F;Produzierendes Gewerbe;"
    "1822337;44219;394860;539457;572841;270960;272312;1154859;238231;156935\n"
    "31.12.2024;05;Nordrhein-Westfalen;B-E;Produzierendes Gewerbe ohne Baugewerbe;"
    "1440080;31212;297192;422394;497249;192033;203599;921598;216838;98045\n"
    "31.12.2024;05;Nordrhein-Westfalen;C;Verarbeitendes Gewerbe;"
    "1298577;29181;271223;380091;438771;179311;187716;833221;188216;89424\n"
    "31.12.2024;05;Nordrhein-Westfalen;F;Baugewerbe;382257;13007;97668;117063;75592;78927;68713;233261;21393;58890\n"
    "31.12.2024;05;Nordrhein-Westfalen;G-T;Dienstleistungsbereich;"
    "5537632;148221;685472;1379823;2579229;744887;875770;2981176;1145789;534897\n"
    "31.12.2024;05;Nordrhein-Westfalen;;Insgesamt;"
    "7390826;193750;1086124;1927338;3158621;1024993;1153812;4150960;1386201;699853\n"
    "31.12.2024;05111;    Düsseldorf, krfr. Stadt;A;Land- und Forstwirtschaft, Fischerei;"
    "399;19;54;56;65;205;52;122;30;195\n"
    "31.12.2024;05111;    Düsseldorf, krfr. Stadt;B-F;Produzierendes Gewerbe;"
    "48972;1135;6632;10000;20332;10873;5944;27482;11340;4206\n"
    "31.12.2024;05111;    Düsseldorf, krfr. Stadt;;Insgesamt;"
    "458999;7641;34742;86146;268486;61984;59863;207416;147342;44378\n"
    "31.12.2024;05112;    Duisburg, krfr. Stadt;A;Land- und Forstwirtschaft, Fischerei;67;.;17;14;16;.;13;36;.;.\n"
    "31.12.2024;05112;    Duisburg, krfr. Stadt;B-F;Produzierendes Gewerbe;44745;.;8243;11472;13488;.;6684;29293;.;.\n"
    "31.12.2024;05112;    Duisburg, krfr. Stadt;;Insgesamt;"
    "182109;5475;28083;46895;71069;30587;31280;104535;27859;18435\n"
    "__________\n"
    "Stand: 15.01.2026 / 15:38:09\n"
)


def test_two_dimensions_side_by_side_in_one_header_line_and_the_measure_from_the_title():
    table = _parsed(EMPLOYEES_BY_QUALIFICATION, "13111-54i")
    # before: every column was a variable of its own ("Insgesamt", "ohne Schulabschluss", …), the measure was lost
    assert table.variables() == ["Sozialversicherungspfl. Beschäftigte (Arbeitsort)"]
    assert {o.unit for o in table.observations} == {"Anzahl"}
    totals = {o.region_key: o.value for o in table.observations if o.breakdown == ()}
    assert totals == {"05": Decimal("7390826"), "05111": Decimal("458999"), "05112": Decimal("182109")}
    dusseldorf = [o for o in table.observations if o.region_key == "05111" and len(o.breakdown) == 1]
    school = {dict(o.breakdown)["Abschluss"]: o.value for o in dusseldorf if "Abschluss" in dict(o.breakdown)}
    vocational = {
        dict(o.breakdown)["Berufsabschluss"]: o.value for o in dusseldorf if "Berufsabschluss" in dict(o.breakdown)
    }
    assert school["mit Abitur/Fachabitur"] == Decimal("268486") and school["Abschluss unbekannt"] == Decimal("61984")
    assert vocational["Ausbildung unbekannt"] == Decimal("44378")
    assert len(school) == 5 and len(vocational) == 4
    assert sum(school.values()) == sum(vocational.values()) == totals["05111"]  # each dimension adds up on its own
    assert not any({"Abschluss", "Berufsabschluss"} <= dict(o.breakdown).keys() for o in table.observations)
    farming = table.get(
        "05112",
        "2024-12-31",
        breakdown={
            "Abschluss": "ohne Schulabschluss",
            "Wirtschaftszweig": "Land- und Forstwirtschaft, Fischerei (A)",
        },
    )
    assert (farming.value, farming.status) == (None, ".")


def test_a_column_of_economic_sections_and_its_labels_are_one_breakdown_whose_sections_nest():
    from bildungsallianz.monitoring.parsers.hierarchy import category_tree, summable

    table = _parsed(EMPLOYEES_BY_QUALIFICATION, "13111-54i")
    # before: the code column (A, B-F …) and the label column were two dimensions "Merkmal Spalte 4/5"
    names = {name for o in table.observations for name, _value in o.breakdown}
    assert names == {"Wirtschaftszweig", "Abschluss", "Berufsabschluss"}
    nrw = {
        dict(o.breakdown)["Wirtschaftszweig"]: o.value
        for o in table.observations
        if o.region_key == "05" and o.breakdown and o.breakdown[0][0] == "Wirtschaftszweig" and len(o.breakdown) == 1
    }
    assert nrw["Verarbeitendes Gewerbe (C)"] == Decimal("1298577")
    assert nrw["Produzierendes Gewerbe ohne Baugewerbe (B-E)"] == Decimal("1440080")
    # B-F holds B-E and F; C is only a part of B-E (D and E are not listed)
    tree = category_tree(table)["Wirtschaftszweig"]
    assert tree == {
        "Produzierendes Gewerbe ohne Baugewerbe (B-E)": "Produzierendes Gewerbe (B-F)",
        "Baugewerbe (F)": "Produzierendes Gewerbe (B-F)",
        "Verarbeitendes Gewerbe (C)": "Produzierendes Gewerbe ohne Baugewerbe (B-E)",
    }
    parts = summable(nrw, tree)
    assert parts == [
        "Land- und Forstwirtschaft, Fischerei (A)",
        "Produzierendes Gewerbe ohne Baugewerbe (B-E)",
        "Baugewerbe (F)",
        "Dienstleistungsbereich (G-T)",
    ]
    # the parts add up to the total but for 26 employees without a section; siblings would count 3.1 million twice
    assert sum(nrw[p] for p in parts) == Decimal("7390800")
    assert sum(nrw.values()) - Decimal("7390826") == Decimal("3120888")


@pytest.mark.parametrize(
    ("codes", "labels"),
    [
        (["A", "B", "A-B"], "same label twice"),  # a code column must give each code one label
        (["1", "2", "3"], "numbers"),  # numbers are no WZ sections
        (["X", "Y", "Z"], "letters beyond U"),
        (["D", "A"], "single letters"),  # reviewer: D/A beside Deutsche/Ausländer are no WZ sections
    ],
)
def test_a_column_that_is_no_wz_code_column_gives_no_economic_sections(codes, labels):
    rows = "".join(
        f"2024;05111;Düsseldorf;{code};{'Gleich' if labels.startswith('same') else f'Kategorie {code}'};{i}\n"
        for i, code in enumerate(codes, 1)
    )
    text = f"Tabelle: 99999-01-01-4\nBeschäftigte (Anzahl);;;\n;;;;;Insgesamt\n{rows}__________\n"
    table = _parsed(text, "99999-01-01-4")
    names = {name for o in table.observations for name, _value in o.breakdown}
    assert "Wirtschaftszweig" not in names
    if labels.startswith("same"):  # no key: two dimensions of their own
        assert len(names) == 2
    else:  # keys one to one with their labels (a table downloaded with keys): one dimension, the bare label
        assert {value for o in table.observations for _name, value in o.breakdown} == {f"Kategorie {c}" for c in codes}


def test_the_measure_in_the_title_may_carry_a_qualifier_in_brackets():
    from bildungsallianz.monitoring.parsers.classic_header import measure_from_title

    assert measure_from_title(["Sozialversicherungspfl. Beschäftigte (Arbeitsort) (Anzahl)"]) == (
        "Sozialversicherungspfl. Beschäftigte (Arbeitsort)",
        "Anzahl",
    )


def _dimensions_of(header_line: str) -> dict[str, list[str]] | None:
    """The dimensions a one-line header of categories becomes, or ``None`` when its cells stay variables."""
    cells = header_line.split(";")
    text = (
        "Tabelle: 99999-01-01-4\nSchulabgänger und Beschäftigte (Anzahl);;\n"
        + ";;;Insgesamt;" + header_line + "\n"
        + "2023;07317;Pirmasens, kreisfreie Stadt;" + ";".join(str(n) for n in range(1, len(cells) + 2)) + "\n"
        + "__________\nStand: 01.01.2024\n"
    )  # fmt: skip
    table = _parsed(text, "99999-01-01-4")
    if table.variables() != ["Schulabgänger und Beschäftigte"]:
        return None
    found: dict[str, list[str]] = {}
    for o in table.observations:
        for name, value in o.breakdown:
            found.setdefault(name, []).append(value)
    return found


# What a reviewer tried against this change (category wordings of the BA, the Mikrozensus and the school statistics):
@pytest.mark.parametrize(
    ("header_line", "expected"),
    [
        (  # school types that name a Berufsausbildung stay school types
            "Berufsschulen;Berufsfachschulen (vollqualifizierende Berufsausbildung);Schulen des Gesundheitswesens;"
            "Fachschulen",
            {"Schulart": 4},
        ),
        (  # leavers of vocational schools: one vocational category among school-leaving ones is one dimension
            "ohne Abschluss;mit Berufsabschluss;mit Hauptschulabschluss;mit mittlerem Abschluss;mit Fachhochschulreife;"
            "mit allgemeiner Hochschulreife",
            {"Abschluss": 6},
        ),
        (  # Mikrozensus wording: two blocks; Fachschul-/Hochschulabschluss are in the vocational block
            "Haupt-(Volks-)schulabschluss;Realschul- oder gleichwertiger Abschluss;Fachhochschul- oder Hochschulreife;"
            "ohne allgemeinen Schulabschluss;Lehre/Berufsausbildung im dualen System;Fachschulabschluss;"
            "Fachhochschulabschluss;Hochschulabschluss;ohne beruflichen Abschluss",
            {"Abschluss": 4, "Berufsabschluss": 5},
        ),
        (  # BA wording: "keine Angabe" ends the school block, "Abschluss unbekannt" the vocational one
            "ohne Schulabschluss;Haupt-/Volksschulabschluss;Mittlere Reife/gleichwertiger Abschluss;Abitur/Fachabitur;"
            "keine Angabe;ohne beruflichen Ausbildungsabschluss;mit anerkannter Berufsausbildung;"
            "mit akademischem Abschluss;Abschluss unbekannt",
            {"Abschluss": 5, "Berufsabschluss": 4},
        ),
        (  # the dative
            "ohne Schulabschluss;mit Hauptschulabschluss;mit Abitur;"
            "ohne beruflichem Abschluss;mit beruflichem Abschluss",
            {"Abschluss": 3, "Berufsabschluss": 2},
        ),
        (  # Zensus 2011, höchster beruflicher Abschluss: degrees named on their own beside a vocational one
            "Ohne Abschluss;Lehre, Berufsausbildung im dualen System;Fachschulabschluss;"
            "Abschluss einer Fachakademie oder Berufsakademie;Fachhochschulabschluss;Hochschulabschluss;Promotion",
            {"Berufsabschluss": 7},
        ),
        (  # Zensus 2022 wording
            "Kein beruflicher Abschluss;Lehre, Berufsausbildung im dualen System;Fachschulabschluss;Bachelor;"
            "Master, Diplom, Magister, Staatsexamen;Promotion",
            {"Berufsabschluss": 6},
        ),
        ("Studierende;Studienanfänger;Absolventen;Promotionen", None),  # a measure, not a degree
        ("Bachelor;Master;Promotion", None),  # degrees alone: exams or courses, no vocational line
        ("männlich;weiblich;ohne Angabe", {"Geschlecht": 3}),  # a bare unknown joins any dimension
        ("Deutsche;Ausländer;Staatsangehörigkeit unbekannt", {"Nationalität": 3}),
        ("männlich;weiblich;Ausbildung unbekannt", None),  # … one with a subject only a dimension of it
    ],
)
def test_header_lines_of_qualifications_and_unknowns(header_line, expected):
    found = _dimensions_of(header_line)
    assert (found and {name: len(values) for name, values in found.items()}) == expected


def test_a_line_of_vocational_qualifications_only_stays_one_dimension():
    # constructed in the Regionaldatenbank layout: „Fachschulabschluss“ and „Hochschulabschluss“ read like
    # school-leaving qualifications on their own, but beside vocational ones with no school-leaving one they
    # are vocational too: one dimension, which adds up to the total
    text = (
        "Tabelle: 12211-91-01-4\n"
        "Bevölkerung nach beruflichem Bildungsabschluss (Anzahl);;;;;;;;\n"
        ";;;Insgesamt;ohne beruflichen Abschluss;Lehre/Berufsausbildung im dualen System;Fachschulabschluss;"
        "Fachhochschulabschluss;Hochschulabschluss\n"
        "2011;07317;Pirmasens, kreisfreie Stadt;100;30;45;10;5;10\n"
        "__________\n"
        "Stand: 01.01.2020\n"
    )
    table = _parsed(text, "12211-91-01-4")
    assert table.variables() == ["Bevölkerung nach beruflichem Bildungsabschluss"]
    parts = {o.breakdown for o in table.observations if o.breakdown}
    assert {name for breakdown in parts for name, _ in breakdown} == {"Berufsabschluss"}
    assert sum(o.value for o in table.observations if o.breakdown) == Decimal("100")


ZENSUS_HEADER = (
    "statistics_code;statistics_label;time_code;time_label;time;1_variable_code;1_variable_label;"
    "1_variable_attribute_code;1_variable_attribute_label;2_variable_code;2_variable_label;2_variable_attribute_code;"
    "2_variable_attribute_label;value;value_unit;value_variable_code;value_variable_label;value_q\n"
)
ZENSUS_ROW = (
    "1000A;Bevölkerung kompakt (Gebietsstand 15.05.2022);STAG;Stichtag;2022-05-15;GEOBL1;Bundesländer;13;"
    "Mecklenburg-Vorpommern;RELZG2;Religion;REL-RK-OR;Römisch-katholische Kirche (öffentlich-rechtlich);{value};{unit};"
    "PRS018;Personen;e\n"
)


def test_a_zensus_variable_in_percent_and_as_a_count_becomes_two_variables():
    # rows of 1000A-1018_de_flat.zip of the Zensus 2022 database, as quoted in a public research note
    text = ZENSUS_HEADER + ZENSUS_ROW.format(value="3,1", unit="%") + ZENSUS_ROW.format(value="49282", unit="Anzahl")
    table = parse_file(text.encode("utf-8"), filename="1000A-1018_de_flat.csv")
    assert table.table_code == "1000A-1018"
    assert table.variables() == ["PRS018_PROZENT", "PRS018"]
    church = {"Religion": "Römisch-katholische Kirche (öffentlich-rechtlich)"}
    share = table.get("13", "2022-05-15", "PRS018_PROZENT", church)
    assert (share.value, share.unit, share.variable_label) == (Decimal("3.1"), "%", "Personen (%)")
    count = table.get("13", "2022-05-15", "PRS018", church)
    assert (count.value, count.unit, count.variable_label) == (Decimal("49282"), "Anzahl", "Personen")
    # a file with the count only keeps the plain code, so the series join
    only_count = parse_file(
        (ZENSUS_HEADER + ZENSUS_ROW.format(value="49282", unit="Anzahl")).encode(), filename="x.csv"
    )
    assert only_count.variables() == ["PRS018"]


def test_one_text_over_categories_of_a_known_dimension_stays_a_breakdown_of_its_own():
    # "am Arbeitsort" over "Insgesamt;weiblich;männlich;Ausländer": it qualifies, it does not name them
    text = CLASSIC.replace(
        ";;;Insgesamt;Insgesamt;ohne Hauptschulabschluss;ohne Hauptschulabschluss\n",
        ";;;am Arbeitsort;am Arbeitsort;am Arbeitsort;am Arbeitsort\n",
    ).replace(";;;Insgesamt;weiblich;Insgesamt;weiblich", ";;;Insgesamt;weiblich;männlich;Ausländer")
    table = parse_file(text.encode("utf-8"), filename="21111-02-06-4.csv")
    women = table.get("07317", "2023", "Absolvierende", {"Geschlecht": "weiblich", "Merkmal 1": "am Arbeitsort"})
    assert women.value == Decimal("208")


def test_a_variable_in_two_units_is_qualified_by_the_line_that_parts_them():
    text = (
        "GENESIS-Tabelle: 13111-01-01-4\n"
        "Beschäftigte und Arbeitslose - regionale Tiefe: Kreise und krfr. Städte;;;;;;\n"
        ";;;SvB;SvB;Arbeitslose;Arbeitslose\n"
        ";;;Bestand;Veränderung zum Vorjahr;Bestand;Veränderung zum Vorjahr\n"
        ";;;Anzahl;Prozent;Anzahl;Prozent\n"
        "2023;07317;      Pirmasens, kreisfreie Stadt;14000;1,2;2600;-0,5\n"
        "__________\n"
        "Stand: 01.03.2024 / 10:00:00\n"
    )
    table = parse_file(text.encode("utf-8"), filename="13111-01-01-4.csv")
    assert table.variables() == [
        "SvB Bestand", "SvB Veränderung zum Vorjahr", "Arbeitslose Bestand", "Arbeitslose Veränderung zum Vorjahr",
    ]  # fmt: skip
    change = table.get("07317", "2023", "Arbeitslose Veränderung zum Vorjahr")
    assert (change.value, change.unit) == (Decimal("-0.5"), "Prozent")


def test_a_unit_that_changes_between_periods_keeps_the_variable_code():
    # no cell is given in both units: EUR from 2002, DM before stays one variable (as before)
    text = ZENSUS_HEADER + ZENSUS_ROW.format(value="3,1", unit="%").replace("2022-05-15", "2011-05-09")
    text += ZENSUS_ROW.format(value="49282", unit="Anzahl")
    table = parse_file(text.encode("utf-8"), filename="1000A-1018_de_flat.csv")
    assert table.variables() == ["PRS018"]


ENGLISH_OLD_FLAT = (  # the old-generation flat file in English, as the GENESIS API gave it (CorrelAid/restatis)
    "statistics_code;statistics_label;time_code;time_label;time;1_variable_code;1_variable_label;1_variable_code;"
    "1_variable_code;PREIS1__Consumer_price_index__2020=100;CH0004__Annual_change__in_(%)\n"
    "61111;Consumer price index for Germany;JAHR;Year;2019;DINSG;Germany;DG;Germany;99.5;+1.4\n"
    "61111;Consumer price index for Germany;JAHR;Year;2022;DINSG;Germany;DG;Germany;110.2;+6.9\n"
)


def test_the_old_flat_file_in_english_reads_its_dimensions_by_position_and_decimal_points():
    # tests/testthat/table1/api/data/tablefile-6dd2df.csv in CorrelAid/restatis: "1_variable_code" three times
    table = parse_file(ENGLISH_OLD_FLAT.encode("utf-8"), filename="61111-0001_flat.csv")
    assert table.table_code == "61111-0001" and table.region_keys() == ["DG"]
    index = table.get("DG", "2022", "PREIS1")
    assert (index.value, index.unit, index.variable_label) == (Decimal("110.2"), "2020=100", "Consumer price index")
    change = table.get("DG", "2019", "CH0004")
    assert (change.value, change.unit) == (Decimal("1.4"), "in (%)")


def test_the_old_flat_file_in_english_with_a_dimension_of_three_columns_is_refused():
    text = ENGLISH_OLD_FLAT.replace(
        "1_variable_label;1_variable_code;1_variable_code;", "1_variable_label;1_variable_code;x;"
    )
    with pytest.raises(ParseError) as info:
        parse_file(text.encode("utf-8"), filename="61111-0001_flat.csv")
    assert "Zum Merkmal 1 gehören 3 Spalten statt vier" in str(info.value)


def test_a_flat_file_names_the_economic_sections_as_the_classic_download_does():
    from bildungsallianz.monitoring.parsers.hierarchy import category_tree

    head = (
        "statistics_code;statistics_label;time_code;time_label;time;1_variable_code;1_variable_label;"
        "1_variable_attribute_code;1_variable_attribute_label;2_variable_code;2_variable_label;"
        "2_variable_attribute_code;2_variable_attribute_label;value;value_unit;value_variable_code;"
        "value_variable_label\n"
    )
    sections = {  # GENESIS codes the sections as 82111-0011 does: WZ08-B-F
        "WZ08-A": ("Land- und Forstwirtschaft, Fischerei", 30831),
        "WZ08-B-F": ("Produzierendes Gewerbe", 1822337),
        "WZ08-B-E": ("Produzierendes Gewerbe ohne Baugewerbe", 1440080),
        "WZ08-C": ("Verarbeitendes Gewerbe", 1298577),
        "WZ08-F": ("Baugewerbe", 382257),
        "WZ08-G-T": ("Dienstleistungsbereich", 5537632),
        "": ("Insgesamt", 7390826),
    }
    rows = "".join(
        "13111;Statistik der sozialversicherungspflichtig Beschäftigten;STAG;Stichtag;2024-12-31;"
        f"DLAND;Bundesländer;05;Nordrhein-Westfalen;WZ08A7;WZ 2008 (Abschnitte);{code};{label};{value};Anzahl;"
        "ERW032;Sozialversicherungspfl. Beschäftigte (Arbeitsort)\n"
        for code, (label, value) in sections.items()
    )
    flat = parse_file((head + rows).encode("utf-8"), filename="13111-54i_flat.csv")
    classic = _parsed(EMPLOYEES_BY_QUALIFICATION, "13111-54i")
    flat_categories = {dict(o.breakdown).get("WZ 2008 (Abschnitte)") for o in flat.observations} - {None}
    classic_categories = {dict(o.breakdown).get("Wirtschaftszweig") for o in classic.observations} - {None}
    assert flat_categories == classic_categories  # one series whichever download
    assert category_tree(flat)["WZ 2008 (Abschnitte)"] == category_tree(classic)["Wirtschaftszweig"]


def test_a_label_column_of_vocational_qualifications_is_named_as_the_header_line_would_be():
    from bildungsallianz.monitoring.parsers.categories import label_dimension_name

    zensus = {"Insgesamt", "Ohne Abschluss", "Lehre, Berufsausbildung im dualen System", "Fachschulabschluss",
              "Fachhochschulabschluss", "Hochschulabschluss", "Promotion"}  # fmt: skip
    assert label_dimension_name(zensus, 4) == "Berufsabschluss"  # before: "Abschluss", the school-leaving one
    school = {"ohne Hauptschulabschluss", "mit Hauptschulabschluss", "mit Abitur"}
    assert label_dimension_name(school, 4) == "Abschluss"
    assert label_dimension_name({"Promotionen", "Studierende"}, 4) == "Merkmal Spalte 4"


def test_a_code_column_may_code_its_total_and_have_a_row_of_no_section():  # reviewer's BA-like rows
    text = (
        "Tabelle: 99999-01-01-4\nBeschäftigte (Anzahl);;;\n;;;;;Insgesamt\n"
        "2024;05111;Düsseldorf;A;Land- und Forstwirtschaft, Fischerei;399\n"
        "2024;05111;Düsseldorf;B-F;Produzierendes Gewerbe (B-F);48972\n"  # the label carries its code already
        "2024;05111;Düsseldorf;;Keine Zuordnung möglich;7\n"
        "2024;05111;Düsseldorf;A-U;Insgesamt;458999\n__________\n"
    )
    table = _parsed(text, "99999-01-01-4")
    values = {o.breakdown: o.value for o in table.observations}
    assert values == {
        (("Wirtschaftszweig", "Land- und Forstwirtschaft, Fischerei (A)"),): Decimal("399"),
        (("Wirtschaftszweig", "Produzierendes Gewerbe (B-F)"),): Decimal("48972"),
        (("Wirtschaftszweig", "Keine Zuordnung möglich"),): Decimal("7"),
        (): Decimal("458999"),
    }

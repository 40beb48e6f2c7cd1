"""Small hand-made files in the published layouts, for tests without real data."""

CLASSIC = """GENESIS-Tabelle: 21111-02-06-4
Absolvierende/Abgehende allgemeinbildender Schulen nach;;;;;;
Geschlecht und Abschlussarten - Schuljahr - regionale Tiefe:;;;;;;
Kreise und krfr. Städte;;;;;;
;;;Absolvierende;Absolvierende;Absolvierende;Absolvierende
;;;Insgesamt;Insgesamt;ohne Hauptschulabschluss;ohne Hauptschulabschluss
;;;Insgesamt;weiblich;Insgesamt;weiblich
;;;Anzahl;Anzahl;Anzahl;Anzahl
2023;DG;Deutschland;782423;381434;55708;22043
2023;07;  Rheinland-Pfalz;38000;18000;.;x
2023;07317;      Pirmasens, kreisfreie Stadt;412;208;68;...
__________
"zu ""gesamte Tabelle"":
Testdatei."
"© Statistische Ämter des Bundes und der Länder, Deutschland, 2025.
Dieses Werk ist lizenziert unter der Datenlizenz Deutschland
- Namensnennung - Version 2.0."
Stand: 13.03.2025 / 16:40:08
"""

#: Line numbers in :data:`CLASSIC`.
CLASSIC_FIRST_DATA_LINE = 9
CLASSIC_PIRMASENS_LINE = 11


def classic_bytes(text: str = CLASSIC) -> bytes:
    """Encode like the Regionaldatenbank does (ISO-8859-1, CRLF)."""
    return text.replace("\n", "\r\n").encode("iso-8859-1")


FFCSV_NEW = (
    "\ufeffstatistics_code;statistics_label;time_code;time_label;time;1_variable_code;"
    "1_variable_label;1_variable_attribute_code;1_variable_attribute_label;2_variable_code;"
    "2_variable_label;2_variable_attribute_code;2_variable_attribute_label;value;value_unit;"
    "value_variable_code;value_variable_label{q_head}\n"
    "12411;Bevölkerung;STAG;Stichtag;2024-12-31;KREISE;Kreise;07317;Pirmasens, kreisfreie Stadt;"
    "GES;Geschlecht;;Insgesamt;{total};Anzahl;BEVSTD;Bevölkerungsstand{q_total}\n"
    "12411;Bevölkerung;STAG;Stichtag;2024-12-31;KREISE;Kreise;07317;Pirmasens, kreisfreie Stadt;"
    "GES;Geschlecht;GESW;weiblich;20107;Anzahl;BEVSTD;Bevölkerungsstand{q_women}\n"
)


def ffcsv_new(total: str = "39761", q: tuple[str, str] | None = None) -> bytes:
    """A two-row new-generation flat file, optionally with a ``value_q`` column."""
    if q is None:
        text = FFCSV_NEW.format(q_head="", total=total, q_total="", q_women="")
    else:
        text = FFCSV_NEW.format(q_head=";value_q", total=total, q_total=";" + q[0], q_women=";" + q[1])
    return text.encode("utf-8")

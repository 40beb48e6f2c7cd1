# ruff: noqa: E501
"""Writes offers.json, the Pirmasens demo offers. Run once: python bildungsallianz/offers/demo/build_offers.py

Texts are our own words; contacts are fictional (example.org); venues and
coordinates are plausible points in Pirmasens, not surveyed addresses.
Dates are stored relative to the day the demo is seeded (``start_in``/``end_in`` days).
"""

import json
from pathlib import Path

OUT = Path(__file__).with_name("offers.json")

# provider -> (venue name, street, postcode, lat, lon)
VENUES = {
    "stadt-pirmasens-schulverwaltung": (
        "Rathaus am Exerzierplatz",
        "Exerzierplatzstraße 17",
        "66953",
        49.20145,
        7.60520,
    ),
    "stadt-pirmasens-jugend-soziales": ("Jugendzentrum Pirmasens", "Zweibrücker Straße 25", "66953", 49.20390, 7.59770),
    "bildungsbuero-pirmasens": ("Rathaus am Exerzierplatz", "Exerzierplatzstraße 17", "66953", 49.20145, 7.60520),
    "jobcenter-pirmasens": ("Jobcenter Pirmasens", "Schachenstraße 70", "66954", 49.19620, 7.61360),
    "agentur-fuer-arbeit-kaiserslautern-pirmasens": (
        "Agentur für Arbeit, Geschäftsstelle Pirmasens",
        "Schachenstraße 70",
        "66954",
        49.19640,
        7.61330,
    ),
    "ihk-pfalz": ("Sprechtag im Bildungsbüro", "Exerzierplatzstraße 17", "66953", 49.20150, 7.60500),
    "handwerkskammer-der-pfalz": ("Sprechtag im Bildungsbüro", "Exerzierplatzstraße 17", "66953", 49.20150, 7.60500),
    "internationaler-bund-pirmasens": ("IB Bildungszentrum", "Lemberger Straße 40", "66955", 49.19440, 7.60930),
    "bbs-pirmasens": ("Berufsbildende Schule Pirmasens", "Zweibrücker Straße 50", "66953", 49.20520, 7.59330),
    "staedtisches-krankenhaus-pirmasens": (
        "Städtisches Krankenhaus",
        "Pettenkoferstraße 22",
        "66955",
        49.19380,
        7.59380,
    ),
    "pakt-fuer-pirmasens": ("Treffpunkt Pakt für Pirmasens", "Hauptstraße 30", "66953", 49.20070, 7.60230),
    "hochschule-kaiserslautern-campus-pirmasens": (
        "Hochschule, Campus Pirmasens",
        "Carl-Schurz-Straße 10",
        "66953",
        49.20880,
        7.60140,
    ),
    "immanuel-kant-gymnasium": ("Immanuel-Kant-Gymnasium", "Landauer Straße 26", "66953", 49.19860, 7.61070),
    "hugo-ball-gymnasium": ("Hugo-Ball-Gymnasium", "Winzler Straße 90", "66955", 49.19480, 7.59760),
    "leibniz-gymnasium": ("Leibniz-Gymnasium", "Kaiserstraße 12", "66955", 49.19770, 7.60150),
    "igs-pirmasens": ("Integrierte Gesamtschule", "Kirchbergstraße 28", "66954", 49.19210, 7.62010),
    "wasgau": ("WASGAU Zentrale", "Blocksbergstraße 183", "66955", 49.18830, 7.58740),
    "sparkasse-suedwestpfalz": ("Sparkasse, Hauptstelle", "Schloßstraße 18", "66953", 49.20200, 7.60690),
    "stadtwerke-pirmasens": ("Stadtwerke Pirmasens", "Adam-Müller-Straße 4", "66954", 49.19990, 7.61530),
    "pfi-pirmasens": ("PFI Pirmasens", "Marie-Curie-Straße 19", "66953", 49.21270, 7.59460),
    "dynamikum": ("Dynamikum Science Center", "Fröhnstraße 8", "66954", 49.20280, 7.61210),
    "vhs-pirmasens": ("Volkshochschule im Forum Alte Post", "Poststraße 2", "66953", 49.20060, 7.60430),
}

TYPE_DEFAULTS = {
    "praktikum": dict(
        min_age=14, max_age=25, min_class=8, cost="kostenlos", fields=["bildung-wirtschaft"], groups=["schueler"]
    ),
    "ausbildungsplatz": dict(
        min_age=15,
        cost="kostenlos",
        fields=["bildung-wirtschaft"],
        groups=["schueler", "junge-erwachsene"],
        certificate=1,
        german=3,
    ),
    "duales-studium": dict(
        min_age=17,
        cost="kostenlos",
        fields=["bildung-wirtschaft"],
        groups=["schueler", "junge-erwachsene"],
        certificate=3,
        german=4,
    ),
    "einstiegsqualifizierung": dict(
        min_age=16,
        max_age=25,
        cost="kostenlos",
        fields=["bildung-wirtschaft", "chancengerechtigkeit"],
        groups=["ohne-abschluss", "junge-erwachsene"],
    ),
    "beratung": dict(
        min_age=14, cost="kostenlos", fields=["chancengerechtigkeit"], groups=["schueler", "junge-erwachsene"]
    ),
    "bewerbungstraining": dict(
        min_age=14, max_age=27, cost="kostenlos", fields=["bildung-wirtschaft"], groups=["schueler", "junge-erwachsene"]
    ),
    "sprachfoerderung": dict(min_age=16, cost="gefoerdert", fields=["migration-integration"], groups=["migration"]),
    "lernfoerderung": dict(
        min_age=10,
        max_age=18,
        min_class=5,
        max_class=10,
        cost="kostenlos",
        fields=["chancengerechtigkeit"],
        groups=["schueler"],
    ),
    "schulabschluss": dict(
        min_age=16,
        max_age=27,
        cost="kostenlos",
        fields=["chancengerechtigkeit"],
        groups=["ohne-abschluss", "junge-erwachsene"],
    ),
    "elternangebot": dict(cost="kostenlos", fields=["chancengerechtigkeit", "vernetzung"], groups=["eltern"]),
    "freizeit": dict(min_age=10, max_age=21, cost="kostenlos", fields=["chancengerechtigkeit"], groups=["schueler"]),
    "weiterbildung": dict(
        min_age=18, cost="gebuehr", fields=["bildung-wirtschaft"], groups=["junge-erwachsene", "arbeitsuchende"]
    ),
    "berufsorientierung": dict(
        min_age=13,
        max_age=21,
        min_class=7,
        cost="kostenlos",
        fields=["bildung-wirtschaft", "transparenz"],
        groups=["schueler"],
    ),
}

OFFERS = []


def offer(slug, provider, kind, title, summary, description, **extra):
    data = {
        "slug": slug,
        "provider": provider,
        "type": kind,
        "title": title,
        "summary": summary,
        "description": description,
    }
    defaults = dict(TYPE_DEFAULTS[kind])
    defaults.update(extra)
    data.update(defaults)
    data.setdefault("languages", ["de"])
    data.setdefault("status", "published")
    data.setdefault("date_kind", "laufend")
    data.setdefault(
        "barrier_free",
        provider
        in {
            "staedtisches-krankenhaus-pirmasens",
            "jobcenter-pirmasens",
            "agentur-fuer-arbeit-kaiserslautern-pirmasens",
            "vhs-pirmasens",
            "bildungsbuero-pirmasens",
            "stadt-pirmasens-schulverwaltung",
            "sparkasse-suedwestpfalz",
            "dynamikum",
            "bbs-pirmasens",
        },
    )
    data.setdefault("contact_email", f"angebote@{provider}.example.org")
    if not data.pop("online_only", False):
        venue = VENUES[provider]
        data.setdefault(
            "places",
            [
                {
                    "name": venue[0],
                    "street": venue[1],
                    "postcode": venue[2],
                    "city": "Pirmasens",
                    "lat": venue[3],
                    "lon": venue[4],
                }
            ],
        )
    else:
        data["places"] = []
        data["online"] = True
    OFFERS.append(data)


P = "<p>{}</p>"

# --- Krankenhaus ---------------------------------------------------------
KH = "staedtisches-krankenhaus-pirmasens"
offer(
    "schuelerpraktikum-pflege-krankenhaus",
    KH,
    "praktikum",
    "Schülerpraktikum in der Pflege",
    "Zwei Wochen im Krankenhaus: Sie helfen auf einer Station mit und sehen, wie Pflege im Alltag aussieht.",
    P.format(
        "Sie begleiten Pflegefachkräfte bei der Arbeit mit Patientinnen und Patienten, messen Blutdruck, helfen beim Essen und lernen das Team kennen."
    )
    + P.format("Ideal, wenn Sie überlegen, eine Ausbildung zur Pflegefachfrau oder zum Pflegefachmann zu machen."),
    min_age=15,
    min_class=9,
    occupations=["81302", "81301"],
    seats=12,
    date_kind="regelmaessig",
    start_in=20,
    end_in=200,
    schedule_note="Zwei Wochen, Beginn jeweils montags, 7:30 bis 14 Uhr",
)
offer(
    "ausbildung-pflegefachfrau-pflegefachmann",
    KH,
    "ausbildungsplatz",
    "Ausbildung Pflegefachfrau / Pflegefachmann",
    "Drei Jahre Ausbildung in der Pflege mit Einsätzen im Krankenhaus, in der Altenpflege und bei Kindern.",
    P.format(
        "Die generalistische Pflegeausbildung verbindet Theorie an der Pflegeschule mit Praxis auf unseren Stationen. Einsätze in der Altenpflege und in der Kinderkrankenpflege gehören dazu."
    )
    + P.format("Sie bekommen ab dem ersten Monat eine Ausbildungsvergütung."),
    certificate=2,
    german=4,
    occupations=["81302", "82102"],
    seats=30,
    date_kind="einmalig",
    start_in=120,
    deadline_in=60,
)
offer(
    "freiwilliges-praktikum-altenpflege",
    KH,
    "praktikum",
    "Praktikum in der Altenpflege und Geriatrie",
    "Lernen Sie die Arbeit mit alten Menschen auf unserer geriatrischen Station kennen.",
    P.format(
        "Auf der Station für Altersmedizin erleben Sie, wie Pflegefachkräfte, Therapeutinnen und Ärzte zusammenarbeiten. Auch für Erwachsene, die sich beruflich neu orientieren."
    ),
    min_age=16,
    max_age=None,
    min_class=None,
    groups=["schueler", "arbeitsuchende", "junge-erwachsene"],
    occupations=["82102", "82101"],
    seats=4,
)
offer(
    "ausbildung-medizinische-fachangestellte-krankenhaus",
    KH,
    "ausbildungsplatz",
    "Ausbildung Medizinische Fachangestellte (MFA)",
    "Sie organisieren die Ambulanz, nehmen Blut ab und betreuen Patientinnen und Patienten.",
    P.format(
        "In der Ausbildung lernen Sie Praxisorganisation, Abrechnung und medizinische Aufgaben wie Blutabnahme und EKG."
    ),
    certificate=1,
    occupations=["81102"],
    seats=4,
    date_kind="einmalig",
    start_in=130,
    deadline_in=70,
)
offer(
    "duales-studium-pflege",
    KH,
    "duales-studium",
    "Duales Studium Pflege (B. Sc.)",
    "Pflegeausbildung und Bachelorstudium in einem: Praxis bei uns, Theorie an der Hochschule.",
    P.format(
        "Sie studieren Pflege an einer Hochschule und arbeiten in den Praxisphasen auf unseren Stationen. Am Ende haben Sie den Berufsabschluss und einen Bachelor."
    ),
    occupations=["81302", "81383"],
    seats=3,
    date_kind="einmalig",
    start_in=150,
    deadline_in=80,
)
offer(
    "girls-boys-day-krankenhaus",
    KH,
    "berufsorientierung",
    "Boys' Day im Krankenhaus: Pflege ausprobieren",
    "Ein Tag für Jungen ab Klasse 5: Pflege, Labor und Rettungsdienst hautnah.",
    P.format(
        "Jungen entdecken Berufe, in denen bisher wenige Männer arbeiten. Sie üben Verbände, messen Puls und schauen ins Labor."
    ),
    min_age=10,
    max_age=16,
    min_class=5,
    date_kind="einmalig",
    start_in=45,
    start_time="09:00",
    end_time="14:00",
    seats=15,
)

# --- WASGAU ----------------------------------------------------------------
W = "wasgau"
offer(
    "ausbildung-kaufleute-einzelhandel-wasgau",
    W,
    "ausbildungsplatz",
    "Ausbildung Kaufmann / Kauffrau im Einzelhandel",
    "Verkaufen, beraten, Ware bestellen: drei Jahre Ausbildung in unseren Märkten in und um Pirmasens.",
    P.format(
        "Sie lernen alles rund um den Handel: Kundenberatung, Warenwirtschaft, Kasse und Marketing. Gute Chancen auf Übernahme und Weiterbildung zur Handelsfachwirtin oder zum Handelsfachwirt."
    ),
    occupations=["62102"],
    seats=20,
    date_kind="einmalig",
    start_in=110,
    deadline_in=50,
)
offer(
    "ausbildung-verkaeufer-wasgau",
    W,
    "ausbildungsplatz",
    "Ausbildung Verkäufer / Verkäuferin",
    "Zwei Jahre Ausbildung im Lebensmittelhandel – auch mit Berufsreife gut zu schaffen.",
    P.format(
        "Sie beraten Kundinnen und Kunden, präsentieren Ware und arbeiten an der Kasse. Nach zwei Jahren können Sie ein drittes Jahr zur Kauffrau oder zum Kaufmann im Einzelhandel anschließen."
    ),
    occupations=["62302"],
    seats=10,
    certificate=1,
    german=2,
    date_kind="einmalig",
    start_in=110,
    deadline_in=50,
    groups=["schueler", "ohne-abschluss", "migration"],
)
offer(
    "ausbildung-fachkraft-lagerlogistik-wasgau",
    W,
    "ausbildungsplatz",
    "Ausbildung Fachkraft für Lagerlogistik",
    "Ware annehmen, lagern und verschicken: Ausbildung in unserem Logistikzentrum.",
    P.format(
        "Sie arbeiten mit Scannern, Staplern und dem Warenwirtschaftssystem. Den Staplerschein machen Sie während der Ausbildung."
    ),
    occupations=["51312"],
    seats=6,
    date_kind="einmalig",
    start_in=110,
    deadline_in=50,
)
offer(
    "ausbildung-baecker-wasgau",
    W,
    "ausbildungsplatz",
    "Ausbildung Bäcker / Bäckerin in der WASGAU Bäckerei",
    "Brot, Brötchen und Kuchen backen – früh anfangen, früh Feierabend.",
    P.format("In unserer Bäckerei lernen Sie Teige herstellen, formen und backen. Frühaufsteher sind bei uns richtig."),
    occupations=["29212"],
    seats=4,
    certificate=1,
    german=2,
    date_kind="einmalig",
    start_in=110,
    deadline_in=50,
)
offer(
    "ausbildung-fleischer-wasgau",
    W,
    "ausbildungsplatz",
    "Ausbildung Fleischer / Fleischerin",
    "Handwerk mit Zukunft: Wurst und Fleischwaren herstellen in unserer Metzgerei.",
    P.format("Sie lernen Fleisch zu zerlegen, Wurst herzustellen und Kundinnen an der Theke zu beraten."),
    occupations=["29232"],
    seats=3,
    certificate=1,
    german=2,
    date_kind="einmalig",
    start_in=110,
    deadline_in=50,
)
offer(
    "praktikum-einzelhandel-wasgau",
    W,
    "praktikum",
    "Schnupperpraktikum im Supermarkt",
    "Eine Woche im Markt: Regale füllen, Kunden beraten, an der Frischetheke helfen.",
    P.format(
        "Sie lernen die Arbeit im Lebensmittelhandel kennen. Ein Praktikum ist oft der erste Schritt zum Ausbildungsplatz."
    ),
    occupations=["62102"],
    min_class=8,
    seats=15,
)
offer(
    "eq-einzelhandel-wasgau",
    W,
    "einstiegsqualifizierung",
    "Einstiegsqualifizierung im Handel",
    "Sechs bis zwölf Monate im Betrieb arbeiten und lernen – danach in die Ausbildung starten.",
    P.format(
        "Die Einstiegsqualifizierung (EQ) ist ein bezahltes Langzeitpraktikum für junge Menschen, die noch keinen Ausbildungsplatz haben. Die Agentur für Arbeit fördert die EQ."
    ),
    occupations=["62102", "62302"],
    seats=5,
    groups=["ohne-abschluss", "migration", "junge-erwachsene"],
    german=2,
)

# --- Sparkasse ------------------------------------------------------------
S = "sparkasse-suedwestpfalz"
offer(
    "ausbildung-bankkaufleute-sparkasse",
    S,
    "ausbildungsplatz",
    "Ausbildung Bankkaufmann / Bankkauffrau",
    "Kundinnen und Kunden zu Geld, Konto und Vorsorge beraten – Ausbildung in der Region.",
    P.format(
        "Sie lernen Kontoführung, Kredite, Geldanlage und Beratung. Unterricht an der Berufsschule, Seminare in der Sparkassenakademie."
    ),
    occupations=["72112"],
    certificate=2,
    german=4,
    seats=8,
    date_kind="einmalig",
    start_in=120,
    deadline_in=40,
)
offer(
    "duales-studium-bwl-sparkasse",
    S,
    "duales-studium",
    "Duales Studium BWL – Bank",
    "Bachelor in Betriebswirtschaft und Praxis in der Sparkasse.",
    P.format(
        "Sie studieren BWL mit Schwerpunkt Bank und arbeiten in den Praxisphasen in Filialen und Fachabteilungen."
    ),
    occupations=["72113"],
    seats=2,
    date_kind="einmalig",
    start_in=150,
    deadline_in=60,
)
offer(
    "bewerbungstraining-sparkasse-schulen",
    S,
    "bewerbungstraining",
    "Bewerbungstraining in der Schule",
    "Ausbilderinnen der Sparkasse üben mit Ihrer Klasse Anschreiben und Vorstellungsgespräch.",
    P.format(
        "Wir kommen in Ihre Klasse und üben mit den Schülerinnen und Schülern: Wie schreibe ich eine Bewerbung? Was fragt man im Vorstellungsgespräch?"
    ),
    min_class=8,
    max_class=12,
    groups=["schueler", "lehrkraefte"],
    date_kind="laufend",
)
offer(
    "schuelerpraktikum-bank",
    S,
    "praktikum",
    "Schülerpraktikum in der Bank",
    "Zwei Wochen in einer Filiale: Beratung, Service und Zahlen.",
    P.format("Sie schauen Beraterinnen und Beratern über die Schulter und lernen, wie eine Bank funktioniert."),
    occupations=["72112"],
    min_class=9,
    seats=6,
)

# --- Stadtwerke -----------------------------------------------------------
SW = "stadtwerke-pirmasens"
offer(
    "ausbildung-elektroniker-betriebstechnik",
    SW,
    "ausbildungsplatz",
    "Ausbildung Elektroniker/in für Betriebstechnik",
    "Strom, Steuerung und Anlagen: Sie halten die Versorgung der Stadt am Laufen.",
    P.format(
        "Sie installieren und warten elektrische Anlagen, Schaltschränke und Steuerungen in unseren Netzen und Werken."
    ),
    occupations=["26252"],
    certificate=2,
    seats=3,
    date_kind="einmalig",
    start_in=120,
    deadline_in=45,
)
offer(
    "ausbildung-anlagenmechaniker-shk",
    SW,
    "ausbildungsplatz",
    "Ausbildung Anlagenmechaniker/in Sanitär-, Heizungs- und Klimatechnik",
    "Heizung, Wasser, Wärmepumpe: ein Handwerk für die Energiewende.",
    P.format(
        "Sie bauen und warten Heizungsanlagen, Wasserleitungen und Wärmepumpen. Ein Beruf mit sehr guten Aussichten."
    ),
    occupations=["34212"],
    seats=2,
    date_kind="einmalig",
    start_in=120,
    deadline_in=45,
)
offer(
    "ausbildung-industriekaufleute-stadtwerke",
    SW,
    "ausbildungsplatz",
    "Ausbildung Industriekaufmann / Industriekauffrau",
    "Einkauf, Buchhaltung, Vertrieb: kaufmännische Ausbildung bei den Stadtwerken.",
    P.format("Sie durchlaufen alle kaufmännischen Abteilungen und lernen, wie ein Versorgungsunternehmen arbeitet."),
    occupations=["71402"],
    certificate=2,
    seats=2,
    date_kind="einmalig",
    start_in=120,
    deadline_in=45,
)
offer(
    "praktikum-technik-stadtwerke",
    SW,
    "praktikum",
    "Technikpraktikum bei den Stadtwerken",
    "Eine Woche Technik: Netze, Wasserwerk und Werkstatt kennenlernen.",
    P.format("Sie begleiten unsere Monteure im Strom- und Wassernetz und arbeiten in der Werkstatt mit."),
    occupations=["26252", "34212"],
    min_class=8,
    seats=4,
    groups=["schueler"],
    languages=["de", "tr"],
)
offer(
    "duales-studium-elektrotechnik",
    SW,
    "duales-studium",
    "Duales Studium Elektrotechnik",
    "Ingenieurstudium und Praxis bei den Stadtwerken: Energie für die Region.",
    P.format(
        "Sie studieren Elektrotechnik und arbeiten in den Praxisphasen an Projekten zu Netzen, Photovoltaik und Ladesäulen."
    ),
    occupations=["26303"],
    seats=1,
    date_kind="einmalig",
    start_in=150,
    deadline_in=60,
)

# --- PFI ------------------------------------------------------------------
PF = "pfi-pirmasens"
offer(
    "ausbildung-chemielaborant",
    PF,
    "ausbildungsplatz",
    "Ausbildung Chemielaborant / Chemielaborantin",
    "Materialien prüfen, Versuche machen, Ergebnisse auswerten – im Labor des Prüfinstituts.",
    P.format(
        "Sie prüfen Schuhe, Leder, Kunststoffe und Textilien auf Schadstoffe und Haltbarkeit. Sie arbeiten genau und mögen Chemie."
    ),
    occupations=["41312"],
    certificate=2,
    seats=2,
    date_kind="einmalig",
    start_in=120,
    deadline_in=50,
)
offer(
    "praktikum-labor-pfi",
    PF,
    "praktikum",
    "Laborpraktikum: Materialien prüfen",
    "Eine Woche im Labor: Wie testet man, ob ein Schuh hält?",
    P.format(
        "Sie machen einfache Versuche, lernen Prüfmaschinen kennen und sehen, wie Forschung zu Schuhen und Materialien funktioniert."
    ),
    occupations=["41312"],
    min_class=9,
    seats=3,
)
offer(
    "ausbildung-schuhfertiger",
    PF,
    "ausbildungsplatz",
    "Ausbildung Schuhfertiger/in",
    "Schuhe aus Pirmasens: Fertigung von Mustern und Prototypen.",
    P.format(
        "Pirmasens ist die Schuhstadt. Sie lernen, Schuhe zuzuschneiden, zu nähen und zu montieren – in der Musterwerkstatt."
    ),
    occupations=["28332"],
    certificate=1,
    german=2,
    seats=1,
    date_kind="einmalig",
    start_in=120,
    deadline_in=50,
)

# --- Stadtverwaltung -------------------------------------------------------
SV = "stadt-pirmasens-schulverwaltung"
JS = "stadt-pirmasens-jugend-soziales"
offer(
    "ausbildung-verwaltungsfachangestellte",
    SV,
    "ausbildungsplatz",
    "Ausbildung Verwaltungsfachangestellte/r",
    "Für die Menschen der Stadt arbeiten: Ausbildung im Rathaus.",
    P.format("Sie lernen Ämter wie Bürgerbüro, Schulverwaltung und Personal kennen und bearbeiten Anträge."),
    occupations=["73202"],
    certificate=2,
    german=4,
    seats=5,
    date_kind="einmalig",
    start_in=140,
    deadline_in=30,
)
offer(
    "praxisintegrierte-ausbildung-erzieher",
    JS,
    "ausbildungsplatz",
    "Praxisintegrierte Ausbildung Erzieher/in (PiA)",
    "Erzieherin oder Erzieher werden – mit Vergütung von Anfang an, in einer städtischen Kita.",
    P.format(
        "Sie lernen an der Fachschule und arbeiten gleichzeitig in einer Kindertagesstätte der Stadt. Die Ausbildung dauert drei Jahre."
    ),
    occupations=["83112"],
    certificate=2,
    german=4,
    seats=10,
    date_kind="einmalig",
    start_in=130,
    deadline_in=50,
    fields=["bildung-wirtschaft", "chancengerechtigkeit"],
)
offer(
    "praktikum-kita",
    JS,
    "praktikum",
    "Praktikum in der Kita",
    "Mit Kindern spielen, basteln, vorlesen: Praktikum in einer städtischen Kindertagesstätte.",
    P.format(
        "Sie erleben den Alltag in der Kita und unterstützen die Erzieherinnen und Erzieher. Passend für alle, die sich für soziale Berufe interessieren."
    ),
    occupations=["83112", "83111"],
    min_class=8,
    seats=10,
    groups=["schueler", "junge-erwachsene"],
)
offer(
    "jugendtreff-offene-tuer",
    JS,
    "freizeit",
    "Jugendtreff „Offene Tür“",
    "Kicker, Musik, Hausaufgaben, Gespräche: Der Jugendtreff ist nachmittags für alle offen.",
    P.format(
        "Kommen Sie einfach vorbei. Pädagoginnen und Pädagogen sind da, wenn Sie Hilfe bei Schule, Bewerbung oder Problemen brauchen."
    ),
    min_age=12,
    max_age=21,
    date_kind="regelmaessig",
    start_in=-200,
    end_in=400,
    schedule_note="Montag bis Freitag, 14 bis 19 Uhr",
    languages=["de", "tr", "ar"],
    groups=["schueler", "migration"],
)
offer(
    "ferienprogramm-sommer",
    JS,
    "freizeit",
    "Ferienprogramm im Sommer",
    "Ausflüge, Sport, Kreativwerkstatt: drei Wochen Programm in den Sommerferien.",
    P.format(
        "Das Ferienprogramm der Stadt bietet jeden Tag etwas Neues. Die Teilnahme ist für Familien mit wenig Geld kostenlos."
    ),
    min_age=8,
    max_age=14,
    date_kind="einmalig",
    start_in=200,
    end_in=221,
    cost="gebuehr",
    fee=15,
    cost_note="mit Pirmasens-Pass kostenlos",
)
offer(
    "elterncafe-jugendamt",
    JS,
    "elternangebot",
    "Elterncafé: Schule, Ausbildung und Erziehung",
    "Bei Kaffee und Tee mit anderen Eltern sprechen – Fachleute beantworten Ihre Fragen.",
    P.format(
        "Jeden Monat ein Thema: Zeugnis, Handy, Ausbildungssuche. Dolmetscherinnen für Arabisch und Türkisch sind dabei."
    ),
    date_kind="regelmaessig",
    start_in=5,
    end_in=300,
    start_time="15:00",
    end_time="17:00",
    schedule_note="Jeden ersten Mittwoch im Monat",
    languages=["de", "ar", "tr"],
    groups=["eltern", "migration"],
)
offer(
    "schulsozialarbeit-beratung",
    JS,
    "beratung",
    "Schulsozialarbeit: Beratung bei Problemen",
    "Ärger in der Schule, zu Hause oder mit Freunden? Die Schulsozialarbeit hört zu und hilft.",
    P.format(
        "Die Schulsozialarbeiterinnen und Schulsozialarbeiter sind an vielen Schulen in Pirmasens. Die Beratung ist vertraulich."
    ),
    min_age=10,
    max_age=18,
    min_class=5,
    groups=["schueler", "eltern"],
)

# --- Bildungsbüro ---------------------------------------------------------
BB = "bildungsbuero-pirmasens"
offer(
    "berufsinformationsboerse-bib",
    BB,
    "berufsorientierung",
    "Berufsinformationsbörse (BIB) Pirmasens",
    "Über 100 Betriebe, Schulen und Hochschulen an einem Ort: Berufe entdecken und Kontakte knüpfen.",
    P.format(
        "Die BIB ist die große Berufsmesse der Region. Schulklassen kommen in festen Zeitfenstern, alle anderen sind nachmittags willkommen."
    )
    + P.format("Bringen Sie Fragen und gern schon eine Bewerbungsmappe mit."),
    min_age=13,
    max_age=25,
    min_class=7,
    date_kind="einmalig",
    start_in=60,
    end_in=61,
    start_time="08:30",
    end_time="15:30",
    groups=["schueler", "eltern", "lehrkraefte", "junge-erwachsene"],
    fields=["bildung-wirtschaft", "transparenz", "vernetzung"],
    places=[
        {
            "name": "Messehalle Pirmasens",
            "street": "Zeppelinstraße 11",
            "postcode": "66953",
            "city": "Pirmasens",
            "lat": 49.21390,
            "lon": 7.58890,
        }
    ],
)
offer(
    "elternabend-berufswahl",
    BB,
    "elternangebot",
    "Elternabend: Wie helfe ich meinem Kind bei der Berufswahl?",
    "Ein Abend für Eltern: Ausbildung, Schule, Studium – welche Wege gibt es nach der Schule?",
    P.format(
        "Fachleute von Agentur für Arbeit, Kammern und BBS erklären die Wege nach der Schule. Danach können Sie Fragen stellen."
    ),
    date_kind="einmalig",
    start_in=25,
    start_time="18:30",
    end_time="20:30",
    languages=["de", "uk", "ar"],
    groups=["eltern"],
    fields=["transparenz", "chancengerechtigkeit"],
)
offer(
    "betriebserkundung-klassen",
    BB,
    "berufsorientierung",
    "Betriebserkundung für Schulklassen",
    "Lehrkräfte buchen für ihre Klasse einen Besuch in einem Betrieb der Allianz.",
    P.format(
        "Das Bildungsbüro vermittelt Besuche in Betrieben aus Handel, Handwerk, Industrie und Pflege. Wir stimmen Termin und Programm mit Ihnen ab."
    ),
    min_class=7,
    max_class=10,
    groups=["lehrkraefte", "schueler"],
    fields=["bildung-wirtschaft", "vernetzung"],
)
offer(
    "fortbildung-lehrkraefte-berufsorientierung",
    BB,
    "weiterbildung",
    "Fortbildung für Lehrkräfte: Berufsorientierung im Unterricht",
    "Ein Nachmittag für Lehrkräfte: Materialien, Partner und Ideen für die Berufsorientierung.",
    P.format(
        "Wir stellen Angebote der Allianz vor und zeigen, wie Sie Praktika, Bewerbungstrainings und die BIB im Unterricht vorbereiten."
    ),
    min_age=None,
    cost="kostenlos",
    date_kind="einmalig",
    start_in=35,
    start_time="14:00",
    end_time="17:00",
    groups=["lehrkraefte"],
    fields=["vernetzung", "transparenz"],
)
offer(
    "workshop-azubis-finden-betriebe",
    BB,
    "weiterbildung",
    "Workshop für Betriebe: Auszubildende finden und halten",
    "Für kleine Betriebe: Wie erreichen wir Jugendliche – und wie bleiben Azubis bis zum Abschluss?",
    P.format(
        "Mit Tipps zu Social Media, Praktika, Schulpartnerschaften und Ausbildungsbegleitung. Gemeinsam mit IHK und Handwerkskammer."
    ),
    min_age=None,
    cost="kostenlos",
    date_kind="einmalig",
    start_in=70,
    start_time="09:00",
    end_time="12:00",
    groups=["betriebe"],
    fields=["bildung-wirtschaft", "vernetzung"],
)

# --- Jobcenter -----------------------------------------------------------
JC = "jobcenter-pirmasens"
offer(
    "u25-beratung-jobcenter",
    JC,
    "beratung",
    "U25-Beratung: Ihr Weg in Ausbildung oder Arbeit",
    "Für junge Menschen unter 25 im Jobcenter: Wir suchen gemeinsam den passenden Weg.",
    P.format(
        "Ihre Ansprechperson im U25-Team hilft bei der Suche nach Ausbildung, Schulabschluss oder Arbeit und kennt Förderungen."
    ),
    min_age=15,
    max_age=25,
    groups=["junge-erwachsene", "arbeitsuchende", "ohne-abschluss"],
)
offer(
    "beratung-gefluechtete-jobcenter",
    JC,
    "beratung",
    "Beratung für Geflüchtete: Arbeit und Ausbildung",
    "Beratung zu Sprachkurs, Anerkennung von Abschlüssen und Arbeitssuche – auch auf Arabisch und Ukrainisch.",
    P.format("Wir erklären, welche Kurse und Förderungen es gibt, und helfen bei der Anerkennung Ihrer Zeugnisse."),
    min_age=16,
    languages=["de", "ar", "uk"],
    groups=["migration", "arbeitsuchende"],
    fields=["migration-integration"],
)
offer(
    "bewerbungscoaching-jobcenter",
    JC,
    "bewerbungstraining",
    "Bewerbungscoaching im Jobcenter",
    "Lebenslauf, Anschreiben, Vorstellungsgespräch: Einzelcoaching mit Termin.",
    P.format("Wir schauen uns Ihre Bewerbungsunterlagen an und üben das Vorstellungsgespräch mit Ihnen."),
    min_age=16,
    max_age=None,
    groups=["arbeitsuchende", "junge-erwachsene"],
)
offer(
    "jobstarter-werkstatt",
    JC,
    "berufsorientierung",
    "Werkstatt Berufsstart: Praxis ausprobieren",
    "Zwölf Wochen in Holz-, Metall- und Küchenwerkstatt herausfinden, was Ihnen liegt.",
    P.format(
        "Für junge Menschen ohne Ausbildung. Sie arbeiten in Werkstätten, bekommen Unterstützung beim Lernen und ein Praktikum im Betrieb."
    ),
    min_age=16,
    max_age=25,
    min_class=None,
    groups=["ohne-abschluss", "arbeitsuchende", "junge-erwachsene"],
    fields=["chancengerechtigkeit"],
    date_kind="regelmaessig",
    start_in=14,
    end_in=98,
    schedule_note="Montag bis Donnerstag, 8 bis 13 Uhr",
    places=[
        {
            "name": "Werkstatt am Husterhöh",
            "street": "Husterhöhstraße 60",
            "postcode": "66955",
            "city": "Pirmasens",
            "lat": 49.19050,
            "lon": 7.57910,
        }
    ],
)

# --- Agentur für Arbeit ------------------------------------------------------
AA = "agentur-fuer-arbeit-kaiserslautern-pirmasens"
offer(
    "berufsberatung-schule",
    AA,
    "beratung",
    "Berufsberatung in der Schule",
    "Die Berufsberaterin kommt in Ihre Schule: Sprechstunde und Gespräche zur Berufswahl.",
    P.format(
        "Welche Berufe passen zu mir? Ausbildung oder Studium? In der Sprechstunde an Ihrer Schule bekommen Sie Antworten."
    ),
    min_class=8,
    max_class=13,
    max_age=21,
    groups=["schueler"],
    fields=["bildung-wirtschaft", "transparenz"],
)
offer(
    "berufsberatung-termin",
    AA,
    "beratung",
    "Berufsberatung mit Termin",
    "Persönliche Beratung zu Ausbildung, Studium und Förderung in der Agentur für Arbeit.",
    P.format("Sie bekommen einen Termin und können Ihre Eltern mitbringen. Auch per Video möglich."),
    min_age=14,
    max_age=27,
    online=True,
    groups=["schueler", "junge-erwachsene", "eltern"],
)
offer(
    "reha-beratung-behinderung",
    AA,
    "beratung",
    "Berufsberatung für junge Menschen mit Behinderung",
    "Beratung zu Ausbildung und Förderung, wenn Sie eine Behinderung oder chronische Krankheit haben.",
    P.format("Das Reha-Team kennt besondere Ausbildungen, Hilfsmittel und Förderungen und berät Sie und Ihre Familie."),
    min_age=14,
    max_age=27,
    groups=["behinderung", "schueler", "eltern"],
    fields=["chancengerechtigkeit"],
    barrier_free=True,
    accessibility_note="Rollstuhlgerecht, Gebärdensprachdolmetscher auf Wunsch",
)
offer(
    "elternabend-ausbildung-oder-studium",
    AA,
    "elternangebot",
    "Elternabend: Ausbildung oder Studium?",
    "Berufsberaterinnen erklären Eltern von Gymnasiasten die Vor- und Nachteile beider Wege.",
    P.format("Mit Infos zu dualem Studium, Fachhochschule und Ausbildung mit Abitur."),
    date_kind="einmalig",
    start_in=40,
    start_time="19:00",
    end_time="20:30",
    groups=["eltern"],
    places=[
        {
            "name": "Immanuel-Kant-Gymnasium, Aula",
            "street": "Landauer Straße 26",
            "postcode": "66953",
            "city": "Pirmasens",
            "lat": 49.19860,
            "lon": 7.61070,
        }
    ],
)
offer(
    "bewerbungstraining-agentur",
    AA,
    "bewerbungstraining",
    "Bewerbungstraining: Online-Bewerbung",
    "Workshop: Bewerbung per E-Mail und Onlineformular, Lebenslauf und Foto.",
    P.format("In drei Stunden erstellen Sie Ihre Bewerbungsunterlagen am Computer. Bringen Sie Ihre Zeugnisse mit."),
    date_kind="regelmaessig",
    start_in=10,
    end_in=180,
    start_time="14:00",
    end_time="17:00",
    schedule_note="jeden zweiten Dienstag",
)
offer(
    "eq-foerderung-agentur",
    AA,
    "einstiegsqualifizierung",
    "Einstiegsqualifizierung (EQ): Förderung und Vermittlung",
    "Noch kein Ausbildungsplatz? Die Agentur vermittelt und fördert ein Langzeitpraktikum im Betrieb.",
    P.format(
        "Während der EQ bekommen Sie eine Vergütung. Viele Betriebe übernehmen ihre EQ-Praktikanten in die Ausbildung."
    ),
    groups=["ohne-abschluss", "junge-erwachsene", "migration"],
    languages=["de", "en"],
)

# --- IHK / HWK ------------------------------------------------------------------
IHK = "ihk-pfalz"
HWK = "handwerkskammer-der-pfalz"
offer(
    "ausbildungsberatung-ihk",
    IHK,
    "beratung",
    "Ausbildungsberatung der IHK",
    "Fragen zu Ausbildungsvertrag, Prüfung oder Konflikten im Betrieb? Die IHK berät Azubis und Betriebe.",
    P.format(
        "Die Ausbildungsberaterinnen der IHK helfen, wenn es im Betrieb schwierig wird, und beantworten Fragen zu Prüfungen."
    ),
    min_age=15,
    groups=["auszubildende", "betriebe"],
    fields=["bildung-wirtschaft"],
)
offer(
    "willkommenslotsen-ihk",
    IHK,
    "beratung",
    "Willkommenslotsen: Betriebe und Geflüchtete zusammenbringen",
    "Die Willkommenslotsen helfen Betrieben, Geflüchtete als Praktikanten, Azubis oder Fachkräfte einzustellen.",
    P.format("Beratung zu Aufenthalt, Sprachförderung und Förderprogrammen – für Betriebe und für Geflüchtete."),
    min_age=None,
    groups=["betriebe", "migration"],
    fields=["migration-integration", "bildung-wirtschaft"],
    languages=["de", "en", "ar"],
)
offer(
    "ausbildung-der-ausbilder-ihk",
    IHK,
    "weiterbildung",
    "Ausbildung der Ausbilder (AdA-Schein)",
    "Vorbereitungskurs auf die Ausbildereignungsprüfung für Fachkräfte in Betrieben.",
    P.format(
        "Sie lernen, wie man Auszubildende plant, anleitet und prüft. Der Kurs endet mit der Prüfung vor der IHK."
    ),
    fee=490,
    groups=["betriebe", "lehrkraefte"],
    date_kind="regelmaessig",
    start_in=50,
    end_in=110,
    schedule_note="samstags, 8 Termine",
    occupations=[],
)
offer(
    "lehrstellenboerse-handwerk",
    HWK,
    "beratung",
    "Lehrstellenbörse und Ausbildungsberatung im Handwerk",
    "Freie Ausbildungsplätze im Handwerk finden: Kfz, Elektro, Friseur, Bäckerei und viele mehr.",
    P.format(
        "Die Ausbildungsberater der Handwerkskammer vermitteln Praktika und Lehrstellen in Handwerksbetrieben der Südwestpfalz."
    ),
    min_age=14,
    groups=["schueler", "junge-erwachsene"],
    occupations=["25212", "26212", "82312"],
)
offer(
    "eq-handwerk",
    HWK,
    "einstiegsqualifizierung",
    "Einstiegsqualifizierung im Handwerk",
    "Ein Jahr im Handwerksbetrieb lernen und Geld verdienen – oft mit Übernahme in die Lehre.",
    P.format("Zum Beispiel in einer Kfz-Werkstatt, beim Maler oder in der Bäckerei."),
    occupations=["25212", "33212"],
    groups=["ohne-abschluss", "migration"],
    german=2,
)
offer(
    "ausbildung-kfz-mechatroniker",
    HWK,
    "ausbildungsplatz",
    "Ausbildung Kfz-Mechatroniker/in in Pirmasenser Werkstätten",
    "Autos reparieren, Elektronik prüfen, E-Mobilität verstehen: Lehrstellen in mehreren Kfz-Betrieben.",
    P.format(
        "Die Handwerkskammer vermittelt freie Lehrstellen in Kraftfahrzeug-Werkstätten der Region. Sie lernen Mechanik, Elektronik und Diagnose."
    ),
    occupations=["25212"],
    seats=8,
    date_kind="einmalig",
    start_in=110,
    deadline_in=60,
)
offer(
    "ausbildung-friseur",
    HWK,
    "ausbildungsplatz",
    "Ausbildung Friseur / Friseurin",
    "Schneiden, färben, beraten: Lehrstellen in Friseursalons in Pirmasens.",
    P.format(
        "Sie lernen Haarschnitte, Farbe und Kundenberatung. Kreativität und Freude am Kontakt mit Menschen sind wichtig."
    ),
    occupations=["82312"],
    seats=4,
    german=3,
    date_kind="einmalig",
    start_in=110,
    deadline_in=60,
)
offer(
    "ausbildung-maler-lackierer",
    HWK,
    "ausbildungsplatz",
    "Ausbildung Maler/in und Lackierer/in",
    "Farbe und Gestaltung: Wände, Fassaden und Böden bearbeiten.",
    P.format("Sie arbeiten auf Baustellen und in Wohnungen, lernen Techniken von Spachteln bis Tapezieren."),
    occupations=["33212"],
    seats=3,
    certificate=1,
    german=2,
    date_kind="einmalig",
    start_in=110,
    deadline_in=60,
)
offer(
    "meisterkurs-vorbereitung",
    HWK,
    "weiterbildung",
    "Vorbereitung auf die Meisterprüfung (Teil III und IV)",
    "Betriebswirtschaft und Ausbildereignung für angehende Meisterinnen und Meister im Handwerk.",
    P.format("Berufsbegleitender Kurs. Förderung über das Aufstiegs-BAföG ist möglich."),
    fee=2200,
    cost_note="Aufstiegs-BAföG möglich",
    groups=["auszubildende", "junge-erwachsene"],
    date_kind="regelmaessig",
    start_in=90,
    end_in=360,
    schedule_note="abends und samstags",
)

# --- IB -----------------------------------------------------------------------
IB = "internationaler-bund-pirmasens"
offer(
    "jugendmigrationsdienst",
    IB,
    "beratung",
    "Jugendmigrationsdienst: Beratung für junge Zugewanderte",
    "Für junge Menschen von 12 bis 27 mit Migrationsgeschichte: Schule, Ausbildung, Sprache, Alltag.",
    P.format(
        "Wir helfen bei Fragen zu Schule, Ausbildung und Behörden – auf Deutsch, Arabisch, Ukrainisch, Türkisch oder Englisch."
    ),
    min_age=12,
    max_age=27,
    languages=["de", "ar", "uk", "tr", "en"],
    groups=["migration", "junge-erwachsene", "eltern"],
    fields=["migration-integration", "chancengerechtigkeit"],
)
offer(
    "berufsbezogene-deutschsprachfoerderung",
    IB,
    "sprachfoerderung",
    "Berufsbezogene Deutschsprachförderung (B1 bis B2)",
    "Deutsch für den Beruf: Sie lernen Fachsprache, E-Mails und Gespräche am Arbeitsplatz.",
    P.format(
        "Der Kurs wird vom Bundesamt für Migration und Flüchtlinge gefördert. Voraussetzung ist Deutsch auf Niveau B1."
    ),
    german=3,
    groups=["migration", "arbeitsuchende"],
    date_kind="regelmaessig",
    start_in=30,
    end_in=200,
    schedule_note="Montag bis Freitag, 8:30 bis 12:45 Uhr",
    languages=["de"],
)
offer(
    "sprachcafe-ib",
    IB,
    "sprachfoerderung",
    "Sprachcafé: Deutsch sprechen üben",
    "Einmal pro Woche in lockerer Runde Deutsch sprechen – ohne Anmeldung, ohne Kosten.",
    P.format("Ehrenamtliche helfen beim Sprechen. Für alle, die schon etwas Deutsch können und mehr üben wollen."),
    cost="kostenlos",
    german=1,
    min_age=14,
    date_kind="regelmaessig",
    start_in=-100,
    end_in=300,
    start_time="16:00",
    end_time="18:00",
    schedule_note="jeden Donnerstag",
    languages=["de", "ar", "uk", "tr"],
    groups=["migration", "eltern", "junge-erwachsene"],
)
offer(
    "kompetenzcheck-zugewanderte",
    IB,
    "berufsorientierung",
    "Kompetenzcheck für Zugewanderte",
    "Was können Sie schon? Wir finden Ihre Stärken heraus und planen den Weg in Ausbildung oder Arbeit.",
    P.format("Der Kompetenzcheck dauert zwei Tage. Sie machen praktische Aufgaben und bekommen eine Empfehlung."),
    min_age=16,
    max_age=35,
    min_class=None,
    languages=["de", "ar", "uk", "fa"],
    groups=["migration", "arbeitsuchende"],
    fields=["migration-integration"],
    german=1,
)
offer(
    "bewerbungstraining-ib",
    IB,
    "bewerbungstraining",
    "Bewerbungswerkstatt für Jugendliche",
    "Jeden Mittwoch: Hilfe bei Lebenslauf, Anschreiben und Online-Bewerbung.",
    P.format("Kommen Sie mit Ihren Unterlagen vorbei. Wir drucken, scannen und üben mit Ihnen."),
    date_kind="regelmaessig",
    start_in=-30,
    end_in=250,
    start_time="14:00",
    end_time="17:00",
    schedule_note="jeden Mittwoch",
    languages=["de", "ar"],
    groups=["schueler", "migration", "junge-erwachsene"],
)
offer(
    "produktionsschule-ib",
    IB,
    "schulabschluss",
    "Produktionsschule: Arbeiten und Abschluss nachholen",
    "Praktisch arbeiten in Küche, Holz oder Garten und dabei die Berufsreife nachholen.",
    P.format(
        "Sie lernen in echten Aufträgen und im Unterricht. Ziel ist die Berufsreife (Hauptschulabschluss) und ein Ausbildungsplatz."
    ),
    date_kind="laufend",
    german=2,
    occupations=["29301"],
)

# --- BBS ------------------------------------------------------------------------
BBS = "bbs-pirmasens"
offer(
    "berufsvorbereitungsjahr-bvj",
    BBS,
    "schulabschluss",
    "Berufsvorbereitungsjahr (BVJ)",
    "Ein Schuljahr mit viel Praxis für Jugendliche ohne Abschluss: Berufsreife erreichen.",
    P.format("Im BVJ lernen Sie in Werkstätten und im Unterricht. Mit gutem Abschluss erreichen Sie die Berufsreife."),
    min_age=15,
    max_age=18,
    date_kind="einmalig",
    start_in=160,
    deadline_in=90,
    groups=["ohne-abschluss", "schueler"],
)
offer(
    "bvj-sprache",
    BBS,
    "sprachfoerderung",
    "BVJ-Sprachförderung für neu Zugewanderte",
    "Deutsch lernen und die Schule in Deutschland kennenlernen – für Jugendliche ab 16.",
    P.format(
        "Intensiver Deutschunterricht mit Praxis in Werkstätten. Danach ist der Übergang ins BVJ oder in die Berufsfachschule möglich."
    ),
    min_age=16,
    max_age=19,
    cost="kostenlos",
    german=0,
    date_kind="laufend",
    languages=["de", "ar", "uk"],
    groups=["migration", "schueler"],
    fields=["migration-integration", "chancengerechtigkeit"],
)
offer(
    "berufsfachschule-1",
    BBS,
    "schulabschluss",
    "Berufsfachschule I: Mittlere Reife vorbereiten",
    "Mit der Berufsreife starten und in zwei Jahren den Sekundarabschluss I erreichen.",
    P.format(
        "In der Berufsfachschule I und II lernen Sie Allgemeinbildung und einen Berufsbereich, zum Beispiel Technik, Wirtschaft oder Gesundheit."
    ),
    certificate=1,
    date_kind="einmalig",
    start_in=160,
    deadline_in=90,
    groups=["schueler", "ohne-abschluss"],
)
offer(
    "fachoberschule-bbs",
    BBS,
    "schulabschluss",
    "Höhere Berufsfachschule und Fachhochschulreife",
    "Mit Mittlerer Reife zur Fachhochschulreife – Schwerpunkte Wirtschaft, Technik oder Sozialwesen.",
    P.format(
        "Sie erwerben in zwei Jahren die Fachhochschulreife und einen Berufsabschluss als Assistentin oder Assistent."
    ),
    certificate=2,
    min_age=16,
    date_kind="einmalig",
    start_in=160,
    deadline_in=90,
    groups=["schueler", "junge-erwachsene"],
)
offer(
    "potenzialanalyse-bbs",
    BBS,
    "berufsorientierung",
    "Potenzialanalyse und Werkstatttage",
    "Zwei Tage testen: Welche Berufsfelder passen zu Ihren Stärken?",
    P.format(
        "Für Schülerinnen und Schüler der 7. und 8. Klasse. Sie arbeiten in Werkstätten der BBS und bekommen eine Rückmeldung."
    ),
    min_class=7,
    max_class=8,
    min_age=12,
    max_age=15,
    groups=["schueler", "behinderung"],
)

# --- Pakt für Pirmasens ------------------------------------------------------------
PA = "pakt-fuer-pirmasens"
offer(
    "lernpaten-pakt",
    PA,
    "lernfoerderung",
    "Lernpaten: Hilfe bei Hausaufgaben",
    "Ehrenamtliche Lernpatinnen helfen einmal pro Woche bei Hausaufgaben und beim Lernen.",
    P.format(
        "Für Kinder und Jugendliche der Klassen 5 bis 10. Die Lernpatin kommt in die Schule oder in den Treffpunkt."
    ),
    languages=["de", "tr"],
    groups=["schueler", "migration"],
)
offer(
    "elternlotsen-mehrsprachig",
    PA,
    "elternangebot",
    "Elternlotsen: Hilfe im Schulsystem – mehrsprachig",
    "Elternlotsinnen begleiten Familien zu Elterngesprächen und erklären das Schulsystem.",
    P.format(
        "Die Lotsinnen sprechen Arabisch, Türkisch, Ukrainisch und Russisch und begleiten Sie zu Terminen in der Schule."
    ),
    languages=["de", "ar", "tr", "uk", "ru"],
    groups=["eltern", "migration"],
    fields=["migration-integration", "chancengerechtigkeit"],
)
offer(
    "mentoring-ausbildung-pakt",
    PA,
    "beratung",
    "Mentoring: Begleitung durch die Ausbildung",
    "Eine erfahrene Mentorin begleitet Sie während der Ausbildung – damit Sie durchhalten.",
    P.format(
        "Für Auszubildende, die Unterstützung bei Berufsschule, Prüfungsangst oder Problemen im Betrieb brauchen."
    ),
    min_age=15,
    groups=["auszubildende"],
    fields=["chancengerechtigkeit", "bildung-wirtschaft"],
)
offer(
    "sport-und-spiel-pakt",
    PA,
    "freizeit",
    "Sport und Spiel am Nachmittag",
    "Fußball, Basketball und Tanz in der Halle – für alle, kostenlos.",
    P.format("Jeden Freitag in der Sporthalle. Trainerinnen und Trainer sind dabei; einfach vorbeikommen."),
    date_kind="regelmaessig",
    start_in=-60,
    end_in=300,
    start_time="16:00",
    end_time="18:00",
    schedule_note="jeden Freitag",
    min_age=10,
    max_age=18,
    barrier_free=True,
)
offer(
    "mathe-nachhilfe-pakt",
    PA,
    "lernfoerderung",
    "Mathe-Nachhilfe vor der Abschlussprüfung",
    "Zehn Termine Nachhilfe in Mathematik für die Klassen 9 und 10.",
    P.format("In kleinen Gruppen wiederholen Sie Prüfungsaufgaben. Für Familien mit wenig Geld kostenlos."),
    min_class=9,
    max_class=10,
    min_age=14,
    max_age=17,
    date_kind="regelmaessig",
    start_in=15,
    end_in=90,
    schedule_note="dienstags und donnerstags, 15 bis 16:30 Uhr",
    cost="gefoerdert",
    cost_note="über Bildung und Teilhabe kostenlos",
)

# --- Hochschule -------------------------------------------------------------------------
HS = "hochschule-kaiserslautern-campus-pirmasens"
offer(
    "schnupperstudium-hochschule",
    HS,
    "berufsorientierung",
    "Schnupperstudium am Campus Pirmasens",
    "Eine Woche Vorlesungen besuchen und Labore ansehen – Studium ausprobieren.",
    P.format(
        "Für Schülerinnen und Schüler der Oberstufe. Sie besuchen Vorlesungen in Chemie, Technik und Wirtschaft und sprechen mit Studierenden."
    ),
    min_class=11,
    max_class=13,
    min_age=16,
    max_age=20,
    date_kind="einmalig",
    start_in=75,
    end_in=79,
    certificate=0,
)
offer(
    "duales-studium-maschinenbau",
    HS,
    "duales-studium",
    "Duales Studium Maschinenbau mit Partnerbetrieben",
    "Studieren und gleichzeitig im Betrieb arbeiten: Maschinenbau am Campus Pirmasens.",
    P.format("Die Hochschule vermittelt Partnerbetriebe aus der Region. Sie bekommen ein Gehalt während des Studiums."),
    occupations=["25103"],
    date_kind="einmalig",
    start_in=170,
    deadline_in=100,
)
offer(
    "schuelerlabor-chemie",
    HS,
    "freizeit",
    "Schülerlabor Chemie: Experimente am Nachmittag",
    "Eigene Versuche im echten Labor – für neugierige Jugendliche.",
    P.format("Sie experimentieren mit Kunststoffen und Farben, begleitet von Studierenden."),
    min_class=7,
    max_class=12,
    min_age=12,
    max_age=19,
    date_kind="regelmaessig",
    start_in=20,
    end_in=200,
    schedule_note="einmal im Monat, mittwochs 15 bis 17 Uhr",
    fields=["bildung-wirtschaft"],
)
offer(
    "zertifikatskurs-digitalisierung",
    HS,
    "weiterbildung",
    "Zertifikatskurs Digitalisierung in der Produktion",
    "Weiterbildung für Fachkräfte: Sensoren, Daten und Automatisierung – berufsbegleitend.",
    P.format("In acht Modulen lernen Sie, wie Betriebe ihre Produktion digitalisieren. Teilnahme auch online."),
    fee=1200,
    online=True,
    date_kind="regelmaessig",
    start_in=60,
    end_in=240,
    groups=["junge-erwachsene", "betriebe"],
    certificate=2,
)

# --- Schulen --------------------------------------------------------------------
offer(
    "elternabend-berufsorientierung-hbg",
    "hugo-ball-gymnasium",
    "elternangebot",
    "Elternabend Studien- und Berufsorientierung",
    "Informationen für Eltern der Klassen 10 und 11: Praktika, Beratung und Bewerbungen.",
    P.format("Die Schule stellt ihr Konzept zur Berufsorientierung vor. Partner aus Betrieben sind zu Gast."),
    date_kind="einmalig",
    start_in=30,
    start_time="19:00",
    end_time="20:30",
    groups=["eltern"],
)
offer(
    "bewerbungstraining-leibniz",
    "leibniz-gymnasium",
    "bewerbungstraining",
    "Bewerbungstraining mit Betrieben",
    "Personalverantwortliche üben mit Schülerinnen und Schülern der Klasse 10 echte Vorstellungsgespräche.",
    P.format("Jede Schülerin und jeder Schüler führt ein Probegespräch und bekommt eine Rückmeldung."),
    min_class=10,
    max_class=10,
    min_age=15,
    max_age=17,
    date_kind="einmalig",
    start_in=55,
    start_time="08:00",
    end_time="13:00",
)
offer(
    "berufsorientierungstage-ikg",
    "immanuel-kant-gymnasium",
    "berufsorientierung",
    "Berufsorientierungstage in Klasse 9",
    "Drei Tage Stärken testen, Betriebe besuchen und Berufe kennenlernen.",
    P.format("In Zusammenarbeit mit der Agentur für Arbeit und Betrieben aus Pirmasens."),
    min_class=9,
    max_class=9,
    min_age=14,
    max_age=16,
    date_kind="einmalig",
    start_in=80,
    end_in=82,
)
offer(
    "lernbuero-igs",
    "igs-pirmasens",
    "lernfoerderung",
    "Lernbüro: Hilfe beim Lernen",
    "Nach dem Unterricht: Lehrkräfte und ältere Schüler helfen bei Aufgaben in Deutsch, Mathe und Englisch.",
    P.format(
        "Das Lernbüro ist an drei Nachmittagen geöffnet. Auch Schülerinnen und Schüler, die Deutsch lernen, sind willkommen."
    ),
    date_kind="regelmaessig",
    start_in=-90,
    end_in=250,
    schedule_note="Montag, Dienstag, Donnerstag, 13:30 bis 15 Uhr",
    groups=["schueler", "migration"],
)
offer(
    "praxistag-igs",
    "igs-pirmasens",
    "berufsorientierung",
    "Praxistag: Ein Tag pro Woche im Betrieb",
    "Schülerinnen und Schüler der Klasse 9 gehen jede Woche einen Tag in einen Betrieb.",
    P.format("So lernen Sie den Arbeitsalltag kennen und finden oft schon Ihren Ausbildungsplatz."),
    min_class=9,
    max_class=9,
    min_age=14,
    max_age=16,
    groups=["schueler", "betriebe"],
)

# --- Dynamikum ---------------------------------------------------------------------
DY = "dynamikum"
offer(
    "forscherclub-dynamikum",
    DY,
    "freizeit",
    "Forscherclub im Dynamikum",
    "Experimentieren, bauen, programmieren: der Club für junge Forscherinnen und Forscher.",
    P.format("Jeden Monat ein neues Projekt – von Robotern bis Raketen. Für Kinder und Jugendliche von 10 bis 14."),
    min_age=10,
    max_age=14,
    date_kind="regelmaessig",
    start_in=12,
    end_in=250,
    start_time="14:30",
    end_time="16:30",
    schedule_note="jeden zweiten Samstag",
    cost="gebuehr",
    fee=5,
    fields=["bildung-wirtschaft", "chancengerechtigkeit"],
)
offer(
    "mint-ferienkurs-dynamikum",
    DY,
    "freizeit",
    "MINT-Ferienkurs: Roboter programmieren",
    "Drei Tage in den Ferien: Sie bauen und programmieren einen kleinen Roboter.",
    P.format("Keine Vorkenntnisse nötig. Am Ende nehmen Sie Ihren Roboter mit nach Hause."),
    min_age=11,
    max_age=15,
    date_kind="einmalig",
    start_in=100,
    end_in=102,
    start_time="10:00",
    end_time="15:00",
    cost="gebuehr",
    fee=45,
    seats=16,
)
offer(
    "praktikum-museumspaedagogik",
    DY,
    "praktikum",
    "Praktikum im Science Center",
    "Besucherinnen und Besucher betreuen, Experimente vorführen, Workshops begleiten.",
    P.format(
        "Ein Praktikum für alle, die gern erklären und Technik mögen. Auch als Freiwilliges Soziales Jahr möglich."
    ),
    min_class=9,
    seats=2,
    groups=["schueler", "junge-erwachsene"],
)

# --- VHS ---------------------------------------------------------------------------
V = "vhs-pirmasens"
offer(
    "integrationskurs-vhs",
    V,
    "sprachfoerderung",
    "Integrationskurs Deutsch (A1 bis B1)",
    "Deutsch lernen und Deutschland kennenlernen: 700 Stunden Sprachkurs mit Orientierungskurs.",
    P.format(
        "Der Integrationskurs endet mit dem Deutsch-Test für Zuwanderer. Das Bundesamt für Migration und Flüchtlinge übernimmt oft die Kosten."
    ),
    german=0,
    languages=["de"],
    date_kind="regelmaessig",
    start_in=21,
    end_in=330,
    schedule_note="vormittags, Montag bis Freitag",
    groups=["migration", "eltern", "arbeitsuchende"],
    cost="gefoerdert",
)
offer(
    "alphabetisierungskurs-vhs",
    V,
    "sprachfoerderung",
    "Alphabetisierungskurs: Lesen und Schreiben lernen",
    "Für Erwachsene, die in der lateinischen Schrift lesen und schreiben lernen möchten.",
    P.format("Kleine Gruppe, viel Zeit und Geduld. Der Kurs bereitet auf den Integrationskurs vor."),
    german=0,
    languages=["de", "ar", "fa"],
    groups=["migration"],
    cost="gefoerdert",
)
offer(
    "deutsch-fuer-eltern-vhs",
    V,
    "sprachfoerderung",
    "Deutsch für Eltern – mit Kinderbetreuung",
    "Deutschkurs am Vormittag für Mütter und Väter; die Kinder werden nebenan betreut.",
    P.format("Themen aus dem Familienalltag: Kita, Schule, Arzt. Die Kinderbetreuung ist kostenlos."),
    german=0,
    languages=["de", "uk", "ar", "tr"],
    groups=["eltern", "migration"],
    cost="kostenlos",
    date_kind="regelmaessig",
    start_in=18,
    end_in=200,
    schedule_note="dienstags und donnerstags, 9 bis 11:30 Uhr",
)
offer(
    "berufsreife-extern-vhs",
    V,
    "schulabschluss",
    "Berufsreife (Hauptschulabschluss) nachholen",
    "Abendkurs: In einem Jahr zum Hauptschulabschluss – mit Prüfung an der Schule.",
    P.format("Deutsch, Mathematik, Englisch und Sachfächer. Der Kurs ist für Erwachsene und junge Menschen ab 16."),
    date_kind="regelmaessig",
    start_in=40,
    end_in=320,
    start_time="18:00",
    end_time="21:00",
    schedule_note="Montag bis Donnerstag, abends",
    cost="gefoerdert",
    german=3,
)
offer(
    "mittlere-reife-vhs",
    V,
    "schulabschluss",
    "Sekundarabschluss I (Mittlere Reife) nachholen",
    "Zwei Semester Abendschule zur Mittleren Reife, mit Online-Anteil.",
    P.format("Voraussetzung ist die Berufsreife. Ein Teil des Unterrichts findet online statt."),
    certificate=1,
    online=True,
    date_kind="regelmaessig",
    start_in=40,
    end_in=320,
    cost="gefoerdert",
    german=3,
)
offer(
    "edv-grundkurs-vhs",
    V,
    "weiterbildung",
    "Computer-Grundkurs: Word, E-Mail, Internet",
    "Sicher am Computer: Texte schreiben, E-Mails senden, im Internet suchen.",
    P.format("Für Einsteigerinnen und Einsteiger. Gut als Vorbereitung für Bewerbung und Beruf."),
    fee=89,
    date_kind="regelmaessig",
    start_in=28,
    end_in=70,
    start_time="18:00",
    end_time="20:15",
    schedule_note="mittwochs, 6 Abende",
)
offer(
    "mathe-crashkurs-vhs",
    V,
    "lernfoerderung",
    "Mathe-Crashkurs für die Abschlussprüfung",
    "Intensivkurs in den Osterferien: Prüfungsaufgaben üben für die Berufsreife und die Mittlere Reife.",
    P.format("Vier Tage, jeweils drei Stunden. Mit Übungsheft zum Mitnehmen."),
    min_class=9,
    max_class=10,
    min_age=14,
    max_age=18,
    cost="gebuehr",
    fee=39,
    date_kind="einmalig",
    start_in=95,
    end_in=98,
    start_time="09:00",
    end_time="12:00",
)
offer(
    "englisch-beruf-vhs",
    V,
    "weiterbildung",
    "Englisch für den Beruf (B1)",
    "Telefonieren, E-Mails schreiben, Präsentieren – Englisch für Büro und Handel.",
    P.format("Kurs für Berufstätige und Auszubildende. Auch als Bildungsurlaub anerkannt."),
    fee=149,
    german=3,
    date_kind="regelmaessig",
    start_in=35,
    end_in=140,
    schedule_note="montags, 18 bis 19:30 Uhr",
    groups=["auszubildende", "junge-erwachsene"],
    languages=["de", "en"],
)
offer(
    "online-deutschkurs-b2",
    V,
    "sprachfoerderung",
    "Online-Deutschkurs B2 am Abend",
    "Deutsch auf B2-Niveau lernen – von zu Hause, zweimal pro Woche im Videokurs.",
    P.format("Für Berufstätige, die tagsüber arbeiten. Mit Prüfungsvorbereitung telc B2."),
    german=3,
    online_only=True,
    cost="gebuehr",
    fee=260,
    date_kind="regelmaessig",
    start_in=30,
    end_in=180,
    schedule_note="dienstags und donnerstags, 19 bis 20:30 Uhr",
    languages=["de"],
)

# --- more apprenticeship/internship places (partners' own venues) -----------------------
offer(
    "ausbildung-koch-krankenhaus",
    KH,
    "ausbildungsplatz",
    "Ausbildung Koch / Köchin in der Krankenhausküche",
    "Jeden Tag für 400 Menschen kochen – mit geregelten Arbeitszeiten.",
    P.format(
        "In unserer Küche lernen Sie alles vom Gemüseschneiden bis zur Diätküche. Wochenenddienste nur im Wechsel."
    ),
    occupations=["29302"],
    certificate=1,
    german=2,
    seats=2,
    date_kind="einmalig",
    start_in=120,
    deadline_in=60,
)
offer(
    "praktikum-verwaltung-rathaus",
    SV,
    "praktikum",
    "Praktikum im Rathaus",
    "Zwei Wochen Verwaltung: Bürgerbüro, Schulverwaltung und Stadtplanung kennenlernen.",
    P.format("Sie sehen, wie eine Stadt arbeitet, und helfen bei Aufgaben im Büro."),
    occupations=["73202"],
    min_class=9,
    seats=6,
)
offer(
    "ausbildung-kaufleute-bueromanagement-ib",
    IB,
    "ausbildungsplatz",
    "Ausbildung Kaufleute für Büromanagement (mit Begleitung)",
    "Eine Büroausbildung mit Unterstützung: Nachhilfe und Begleitung durch den IB.",
    P.format(
        "Für junge Menschen, die mehr Unterstützung brauchen. Die Ausbildung findet beim IB und in Partnerbetrieben statt."
    ),
    occupations=["71402"],
    certificate=1,
    german=3,
    seats=6,
    date_kind="einmalig",
    start_in=100,
    deadline_in=60,
    groups=["ohne-abschluss", "behinderung", "junge-erwachsene"],
    fields=["chancengerechtigkeit", "bildung-wirtschaft"],
)
offer(
    "ausbildung-pflegefachhelfer",
    KH,
    "ausbildungsplatz",
    "Ausbildung Pflegefachhelfer/in (ein Jahr)",
    "In einem Jahr in die Pflege: die kurze Ausbildung für den Einstieg, auch mit Berufsreife.",
    P.format(
        "Nach der einjährigen Ausbildung können Sie in der Pflege arbeiten oder die dreijährige Ausbildung anschließen."
    ),
    occupations=["81301", "82101"],
    certificate=1,
    german=3,
    seats=10,
    date_kind="einmalig",
    start_in=120,
    deadline_in=60,
    groups=["ohne-abschluss", "junge-erwachsene", "migration"],
)
offer(
    "sprachkurs-pflege-ib",
    IB,
    "sprachfoerderung",
    "Deutsch für Pflegeberufe",
    "Fachsprache Pflege: Wörter und Gespräche für die Arbeit im Krankenhaus und Altenheim.",
    P.format(
        "Für Zugewanderte, die in der Pflege arbeiten oder eine Pflegeausbildung beginnen wollen. In Kooperation mit dem Städtischen Krankenhaus."
    ),
    german=3,
    languages=["de"],
    occupations=["81302", "82102"],
    groups=["migration"],
    fields=["migration-integration", "bildung-wirtschaft"],
    date_kind="regelmaessig",
    start_in=30,
    end_in=150,
    schedule_note="zweimal pro Woche nachmittags",
    cost="kostenlos",
)
offer(
    "ukrainisch-beratung-ausbildung",
    JC,
    "beratung",
    "Ausbildung in Deutschland: Infoabend auf Ukrainisch",
    "Wie funktioniert die Ausbildung in Deutschland? Ein Abend auf Ukrainisch und Russisch.",
    P.format("Wir erklären duale Ausbildung, Berufsschule und Förderungen. Dolmetscherinnen sind dabei."),
    date_kind="einmalig",
    start_in=22,
    start_time="17:00",
    end_time="19:00",
    languages=["uk", "ru", "de"],
    groups=["migration", "eltern", "junge-erwachsene"],
    fields=["migration-integration"],
)
offer(
    "arabisch-infoabend-schule",
    BB,
    "elternangebot",
    "Das Schulsystem in Rheinland-Pfalz – Infoabend auf Arabisch",
    "Grundschule, Realschule plus, IGS, Gymnasium: Welche Schule passt zu meinem Kind?",
    P.format("Ein Infoabend für Eltern auf Arabisch mit Übersetzung ins Deutsche."),
    date_kind="einmalig",
    start_in=33,
    start_time="18:00",
    end_time="20:00",
    languages=["ar", "de"],
    groups=["eltern", "migration"],
    fields=["migration-integration", "transparenz"],
)
offer(
    "tuerkisch-elternabend-ausbildung",
    PA,
    "elternangebot",
    "Ausbildung – was ist das? Elternabend auf Türkisch",
    "Eltern erfahren auf Türkisch, wie Ausbildung und Berufsschule funktionieren.",
    P.format("Mit Gästen aus Betrieben und Azubis, die von ihrem Alltag erzählen."),
    date_kind="einmalig",
    start_in=48,
    start_time="18:30",
    end_time="20:00",
    languages=["tr", "de"],
    groups=["eltern", "migration"],
)
offer(
    "praktikum-it-sparkasse",
    S,
    "praktikum",
    "IT-Praktikum: Computer, Netzwerke, Support",
    "Eine Woche in der IT-Abteilung: Rechner einrichten, Support, Datensicherheit.",
    P.format("Für Schülerinnen und Schüler, die sich für Informatik interessieren."),
    occupations=["43102"],
    min_class=9,
    seats=2,
)
offer(
    "ausbildung-fachinformatiker-stadtwerke",
    SW,
    "ausbildungsplatz",
    "Ausbildung Fachinformatiker/in Systemintegration",
    "Netzwerke, Server und Support: Sie kümmern sich um die IT der Stadtwerke.",
    P.format("Sie richten Computer und Netzwerke ein, betreuen Kolleginnen und Kollegen und lernen IT-Sicherheit."),
    occupations=["43102"],
    certificate=2,
    seats=1,
    date_kind="einmalig",
    start_in=120,
    deadline_in=45,
)
offer(
    "praktikum-heilerziehungspflege",
    JS,
    "praktikum",
    "Praktikum in der Heilerziehungspflege",
    "Menschen mit Behinderung im Alltag begleiten – Praktikum in einer Wohngruppe.",
    P.format("Sie unterstützen bei Freizeit, Alltag und Pflege. Ein guter Einstieg in soziale Berufe."),
    occupations=["83132"],
    min_age=16,
    min_class=None,
    groups=["schueler", "junge-erwachsene"],
    fields=["chancengerechtigkeit"],
    seats=2,
    places=[
        {
            "name": "Wohngruppe am Sommerwald",
            "street": "Sommerwaldstraße 12",
            "postcode": "66953",
            "city": "Pirmasens",
            "lat": 49.20990,
            "lon": 7.61780,
        }
    ],
)

# --- expired, submitted, draft --------------------------------------------------------
offer(
    "bib-2024-rueckblick",
    BB,
    "berufsorientierung",
    "Berufsinformationsbörse 2024",
    "Die Berufsmesse des letzten Jahres.",
    P.format("Die BIB 2024 ist vorbei."),
    status="expired",
    date_kind="einmalig",
    start_in=-300,
    end_in=-299,
)
offer(
    "ferienkurs-fruehjahr-dynamikum",
    DY,
    "freizeit",
    "Ferienkurs im Frühjahr: Elektronik löten",
    "Ein kleines Radio selbst löten – für Jugendliche ab 12.",
    P.format("Der Kurs hat schon stattgefunden."),
    status="expired",
    date_kind="einmalig",
    start_in=-60,
    end_in=-58,
    min_age=12,
    max_age=16,
    cost="gebuehr",
    fee=30,
)
offer(
    "bewerbungstag-herbst-agentur",
    AA,
    "bewerbungstraining",
    "Bewerbungstag im Herbst",
    "Ein Tag mit Fotoaktion und Mappencheck.",
    P.format("Der Bewerbungstag ist vorbei."),
    status="expired",
    date_kind="einmalig",
    start_in=-40,
    end_in=-40,
)
offer(
    "sprachkurs-sommer-vhs",
    V,
    "sprachfoerderung",
    "Sommer-Intensivkurs Deutsch A2",
    "Vier Wochen intensiv Deutsch in den Sommerferien.",
    P.format("Der Kurs ist beendet."),
    status="expired",
    date_kind="regelmaessig",
    start_in=-120,
    end_in=-92,
    german=1,
    cost="gebuehr",
    fee=180,
)
offer(
    "praktikum-sommer-wasgau-alt",
    W,
    "praktikum",
    "Ferienpraktikum im Lager (Sommer)",
    "Ferienjob und Praktikum im Logistikzentrum.",
    P.format("Das Angebot ist abgelaufen."),
    status="expired",
    date_kind="einmalig",
    start_in=-150,
    end_in=-120,
    occupations=["51312"],
)
offer(
    "ausbildung-zahnmedizinische-fachangestellte",
    KH,
    "ausbildungsplatz",
    "Ausbildung Zahnmedizinische Fachangestellte (Kooperation)",
    "Ausbildung in einer Zahnarztpraxis in Kooperation mit dem Krankenhaus.",
    P.format("Sie betreuen Patientinnen, assistieren bei Behandlungen und organisieren die Praxis."),
    status="submitted",
    occupations=["81112"],
    date_kind="einmalig",
    start_in=130,
    deadline_in=60,
)
offer(
    "girls-day-stadtwerke",
    SW,
    "berufsorientierung",
    "Girls' Day bei den Stadtwerken",
    "Mädchen probieren Technikberufe aus: Strom, Wasser und IT.",
    P.format("Ein Tag in Werkstatt, Leitstelle und IT für Mädchen ab Klasse 5."),
    status="submitted",
    min_class=5,
    min_age=10,
    max_age=16,
    date_kind="einmalig",
    start_in=45,
    start_time="08:30",
    end_time="13:30",
)
offer(
    "sprachpaten-pakt",
    PA,
    "sprachfoerderung",
    "Sprachpaten für Kinder",
    "Ehrenamtliche lesen mit Kindern und üben Deutsch.",
    P.format("Für Grundschulkinder und ihre Familien."),
    status="submitted",
    min_age=6,
    max_age=12,
    german=0,
    groups=["migration", "schueler"],
    cost="kostenlos",
)
offer(
    "hackathon-hochschule",
    HS,
    "freizeit",
    "Jugend-Hackathon am Campus",
    "24 Stunden programmieren, im Team eine App bauen.",
    P.format("Entwurf – Termin noch offen."),
    status="draft",
    min_age=14,
    max_age=20,
    date_kind="einmalig",
    start_in=190,
    end_in=191,
)
offer(
    "schnuppertag-bbs-technik",
    BBS,
    "berufsorientierung",
    "Schnuppertag Technik an der BBS",
    "Einen Tag lang in Metall-, Elektro- und Holzwerkstatt.",
    P.format("Entwurf."),
    status="draft",
    min_class=8,
    max_class=10,
    date_kind="einmalig",
    start_in=66,
)

# old confirmations (reminder demo)
for o in OFFERS:
    if o["slug"] in {"sport-und-spiel-pakt", "lernbuero-igs", "jugendtreff-offene-tuer"}:
        o["confirmed_days_ago"] = 200


if __name__ == "__main__":
    OUT.write_text(
        json.dumps(
            {"_source": "Eigene Texte des Projekts; Kontakte fiktiv (example.org).", "offers": OFFERS},
            ensure_ascii=False,
            indent=1,
        )
        + "\n",
        encoding="utf-8",
    )
    print(f"{len(OFFERS)} Angebote nach {OUT} geschrieben.")

"""Demo data of the reports module: the page "Berichte" and a short published report.

"Übergang Schule–Beruf in Pirmasens 2025" quotes real indicators of the demo
monitoring data, the projects of the field of action "Bildung und Wirtschaft",
the offers landscape and the fair's figures. Idempotent: an existing report is
left as it is (publishing again would add an edition). The Kommunalprofil
(/berichte/kommunalprofil/) needs no data of its own.
"""

from wagtail.models import Page, Site

from .models import ReportIndexPage, ReportPage

SLUG = "uebergang-schule-beruf-pirmasens-2025"
TITLE = "Übergang Schule–Beruf in Pirmasens 2025"


def _body() -> list:
    def chart(code, kind, note=""):
        return ("indicator_chart", {"indicator": code, "kind": kind, "title": "", "note": note})

    return [
        ("heading", "Worum es geht"),
        (
            "text",
            "<p>Der Übergang von der Schule in Ausbildung, Studium oder Arbeit entscheidet über Bildungswege. "
            "Dieser Kurzbericht stellt die amtlichen Zahlen für Pirmasens neben die Projekte und Angebote der "
            "Bildungsallianz und die Berufsinformationsbörse. Alle Zahlen nennen ihre Quelle und ihren Stand.</p>",
        ),
        (
            "key_figures",
            {
                "title": "Auf einen Blick",
                "indicators": [
                    "schulabgaenge-ohne-hauptschulabschluss-anteil",
                    "jugendarbeitslosenquote",
                    "schulabgaenge-hochschulreife-anteil",
                ],
            },
        ),
        ("heading", "Schulabschlüsse"),
        (
            "text",
            "<p>Der Anteil der Jugendlichen, die die allgemeinbildende Schule ohne Hauptschulabschluss verlassen, "
            "liegt in Pirmasens über dem Landeswert. Viele von ihnen holen einen Abschluss an einer berufsbildenden "
            "Schule nach; das zeigt die Statistik der allgemeinbildenden Schulen nicht.</p>",
        ),
        chart("schulabgaenge-ohne-hauptschulabschluss-anteil", "series"),
        chart("schulabgaenge-ohne-hauptschulabschluss-anteil", "comparison"),
        ("heading", "Jugendarbeitslosigkeit"),
        chart("jugendarbeitslosenquote", "series"),
        chart(
            "jugendarbeitslosenquote",
            "ranking",
            "Jeder Strich ist ein Kreis oder eine kreisfreie Stadt; die Raute markiert Pirmasens.",
        ),
        (
            "indicator_table",
            {
                "title": "Kennzahlen zum Übergang Schule–Beruf",
                "indicators": [
                    "schulabgaenge",
                    "schulabgaenge-ohne-hauptschulabschluss-anteil",
                    "schulabgaenge-hochschulreife-anteil",
                    "berufliche-schulen-abgaenge",
                    "jugendarbeitslosenquote",
                    "arbeitslose-15-25",
                ],
            },
        ),
        *_survey_section(),
        ("heading", "Was die Bildungsallianz tut"),
        ("project_portfolio", {"field_of_action": "bildung-wirtschaft", "title": ""}),
        ("offer_landscape", {"field_of_action": "bildung-wirtschaft", "title": ""}),
        ("fair_figures", {"title": ""}),
        (
            "footnotes",
            {
                "text": "<p>Anteile ohne Hauptschulabschluss: bezogen auf alle Abgehenden allgemeinbildender Schulen "
                "des Schuljahres. Jugendarbeitslosenquote: Arbeitslose unter 25 Jahren bezogen auf alle zivilen "
                "Erwerbspersonen dieses Alters, Jahresdurchschnitt.</p>"
            },
        ),
    ]


SURVEY_CODES = [
    "betriebsbefragung-2025-antworten",
    "betriebsbefragung-2025-ausbildungsplatze",
    "betriebsbefragung-2025-besetzung",
]


def _survey_section() -> list:
    """The company survey's results, if the surveys module has put them into monitoring."""
    from bildungsallianz.monitoring.selectors import indicators_with_sources

    codes = [code for code in SURVEY_CODES if code in indicators_with_sources(SURVEY_CODES)]
    if not codes:
        return []
    return [
        ("heading", "Was die Betriebe sagen"),
        (
            "text",
            "<p>Die Betriebsbefragung 2025 des Bildungsbüros ergänzt die amtlichen Zahlen um den Blick der "
            "Betriebe. Felder mit zu wenigen Antworten sind mit „.“ geheim gehalten.</p>",
        ),
        ("indicator_table", {"title": "Betriebsbefragung 2025", "indicators": codes}),
    ]


def _index() -> ReportIndexPage:
    index = ReportIndexPage.objects.first()
    if index is None:
        site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
        parent = site.root_page if site else Page.get_first_root_node()  # the home page (pages seeds it first)
        index = ReportIndexPage(
            title="Berichte",
            slug="berichte",
            intro="Bildungsberichte und Kurzberichte des Bildungsbüros",
        )
        parent.add_child(instance=index)
    return index


def seed(stdout=None) -> None:
    index = _index()
    report = ReportPage.objects.filter(slug=SLUG).first()
    if report is None:
        report = ReportPage(
            title=TITLE,
            slug=SLUG,
            subtitle="Kurzbericht des Bildungsbüros",
            summary="Schulabschlüsse, Jugendarbeitslosigkeit und was die Bildungsallianz am Übergang "
            "Schule–Beruf tut – mit den amtlichen Zahlen, eingefroren zum Tag der Veröffentlichung.",
            publisher="Stadt Pirmasens – Bildungsbüro",
            body=_body(),
            live=False,
        )
        index.add_child(instance=report)
        report.save_revision().publish()  # freezes edition 1
    if stdout is not None:
        stdout.write(f"Berichte: „{TITLE}“ mit {report.editions.count()} Ausgabe(n); Kommunalprofil automatisch.")

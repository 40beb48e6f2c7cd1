"""Demo pages: home, news about the Kooperationswerkstatt and the signing,
and the legally required pages. Texts written for this demo."""

from datetime import date

from wagtail.models import Collection, Locale, Page, Site

from .models import HomePage, NewsIndexPage, NewsPage, StandardPage

LEGAL = [
    (
        "impressum",
        "Impressum",
        StandardPage.LegalRole.IMPRINT,
        "<h2>Anbieter</h2><p>Stadt Pirmasens, Bildungsbüro (Demo-Instanz)<br>"
        "Exerzierplatzstraße 17, 66953 Pirmasens</p>"
        "<p>Diese Seite ist eine Demonstration der freien Software Bildungsallianz. Die Angaben sind beispielhaft; "
        "der Betreiber einer echten Instanz ersetzt sie durch sein Impressum nach § 5 DDG.</p>",
    ),
    (
        "datenschutz",
        "Datenschutzerklärung",
        StandardPage.LegalRole.PRIVACY,
        "<h2>Was wir speichern</h2><p>Zum Lesen und Suchen brauchen Sie kein Konto. Wir setzen keine Tracking-Dienste "
        "ein und laden nichts von fremden Servern. Beitrittsanträge speichern wir mit Ihrer Einwilligung, nur solange "
        "wir sie bearbeiten und die Partnerschaft besteht. Ansprechpersonen erscheinen öffentlich nur mit ihrer "
        "ausdrücklichen Einwilligung.</p><h2>Ihre Rechte</h2><p>Sie haben das Recht auf Auskunft, Berichtigung, "
        "Löschung und Widerruf Ihrer Einwilligung. Wenden Sie sich dafür an das Bildungsbüro.</p>",
    ),
    (
        "barrierefreiheit",
        "Erklärung zur Barrierefreiheit",
        StandardPage.LegalRole.ACCESSIBILITY,
        "<p>Wir möchten, dass alle Menschen diese Website nutzen können. Sie soll die Anforderungen der BITV 2.0 "
        "und der WCAG 2.1 (Stufe AA) erfüllen. Jede Seite wird automatisiert mit axe-core geprüft.</p>"
        "<h2>Barriere melden</h2><p>Wenn Ihnen eine Barriere auffällt, schreiben Sie dem Bildungsbüro. "
        "Wir antworten innerhalb von sechs Wochen.</p><h2>Schlichtungsverfahren</h2><p>Wenn Sie mit unserer "
        "Antwort nicht zufrieden sind, können Sie sich an die Schlichtungsstelle nach dem Landesinklusionsgesetz "
        "Rheinland-Pfalz wenden.</p>",
    ),
]

NEWS = [
    (
        "kooperationswerkstatt-2025",
        date(2025, 3, 21),
        "Kooperationswerkstatt: 30 Akteure, viele Ideen",
        "Schulen, Betriebe, Kammern und Verwaltung haben gemeinsam an Projektideen für den Übergang von der Schule "
        "in den Beruf gearbeitet.",
        "<p>Am 21. März 2025 kamen rund 30 Akteure aus Bildung, Wirtschaft und Verwaltung zur Kooperationswerkstatt "
        "zusammen. In Arbeitsgruppen entwickelten sie Ideen für Berufsorientierung, Berufswahl und den Übergang von "
        "der Schule in Ausbildung und Beruf.</p><p>Aus den Ergebnissen entstand der Entwurf der Charta der "
        "Bildungsallianz.</p>",
    ),
    (
        "charta-unterzeichnet",
        date(2025, 8, 29),
        "Die Charta der Bildungsallianz ist unterzeichnet",
        "Partner aus Verwaltung, Arbeitsmarkt, Kammern, Schulen und Wirtschaft haben sich auf fünf Leitprinzipien "
        "und fünf Handlungsfelder verpflichtet.",
        "<p>Am 29. August 2025 haben die Partner die Charta unterzeichnet, darunter Ämter der Stadtverwaltung, das "
        "Jobcenter, die Agentur für Arbeit, die IHK Pfalz, der Internationale Bund, die Berufsbildende Schule, das "
        "Städtische Krankenhaus und der Pakt für Pirmasens.</p><p>Die Charta nennt fünf Handlungsfelder – von "
        "Chancengerechtigkeit bis Transparenz der Bildungslandschaft. Diese Plattform ist ein Teil davon.</p>",
    ),
]


def _ensure_wagtail_base() -> Page:
    """Locale, root collection and root page, as Wagtail's migrations create them.

    A flushed database (transactional browser tests) has none of them.
    """
    Locale.objects.get_or_create(language_code="de")
    if Collection.get_first_root_node() is None:
        Collection.add_root(instance=Collection(name="Root"))
    root = Page.get_first_root_node()
    if root is None:
        root = Page.add_root(instance=Page(title="Root", slug="root"))
    return root


def seed(stdout=None) -> None:
    root = _ensure_wagtail_base()
    home = HomePage.objects.first()
    if home is None:
        home = HomePage(
            title="Bildungsallianz Pirmasens",
            slug="start",
            intro="Gemeinsam für gute Bildung und gelingende Übergänge von der Schule in den Beruf.",
            body="<p>In der Bildungsallianz arbeiten Schulen, Betriebe, Kammern, Verwaltung und Träger zusammen. "
            "Hier finden Sie die Charta, die Partner und ihre Angebote.</p>",
        )
        root.add_child(instance=home)
        site = Site.objects.filter(is_default_site=True).first()
        old_root = site.root_page if site else None
        if site:
            site.root_page = home
            site.site_name = "Bildungsallianz Pirmasens"
            site.save()
        else:
            Site.objects.create(hostname="localhost", root_page=home, is_default_site=True, site_name="Bildungsallianz")
        if old_root and old_root.pk != home.pk and old_root.specific_class is not HomePage:
            old_root.delete()
    for slug, title, role, body in LEGAL:
        if not StandardPage.objects.filter(slug=slug).exists():
            home.add_child(instance=StandardPage(title=title, slug=slug, legal_role=role, body=body))
    news_index = NewsIndexPage.objects.first()
    if news_index is None:
        news_index = NewsIndexPage(title="Aktuelles", slug="aktuelles", intro="Neuigkeiten aus der Bildungsallianz")
        home.add_child(instance=news_index)
    for slug, day, title, intro, body in NEWS:
        if not NewsPage.objects.filter(slug=slug).exists():
            news_index.add_child(instance=NewsPage(title=title, slug=slug, date=day, intro=intro, body=body))
    if stdout:
        stdout.write("Seiten: Startseite, Aktuelles, Pflichtseiten.")

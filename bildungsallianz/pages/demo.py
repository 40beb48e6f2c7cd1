"""Demo pages: home, news about the Kooperationswerkstatt and the signing,
and the legally required pages. Texts written for this demo."""

from datetime import date

from wagtail.models import Collection, Locale, Page, Site

from . import demo_easy
from .models import AccessibilityStatementPage, HomePage, NewsIndexPage, NewsPage, StandardPage


def _processing(title, what, purpose, basis, retention, recipients):
    return (
        f"<h3>{title}</h3><ul><li><b>Daten:</b> {what}</li><li><b>Zweck:</b> {purpose}</li>"
        f"<li><b>Rechtsgrundlage:</b> {basis}</li><li><b>Speicherdauer:</b> {retention}</li>"
        f"<li><b>Empfänger:</b> {recipients}</li></ul>"
    )


PRIVACY_BODY = (
    "<h2>Verantwortlich</h2><p>Stadt Pirmasens, Bildungsbüro (Demo-Instanz), Exerzierplatzstraße 17, "
    "66953 Pirmasens. Datenschutzbeauftragte*r: über die Adresse der Stadtverwaltung.</p>"
    "<h2>Grundsätze</h2><p>Zum Lesen und Suchen brauchen Sie kein Konto. Wir setzen keine Tracking-Dienste und "
    "keine Cookies zu Werbezwecken ein und laden nichts von fremden Servern. Daten von Schülerinnen und Schülern "
    "speichern wir nicht. Ihre IP-Adresse speichern wir nicht; für den Schutz vor Missbrauch (Begrenzung von "
    "Anfragen, Sperre nach falschen Passwörtern) verwenden wir höchstens zwei Stunden lang einen Schlüssel-Hash, "
    "dessen Schlüssel täglich wechselt.</p>"
    "<h2>Verarbeitungen</h2>"
    + _processing(
        "Besuch der Website",
        "technisch notwendige Angaben der Anfrage (Adresse, Zeit, Browser) im Arbeitsspeicher; ein Sitzungs-Cookie "
        "nur nach Anmeldung",
        "Auslieferung der Seiten, Schutz vor Angriffen",
        "Art. 6 Abs. 1 lit. e DSGVO i. V. m. dem Landesdatenschutzgesetz",
        "Sitzung: 3 Tage (Bildungsbüro: 8 Stunden); Missbrauchsschutz: höchstens 2 Stunden als Schlüssel-Hash",
        "keine; Betrieb im Rechenzentrum der Stadt (Auftragsverarbeitung)",
    )
    + _processing(
        "Beitrittsantrag",
        "Angaben zur Organisation, Name, Funktion, E-Mail und Telefon der Ansprechperson, Einwilligungen",
        "Prüfung des Antrags, Aufnahme in die Bildungsallianz",
        "Einwilligung, Art. 6 Abs. 1 lit. a DSGVO",
        "abgelehnte Anträge: 180 Tage nach der Entscheidung gelöscht; angenommene: solange die Partnerschaft besteht",
        "Bildungsbüro; öffentlich nur, was die Organisation zur Veröffentlichung freigegeben hat",
    )
    + _processing(
        "Konten und Einladungen von Partnern",
        "E-Mail-Adresse, Name, Passwort (nur als Argon2-Hash), Zugehörigkeit zu Organisationen, "
        "beim Bildungsbüro ein zweiter Faktor",
        "Pflege der eigenen Angaben und Angebote",
        "Art. 6 Abs. 1 lit. b und e DSGVO",
        "bis zur Löschung des Kontos; Einladungen 90 Tage nach Annahme oder Ablauf",
        "Bildungsbüro",
    )
    + _processing(
        "Ansprechpersonen von Organisationen und Angeboten",
        "Name, Funktion, E-Mail, Telefon, Nachweis der Einwilligung",
        "Kontaktaufnahme durch Interessierte",
        "Einwilligung, Art. 6 Abs. 1 lit. a DSGVO",
        "bis zum Widerruf; bei abgelaufenen Angeboten werden die Kontaktangaben nach 365 Tagen geleert",
        "öffentlich (nur mit Einwilligung), Bildungsbüro",
    )
    + _processing(
        "Unterzeichnung der Charta",
        "Name und Funktion der unterzeichnenden Person",
        "öffentliche Dokumentation der Unterzeichnung",
        "Einwilligung, Art. 6 Abs. 1 lit. a DSGVO",
        "solange die Unterzeichnung gilt; Änderungen prüft das Bildungsbüro",
        "öffentlich (Charta-Seite und PDF)",
    )
    + _processing(
        "Statistikimporte",
        "keine personenbezogenen Daten (amtliche Statistik auf Kreisebene); die Dateien sind nicht öffentlich",
        "Bildungsmonitoring",
        "Art. 6 Abs. 1 lit. e DSGVO",
        "Dateien fehlgeschlagener Importe werden nach einem Tag gelöscht",
        "Bildungsbüro",
    )
    + "<h2>Ihre Rechte</h2><p>Sie haben das Recht auf Auskunft (Art. 15), Berichtigung (Art. 16), Löschung "
    "(Art. 17), Einschränkung (Art. 18), Datenübertragbarkeit (Art. 20), Widerspruch (Art. 21) und Widerruf "
    "Ihrer Einwilligung. Wenden Sie sich dafür an das Bildungsbüro; es findet alle Angaben zu Ihrer "
    "E-Mail-Adresse an einer Stelle und gibt sie Ihnen als Datei heraus oder löscht sie. Sie können sich beim "
    "Landesbeauftragten für den Datenschutz und die Informationsfreiheit Rheinland-Pfalz beschweren.</p>"
)


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
        PRIVACY_BODY,
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
    _seed_statement(home)
    demo_easy.seed(home)
    news_index = NewsIndexPage.objects.first()
    if news_index is None:
        news_index = NewsIndexPage(title="Aktuelles", slug="aktuelles", intro="Neuigkeiten aus der Bildungsallianz")
        home.add_child(instance=news_index)
    for slug, day, title, intro, body in NEWS:
        if not NewsPage.objects.filter(slug=slug).exists():
            news_index.add_child(instance=NewsPage(title=title, slug=slug, date=day, intro=intro, body=body))
    if stdout:
        stdout.write("Seiten: Startseite, Aktuelles, Pflichtseiten, Leichte Sprache.")


STATEMENT_GAPS = (
    "<p>Die folgenden Inhalte sind noch nicht barrierefrei oder noch nicht geprüft:</p><ul>"
    "<li><b>Gebärdensprache:</b> Es gibt noch kein Video in Deutscher Gebärdensprache (DGS), das die Website "
    "erklärt (BITV 2.0 § 4). Die Seiten in Leichter Sprache sind vorhanden; das Video wird mit einer "
    "Gebärdensprachdolmetscherin erstellt.</li>"
    "<li><b>Leichte Sprache:</b> Die Texte folgen den Regeln des Netzwerks Leichte Sprache, wurden aber noch "
    "nicht von einer Prüfgruppe geprüft.</li>"
    "<li><b>Prüfung:</b> Die Website wurde bisher nur selbst geprüft (automatisch und mit der Tastatur), nicht "
    "mit Screenreadern im Alltag und nicht durch eine unabhängige Prüfstelle (z. B. BITV-Test).</li>"
    "<li><b>Inhalte von Partnern:</b> Texte, Bilder und Dokumente, die Partner selbst einstellen (z. B. PDF-Dateien "
    "und Bilder zu Angeboten), prüft das Bildungsbüro nicht auf Barrierefreiheit; Bilder können ohne guten "
    "Alternativtext sein.</li>"
    "<li><b>Sprachen:</b> Die Inhalte gibt es vor allem auf Deutsch; Übersetzungen entstehen nach und nach.</li>"
    "<li><b>Verwaltungsbereich:</b> Im Verwaltungsbereich (für das Bildungsbüro) sind nur die eigenen Bildschirme "
    "der Plattform automatisch geprüft, nicht die Bedienoberfläche des Redaktionssystems Wagtail selbst.</li>"
    "</ul><p>Wenn Sie diese Inhalte in einer anderen Form brauchen, schreiben Sie uns: Wir helfen Ihnen gern.</p>"
)

STATEMENT_CONTACT = (
    "<p>Ist Ihnen eine Barriere aufgefallen? Oder brauchen Sie einen Inhalt in einer anderen Form? Schreiben Sie "
    "uns mit dem Formular unten oder per Post: Stadt Pirmasens, Bildungsbüro (Demo-Instanz), "
    "Exerzierplatzstraße 17, 66953 Pirmasens. Wir antworten innerhalb eines Monats.</p>"
)

STATEMENT_ENFORCEMENT = (
    "<p>Die Stadt Pirmasens ist eine öffentliche Stelle des Landes Rheinland-Pfalz (§ 2 Landesinklusionsgesetz). "
    "Für sie gilt deshalb nicht die Schlichtungsstelle nach § 16 des Behindertengleichstellungsgesetzes des "
    "Bundes, sondern die <b>Durchsetzungsstelle</b> bei der Landesbeauftragten für die Belange von Menschen mit "
    "Behinderungen Rheinland-Pfalz (Barrierefreie-Informationstechnik-Verordnung Rheinland-Pfalz, BITV RP).</p>"
    "<p>Wenn Sie uns geschrieben haben und innerhalb eines Monats keine oder keine zufriedenstellende Antwort "
    "bekommen, können Sie sich dorthin wenden. Die Durchsetzungsstelle prüft dann, ob die Vorschriften "
    "eingehalten sind, und fordert uns gegebenenfalls auf, die Barriere zu beseitigen. Das Verfahren ist für Sie "
    "kostenlos.</p>"
    "<p>Durchsetzungsstelle bei der Landesbeauftragten für die Belange von Menschen mit Behinderungen<br>"
    "Ministerium für Arbeit, Soziales, Transformation und Digitalisierung Rheinland-Pfalz<br>"
    "Bauhofstraße 9, 55116 Mainz<br>E-Mail: durchsetzungsstelle@mastd.rlp.de<br>Telefon: 06131 16-5342</p>"
    "<p>(Demo-Instanz: Der Betreiber prüft diese Angaben vor der Veröffentlichung.)</p>"
)


def _seed_statement(home) -> None:
    """The accessibility statement after the EU model; replaces the demo's former plain page once."""
    if AccessibilityStatementPage.objects.exists():
        return
    old = StandardPage.objects.filter(slug="barrierefreiheit").first()
    if old is not None:
        old.delete()
    home.add_child(
        instance=AccessibilityStatementPage(
            title="Erklärung zur Barrierefreiheit",
            slug="barrierefreiheit",
            intro="Die Stadt Pirmasens möchte, dass alle Menschen diese Website nutzen können. Diese Erklärung "
            "gilt für die Website der Bildungsallianz.",
            conformance=AccessibilityStatementPage.Conformance.PARTIAL,
            known_gaps=STATEMENT_GAPS,
            prepared_on=date(2026, 11, 30),
            last_checked_on=date(2026, 11, 30),
            check_method="Selbstbewertung: automatische Prüfung der öffentlichen Seiten, des Partnerbereichs und "
            "der eigenen Verwaltungsbildschirme mit axe-core (WCAG 2.1 A und AA) in allen Sprachen der "
            "Oberfläche; fünf Kernaufgaben nur mit der Tastatur und mit sichtbarem Fokus; Umbruch bei 320 Pixel "
            "Breite und 200 % Vergrößerung; reduzierte Bewegung.",
            contact=STATEMENT_CONTACT,
            enforcement=STATEMENT_ENFORCEMENT,
        )
    )

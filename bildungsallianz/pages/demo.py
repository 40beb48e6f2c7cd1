"""Demo pages: home, news about the Kooperationswerkstatt and the signing,
and the legally required pages. Texts written for this demo."""

from datetime import date

from wagtail.models import Collection, Locale, Page, Site

from .models import HomePage, NewsIndexPage, NewsPage, StandardPage


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

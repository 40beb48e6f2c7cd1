"""Demo pages in Leichte Sprache, written for this project after the rules of the
Netzwerk Leichte Sprache: short sentences, one statement per sentence, hard words
explained, examples, a picture beside the text. Compound words with a hyphen
(Bildungs-Büro), numbers as digits, the readers addressed with "Sie".

Before a real instance publishes them, a test group of readers with learning
difficulties should check them (the Netzwerk's rules ask for that; see
docs/accessibility.md)."""

import json

from django.conf import settings


def _text(html):
    return {"type": "text", "value": html}


def _picture(picture, html):
    return {"type": "picture_text", "value": {"picture": picture, "text": html}}


def _word(word, explanation):
    return {"type": "word", "value": {"word": word, "explanation": explanation}}


def _example(html):
    return {"type": "example", "value": {"text": html}}


def _p(*sentences):
    """One sentence per line: every statement on its own line, as the rules ask."""
    return "<p>" + "<br/>".join(sentences) + "</p>"


def overview():
    return (
        "leichte-sprache",
        "Leichte Sprache",
        "Hier erklären wir diese Internet-Seite in Leichter Sprache.",
        [
            _picture(
                "computer",
                _p(
                    "Das ist die Internet-Seite von der Bildungs-Allianz Pirmasens.",
                    "Auf dieser Seite finden Sie Angebote für junge Menschen.",
                    "Zum Beispiel: Praktika, Kurse und Beratung.",
                ),
            ),
            _word(
                "Bildungs-Allianz",
                "Eine Allianz ist eine Gruppe.\n"
                "In der Gruppe arbeiten viele zusammen.\n"
                "In der Bildungs-Allianz sind Schulen, Betriebe und Ämter.\n"
                "Sie helfen jungen Menschen beim Lernen und bei der Arbeit.",
            ),
            _text(
                "<h2>Was steht auf diesen Seiten?</h2>"
                "<p>Hier gibt es 4 Seiten in Leichter Sprache.<br/>"
                "Klicken Sie auf eine Überschrift.<br/>"
                "Dann kommen Sie zu der Seite.</p>"
            ),
        ],
    )


def _chapter_was_ist_das():
    return (
        "was-ist-das",
        "Was ist die Bildungs-Allianz?",
        "Viele Menschen in Pirmasens arbeiten zusammen für gute Bildung.",
        [
            _picture(
                "menschen",
                _p(
                    "In Pirmasens gibt es viele Schulen.",
                    "Es gibt auch viele Betriebe.",
                    "Und es gibt Ämter von der Stadt.",
                    "Alle wollen jungen Menschen helfen.",
                    "Darum arbeiten sie zusammen.",
                    "Diese Gruppe heißt: Bildungs-Allianz.",
                ),
            ),
            _word(
                "Bildung",
                "Bildung heißt: Sie lernen etwas.\n"
                "Zum Beispiel in der Schule.\n"
                "Oder bei der Arbeit.\n"
                "Oder in einem Kurs.",
            ),
            _picture(
                "formular",
                _p(
                    "Die Gruppe hat Regeln aufgeschrieben.",
                    "Die Regeln heißen: Charta.",
                    "In der Charta steht:",
                    "Das wollen wir zusammen schaffen.",
                    "Alle in der Gruppe haben die Charta unterschrieben.",
                ),
            ),
            _word(
                "Bildungs-Büro",
                "Das Bildungs-Büro ist ein Büro von der Stadt Pirmasens.\n"
                "Die Menschen im Bildungs-Büro leiten die Bildungs-Allianz.\n"
                "Sie kümmern sich auch um diese Internet-Seite.",
            ),
        ],
    )


def _chapter_angebot_finden():
    return (
        "angebot-finden",
        "So finden Sie ein Angebot",
        "Auf dieser Internet-Seite gibt es viele Angebote für junge Menschen.",
        [
            _word(
                "Angebot",
                "Ein Angebot ist etwas für Sie.\n"
                "Zum Beispiel ein Kurs.\n"
                "Oder ein Praktikum.\n"
                "Oder eine Beratung für den Beruf.",
            ),
            _picture(
                "lupe",
                _p(
                    "Oben auf jeder Seite steht das Wort: Angebote.",
                    "Klicken Sie auf das Wort.",
                    "Dann sehen Sie eine Liste mit Angeboten.",
                    "Über der Liste gibt es ein Feld zum Suchen.",
                    "Schreiben Sie ein Wort in das Feld.",
                    "Klicken Sie dann auf: Suchen.",
                ),
            ),
            _example(
                _p(
                    "Sie möchten in einem Kranken-Haus arbeiten.",
                    "Dann schreiben Sie: Praktikum Pflege.",
                    "Sie sehen dann alle Praktika in der Pflege.",
                )
            ),
            _word(
                "Praktikum",
                "Bei einem Praktikum arbeiten Sie für kurze Zeit in einem Betrieb.\n"
                "So lernen Sie einen Beruf kennen.\n"
                "Es heißt: ein Praktikum, zwei Praktika.",
            ),
            _text(
                "<h2>Die Filter</h2>"
                + _p(
                    "Sie können die Liste kleiner machen.",
                    "Dafür gibt es Filter.",
                    "Zum Beispiel für Ihr Alter.",
                    "Oder für Angebote ohne Kosten.",
                    "Dann sehen Sie nur die passenden Angebote.",
                )
            ),
            _picture(
                "stern",
                _p(
                    "Ein Angebot gefällt Ihnen?",
                    "Dann klicken Sie auf: Merken.",
                    "Das Angebot kommt auf Ihre Merk-Liste.",
                    "Die Merk-Liste ist nur in Ihrem Browser gespeichert.",
                    "Sie brauchen dafür kein Konto.",
                ),
            ),
            _word(
                "Browser",
                "Mit einem Browser sehen Sie Internet-Seiten an.\nZum Beispiel: Firefox, Chrome oder Safari.",
            ),
        ],
    )


def _chapter_mitmachen():
    return (
        "mitmachen",
        "So machen Sie bei der Bildungs-Allianz mit",
        "Ihre Schule, Ihr Betrieb oder Ihr Verein kann bei der Bildungs-Allianz mitmachen.",
        [
            _picture(
                "menschen",
                _p(
                    "Bei der Bildungs-Allianz machen Organisationen mit.",
                    "Einzelne Menschen können nicht Mitglied werden.",
                    "Sie arbeiten in einer Organisation?",
                    "Dann kann Ihre Organisation mitmachen.",
                ),
            ),
            _word(
                "Organisation",
                "Eine Organisation ist eine Gruppe mit einer Aufgabe.\n"
                "Zum Beispiel eine Schule, ein Betrieb oder ein Verein.",
            ),
            _picture(
                "formular",
                _p(
                    "Unten auf jeder Seite steht das Wort: Mitmachen.",
                    "Klicken Sie auf das Wort.",
                    "Dann kommt ein Antrag.",
                    "Schreiben Sie den Namen von Ihrer Organisation in den Antrag.",
                    "Schreiben Sie auch Ihren Namen und Ihre E-Mail-Adresse hinein.",
                    "Klicken Sie dann auf: Antrag senden.",
                ),
            ),
            _word(
                "Antrag",
                "Ein Antrag ist ein Formular.\nMit dem Antrag sagen Sie: Wir möchten mitmachen.",
            ),
            _text(
                "<h2>Was passiert dann?</h2>"
                + _p(
                    "Das Bildungs-Büro liest Ihren Antrag.",
                    "Danach bekommen Sie eine E-Mail.",
                    "In der E-Mail steht: Ihre Organisation ist dabei.",
                    "Oder in der E-Mail steht der Grund für ein Nein.",
                )
            ),
        ],
    )


def _chapter_kontakt():
    email = settings.BILDUNGSBUERO_EMAIL
    return (
        "kontakt",
        "So erreichen Sie das Bildungs-Büro",
        "Sie haben eine Frage? Das Bildungs-Büro hilft Ihnen.",
        [
            _picture(
                "brief",
                _p(
                    "Sie können dem Bildungs-Büro eine E-Mail schreiben.",
                    f'Die E-Mail-Adresse ist: <a href="mailto:{email}">{email}</a>',
                ),
            ),
            _picture(
                "haus",
                _p(
                    "Sie können das Bildungs-Büro auch besuchen.",
                    "Die Adresse ist:",
                    "Stadt Pirmasens, Bildungs-Büro",
                    "Exerzier-Platz-Straße 17",
                    "66953 Pirmasens",
                    "Bitte machen Sie vorher einen Termin aus.",
                ),
            ),
            _word(
                "Termin",
                "Ein Termin ist eine feste Zeit.\nZu dieser Zeit hat das Bildungs-Büro Zeit für Sie.",
            ),
            _text(
                "<h2>Sie finden etwas auf der Seite schwer?</h2>"
                + _p(
                    "Dann sagen Sie es uns bitte.",
                    "Unten auf jeder Seite steht: Erklärung zur Barriere-Freiheit.",
                    "Dort können Sie uns eine Nachricht schreiben.",
                )
            ),
        ],
    )


def chapters():
    """The four chapters: what the site is, finding an offer, joining, contacting the Bildungsbüro."""
    return [_chapter_was_ist_das(), _chapter_angebot_finden(), _chapter_mitmachen(), _chapter_kontakt()]


def seed(home) -> None:
    """Create the overview below the start page and its chapters (idempotent, by slug)."""
    from .models import LeichteSprachePage

    slug, title, intro, body = overview()
    top = LeichteSprachePage.objects.filter(slug=slug).first()
    if top is None:
        top = LeichteSprachePage(title=title, slug=slug, intro=intro, body=json.dumps(body))
        home.add_child(instance=top)
    for slug, title, intro, body in chapters():
        if not LeichteSprachePage.objects.filter(slug=slug).descendant_of(top).exists():
            top.add_child(instance=LeichteSprachePage(title=title, slug=slug, intro=intro, body=json.dumps(body)))

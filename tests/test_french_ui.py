"""French UI (issue 14): every main area under /fr/ in French, French dates and numbers,
German formats on German pages, hreflang alternates, a language switch that keeps the page."""

import datetime
import re
from decimal import Decimal

import pytest
from django.utils import timezone

pytestmark = pytest.mark.django_db

NBSP = "\xa0"


def _french(client, url, *texts):
    response = client.get(url)
    assert response.status_code == 200, url
    html = response.content.decode()
    assert '<html lang="fr"' in html
    assert "Aller au contenu" in html and "Zum Inhalt springen" not in html
    for text in texts:
        assert text in html, f"{url}: {text!r} fehlt"
    return html


@pytest.fixture
def world(org_a, site_pages):
    from bildungsallianz.charter.tests.factories import CharterFactory
    from bildungsallianz.cooperation.tests.factories import WorkingGroupFactory
    from bildungsallianz.events.tests.factories import EventFactory
    from bildungsallianz.fair.tests.factories import EditionFactory
    from bildungsallianz.offers.tests.factories import PublishedOfferFactory
    from bildungsallianz.projects.tests.factories import ProjectFactory, indicator_with_values

    indicator, _region = indicator_with_values(values={2022: "1234.5", 2023: "1180.25"})
    start = timezone.make_aware(datetime.datetime(2030, 11, 5, 18, 0))
    return {
        "offer": PublishedOfferFactory(provider=org_a, slug="bewerbungstraining", title="Bewerbungstraining"),
        "event": EventFactory(organiser=org_a, slug="infoabend", starts_at=start, ends_at=start),
        "edition": EditionFactory(slug="bib-2030"),
        "group": WorkingGroupFactory(slug="uebergang"),
        "project": ProjectFactory(slug="lesepaten", lead_organisation=org_a),
        "indicator": indicator,
        "charter": CharterFactory(),
    }


def test_every_main_area_is_french_under_fr(client, world):
    _french(client, "/fr/", "Navigation principale", "Informations légales")
    _french(client, "/fr/angebote/", "Appliquer les filtres")
    _french(client, "/fr/angebote/bewerbungstraining/", "Partager par e-mail", "Retour à toutes les offres")
    _french(client, "/fr/partner/", "Partenaires de la Bildungsallianz", "Filtrer les partenaires")
    _french(client, "/fr/partner/organisation-a/", "Charte")
    _french(client, "/fr/charta/", "Télécharger la charte en PDF")
    _french(client, f"/fr/daten/{world['indicator'].code}/", "Définition et source")
    _french(client, "/fr/bib/bib-2030/", "Liste des exposants")
    _french(client, "/fr/veranstaltungen/", "S'abonner au calendrier (iCal)")
    _french(client, "/fr/veranstaltungen/infoabend/", "Ajouter à votre calendrier (.ics)")
    _french(client, "/fr/arbeitsgruppen/", "Groupes de travail")
    _french(client, "/fr/projekte/", "Filtrer les projets")
    _french(client, "/fr/mitmachen/", "Envoyer la demande")


def test_french_pages_show_french_dates_and_numbers_and_german_pages_keep_german_ones(client, world):
    event_fr = client.get("/fr/veranstaltungen/infoabend/").content.decode()
    assert "mardi 05/11/2030 18:00" in event_fr
    event_de = client.get("/veranstaltungen/infoabend/").content.decode()
    assert "Dienstag, 05.11.2030 18:00" in event_de
    code = world["indicator"].code
    assert f"1{NBSP}234,5" in client.get(f"/fr/daten/{code}/").content.decode()
    assert "1.234,5" in client.get(f"/daten/{code}/").content.decode()
    assert "1,234.5" in client.get(f"/en/daten/{code}/").content.decode()
    assert "18 septembre 2030" in client.get("/fr/bib/bib-2030/").content.decode()


def test_every_page_names_its_alternates_in_every_language(client, world):
    html = client.get("/fr/angebote/bewerbungstraining/?ansicht=karte").content.decode()
    links = dict(re.findall(r'<link rel="alternate"\s+hreflang="([^"]+)"\s+href="([^"]+)">', html))
    assert links == {
        "de": "http://testserver/angebote/bewerbungstraining/",
        "en": "http://testserver/en/angebote/bewerbungstraining/",
        "fr": "http://testserver/fr/angebote/bewerbungstraining/",
        "x-default": "http://testserver/angebote/bewerbungstraining/",
    }


def test_the_language_switch_keeps_the_page_and_the_query(client, world):
    html = client.get("/angebote/?q=Pflege&art=praktikum").content.decode()
    switch = html[html.index('aria-label="Sprache"') :]
    assert 'href="/fr/angebote/?q=Pflege&amp;art=praktikum"' in switch
    assert 'hreflang="fr"' in switch and 'lang="fr"' in switch
    french = client.get("/fr/angebote/?q=Pflege").content.decode()
    assert 'href="/angebote/?q=Pflege"' in french and 'aria-current="true">Français' in french


def test_error_pages_and_api_problems_speak_french(client, world):
    response = client.get("/fr/angebote/gibt-es-nicht/")
    assert response.status_code == 404 and "Page introuvable" in response.content.decode()
    problem = client.get("/api/v1/offers/gibt-es-nicht", HTTP_ACCEPT_LANGUAGE="fr").json()
    assert problem["title"] == "Introuvable"


def test_form_errors_are_french(client, world):
    html = client.post("/fr/mitmachen/", {"street": "Hauptstraße 1"}).content.decode()
    assert "Veuillez indiquer le nom de l&#x27;organisation." in html


def test_a_french_email_and_the_charter_pdf_in_french(client, world, settings):
    from django.core import mail

    from bildungsallianz.core.mail import send_templated_mail

    send_templated_mail(
        template="accounts/emails/invitation",
        to=["a@example.org"],
        context={"organisation": world["offer"].provider, "org": "Organisation A", "url": "http://x"},
        language="fr",
    )
    assert "Bonjour" in mail.outbox[-1].body
    pdf = client.get("/fr/charta/pdf/")
    assert pdf.status_code == 200 and pdf["Content-Type"] == "application/pdf"


def test_decimal_formatting_follows_the_language():
    from django.utils import translation

    from bildungsallianz.monitoring.formatting import format_number, format_period

    with translation.override("fr"):
        assert format_number(Decimal("39761"), 0) == f"39{NBSP}761" and format_period("2024-12-31") == "31/12/2024"
    with translation.override("de"):
        assert format_number(Decimal("39761"), 0) == "39.761" and format_period("2024-12-31") == "31.12.2024"

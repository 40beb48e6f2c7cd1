"""Writes of the reports module: editions, the template of a Bildungsbericht, stored PDFs."""

from __future__ import annotations

import time

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from bildungsallianz.monitoring.models import Theme
from bildungsallianz.monitoring.selectors import indicators_for_choice

from . import snapshot as snapshot_module
from .models import Edition, ReportIndexPage, ReportPage


def edition_publish(*, report: ReportPage, by=None, revision_id=None, now=None) -> Edition:
    """Freeze what the live report shows today as its next edition.

    Called when Wagtail publishes the page, and by staff for a new edition with
    today's data. The page object must carry the published content.
    """
    now = now or timezone.now()
    data = snapshot_module.resolve(report.body)
    data["meta"] = {
        "title": report.title,
        "subtitle": report.subtitle,
        "summary": report.summary,
        "publisher": report.publisher,
        "published_at": now.isoformat(),
    }
    with transaction.atomic():
        ReportPage.objects.select_for_update().filter(pk=report.pk).first()
        number = (report.editions.aggregate(n=Max("number"))["n"] or 0) + 1
        edition = Edition(
            report=report,
            number=number,
            title=report.title,
            published_at=now,
            published_by=by if getattr(by, "is_authenticated", False) else None,
            revision_id=revision_id,
            snapshot=data,
        )
        edition.full_clean()
        edition.save()
    return edition


def edition_republish(*, report: ReportPage, by, now=None) -> Edition:
    """Staff: a new edition of the live report with today's data (the text stays as published)."""
    if not report.live:
        raise ValidationError(_("Nur ein veröffentlichter Bericht kann eine neue Ausgabe erhalten."))
    # The page row holds the published content; a draft waits in its revisions and is not used.
    return edition_publish(report=ReportPage.objects.get(pk=report.pk), by=by, now=now)


def edition_pdf(edition: Edition) -> bytes:
    """The PDF of an edition: made once with WeasyPrint, then stored with the edition."""
    if edition.pdf:
        try:
            with edition.pdf.open("rb") as handle:
                return handle.read()
        except FileNotFoundError:
            pass
    from .pdf import render_pdf

    started = time.perf_counter()
    data = render_pdf(edition)
    edition.pdf_seconds = round(time.perf_counter() - started, 2)
    edition.pdf.save(f"{slugify(edition.title)[:60] or 'bericht'}.pdf", ContentFile(data), save=False)
    Edition.objects.filter(pk=edition.pk).update(pdf=edition.pdf.name, pdf_seconds=edition.pdf_seconds)
    return data


# --- a ready structure for the local Bildungsbericht ---------------------------

#: Chapters following the themes of the "Anwendungsleitfaden zum Aufbau eines
#: kommunalen Bildungsmonitorings"; each gets the published indicators of the
#: monitoring themes listed with it.
TEMPLATE_CHAPTERS = [
    ("Rahmenbedingungen", [Theme.DEMOGRAFIE, Theme.SOZIALES, Theme.ARBEITSMARKT]),
    ("Frühkindliche Bildung", [Theme.FRUEHE_BILDUNG]),
    ("Allgemeinbildende Schulen", [Theme.SCHULE]),
    ("Berufliche Bildung", [Theme.BERUFLICHE_BILDUNG]),
    ("Hochschule", []),
    ("Weiterbildung", [Theme.WEITERBILDUNG]),
    ("Übergänge", [Theme.UEBERGANG]),
]
PLACEHOLDER = "<p>[Hier steht Ihre Einordnung: Was zeigen die Zahlen, was folgt daraus für die Bildungsallianz?]</p>"


def template_stream() -> list[tuple[str, object]]:
    """The blocks of a new Bildungsbericht: per chapter a heading, a text to write, table and chart."""
    indicators = list(indicators_for_choice())
    stream: list[tuple[str, object]] = [
        ("heading", "Einleitung"),
        ("text", "<p>[Anlass, Fragestellung und Aufbau des Berichts]</p>"),
    ]
    for title, themes in TEMPLATE_CHAPTERS:
        stream.append(("heading", title))
        stream.append(("text", PLACEHOLDER))
        codes = [i.code for i in indicators if i.theme in themes]
        if codes:
            stream.append(("indicator_table", {"title": f"{title}: Kennzahlen", "indicators": codes}))
            rates = [i for i in indicators if i.theme in themes and i.compares_across_regions]
            first = (rates or [i for i in indicators if i.theme in themes])[0]
            stream.append(("indicator_chart", {"indicator": first.code, "kind": "series", "title": "", "note": ""}))
        else:
            stream.append(("text", "<p>[Für dieses Kapitel liegen noch keine Indikatoren vor.]</p>"))
    stream.append(("heading", "Fazit und Handlungsempfehlungen"))
    stream.append(("text", PLACEHOLDER))
    stream.append(("footnotes", {"text": ""}))
    return stream


def report_index() -> ReportIndexPage:
    index = ReportIndexPage.objects.first()
    if index is None:
        raise ValidationError(_("Es gibt noch keine Seite „Berichte“ im Seitenbaum."))
    return index


def report_create_from_template(*, title: str, by, now=None) -> ReportPage:
    """A draft Bildungsbericht with the chapters of the Anwendungsleitfaden (not published)."""
    title = (title or "").strip()
    if not title:
        raise ValidationError({"title": _("Bitte geben Sie einen Titel an.")})
    index = report_index()
    base = slugify(title)[:70] or "bericht"
    slug, n = base, 2
    while ReportPage.objects.filter(slug=slug).exists():
        slug, n = f"{base}-{n}", n + 1
    with transaction.atomic():
        report = ReportPage(title=title, slug=slug, live=False, body=template_stream(), owner=by)
        index.add_child(instance=report)
        report.save_revision(user=by)
    return report

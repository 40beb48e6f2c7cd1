"""Public pages under /berichte/: list, report (latest edition), earlier editions, PDFs, Kommunalprofil."""

from django.http import Http404, HttpResponse
from django.shortcuts import render

from bildungsallianz.core.permissions import is_staff_member
from bildungsallianz.monitoring.formatting import LEGEND

from . import selectors, services
from . import snapshot as snapshot_module
from .permissions import get_edition_for_user, get_report_for_user
from .presentation import edition_context, preview_context


def report_list(request):
    return render(request, "reports/report_list.html", {"reports": selectors.published_reports()})


def render_preview(request, report):
    """A report drawn with today's data (Wagtail preview; staff looking at a report without edition)."""
    data = snapshot_module.resolve(report.body)
    return render(request, "reports/report_detail.html", preview_context(report, data))


def _render_edition(request, report, edition):
    editions = selectors.report_editions(report)
    is_latest = not editions or editions[0].number == edition.number
    context = edition_context(edition, editions=editions, is_latest=is_latest)
    return render(request, "reports/report_detail.html", context)


def report_detail(request, slug):
    report = get_report_for_user(request, slug)
    edition = report.editions.select_related("report").order_by("-number").first()
    if edition is None or not report.live:
        if is_staff_member(request.user):
            return render_preview(request, report)
        raise Http404
    return _render_edition(request, report, edition)


def edition_detail(request, slug, number):
    report = get_report_for_user(request, slug)
    edition = get_edition_for_user(request, report, number)
    return _render_edition(request, report, edition)


def _pdf_response(edition):
    response = HttpResponse(services.edition_pdf(edition), content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{edition.report.slug}-ausgabe-{edition.number}.pdf"'
    return response


def report_pdf(request, slug):
    report = get_report_for_user(request, slug)
    edition = report.editions.select_related("report").order_by("-number").first()
    if edition is None or not (report.live or is_staff_member(request.user)):
        raise Http404
    return _pdf_response(edition)


def edition_pdf(request, slug, number):
    report = get_report_for_user(request, slug)
    return _pdf_response(get_edition_for_user(request, report, number))


def kommunalprofil(request):
    return render(request, "reports/kommunalprofil.html", {**selectors.kommunalprofil(), "legend": LEGEND})

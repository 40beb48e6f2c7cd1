"""Back office of the reports module (under /cms/berichte/): editions, changed numbers, template."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from bildungsallianz.core.backoffice import staff_view
from bildungsallianz.core.permissions import get_or_404

from . import selectors, services
from . import snapshot as snapshot_module
from .forms import TemplateReportForm
from .models import ReportPage


@staff_view
def overview(request):
    reports = ReportPage.objects.order_by("title").prefetch_related("editions")
    return render(request, "reports/admin/overview.html", {"reports": reports, "form": TemplateReportForm()})


@staff_view
@require_POST
def create_from_template(request):
    form = TemplateReportForm(request.POST)
    if form.is_valid():
        try:
            report = services.report_create_from_template(title=form.cleaned_data["title"], by=request.user)
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(request, _("Der Entwurf „%(title)s“ wurde angelegt.") % {"title": report.title})
            return redirect("wagtailadmin_pages:edit", report.pk)
    reports = ReportPage.objects.order_by("title").prefetch_related("editions")
    return render(request, "reports/admin/overview.html", {"reports": reports, "form": form}, status=400)


@staff_view
def status(request, pk):
    report = get_or_404(ReportPage.objects.all(), pk=pk)
    editions = selectors.report_editions(report)
    latest = report.editions.order_by("-number").first()
    changes = snapshot_module.changes_since(latest.snapshot) if latest else []
    return render(
        request,
        "reports/admin/status.html",
        {
            "report": report,
            "editions": editions,
            "latest": latest,
            "changes": changes,
            "can_republish": report.live,
            "edit_url": reverse("wagtailadmin_pages:edit", args=[report.pk]),
        },
    )


@staff_view
@require_POST
def republish(request, pk):
    report = get_or_404(ReportPage.objects.all(), pk=pk)
    try:
        edition = services.edition_republish(report=report, by=request.user)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(
            request, _("Ausgabe %(number)s mit den heutigen Daten veröffentlicht.") % {"number": edition.number}
        )
    return redirect("reports_admin:status", report.pk)

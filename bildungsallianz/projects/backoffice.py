"""Back office of the projects module: portfolio export/import and the stale-projects panel."""

from django import forms
from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from bildungsallianz.core.backoffice import Panel, PanelItem, staff_view

from . import exchange
from .models import Project


class ImportForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("Datei (CSV oder XLSX)"),
        help_text=gettext_lazy("Am einfachsten: den Export herunterladen, ändern und wieder hochladen."),
    )


@staff_view
def portfolio(request):
    stale = Project.objects.stale(timezone.now()).select_related("lead_organisation").order_by("last_activity_at")
    return render(request, "projects/admin/portfolio.html", {"stale": stale, "form": ImportForm()})


@staff_view
def export(request):
    stamp = timezone.localdate().isoformat()
    if request.GET.get("format") == "xlsx":
        response = HttpResponse(
            exchange.export_xlsx(), content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        )
        response["Content-Disposition"] = f'attachment; filename="projekte-{stamp}.xlsx"'
        return response
    response = HttpResponse(exchange.export_csv(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="projekte-{stamp}.csv"'
    return response


@staff_view
def import_portfolio(request):
    form = ImportForm(request.POST or None, request.FILES or None)
    result = None
    if request.method == "POST" and form.is_valid():
        result = exchange.import_portfolio(upload=form.cleaned_data["file"], by=request.user)
        if result.ok:
            messages.success(
                request,
                _("Import abgeschlossen: %(p)s Projekte und %(m)s Meilensteine geändert.")
                % {"p": result.changed_projects, "m": result.changed_milestones},
            )
            return redirect("projects_admin:portfolio")
    status = 400 if result is not None and not result.ok else 200
    return render(request, "projects/admin/import.html", {"form": form, "result": result}, status=status)


def stale_panel(request):
    """Back-office start page: projects without an update for the configured time."""
    stale = list(Project.objects.stale(timezone.now()).order_by("last_activity_at")[:5])
    count = Project.objects.stale(timezone.now()).count()
    return Panel(
        title=_("Projekte ohne aktuellen Stand"),
        count=count,
        url=reverse("projects_admin:portfolio"),
        items=[
            PanelItem(
                label=p.title,
                url=p.get_absolute_url(),
                detail=_("zuletzt aktualisiert am %(d)s")
                % {"d": timezone.localtime(p.last_activity_at).strftime("%d.%m.%Y")},
                warning=True,
            )
            for p in stale
        ],
        empty_text=_("Alle Projekte sind aktuell."),
        order=70,
    )

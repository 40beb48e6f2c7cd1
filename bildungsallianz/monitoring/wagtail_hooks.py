"""Back office: regions, sources, indicators, import runs, and the upload → preview → confirm flow."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet

from bildungsallianz.core.permissions import get_or_404

from . import services
from .forms import ImportConfirmForm, ImportUploadForm
from .models import ImportRun, Indicator, Region, Source
from .permissions import require_importer


class RegionViewSet(ModelViewSet):
    model = Region
    name = "gebietseinheiten"
    icon = "site"
    menu_label = gettext_lazy("Gebietseinheiten")
    form_fields = [
        "key",
        "name",
        "aliases",
        "level",
        "kreis_type",
        "parent",
        "members",
        "area_km2",
        "population",
        "population_date",
        "active",
    ]
    list_display = ["key", "name", "level", "kreis_type", "active"]
    list_filter = ["level", "kreis_type", "active"]
    search_fields = ["key", "name"]


class SourceViewSet(ModelViewSet):
    model = Source
    name = "datenquellen"
    icon = "doc-full"
    menu_label = gettext_lazy("Datenquellen")
    form_fields = [
        "code",
        "table_code",
        "title",
        "publisher",
        "licence",
        "licence_url",
        "url",
        "reference_date",
        "attribution",
        "column_mapping",
    ]
    list_display = ["code", "title", "stand"]
    search_fields = ["code", "title"]


class IndicatorViewSet(ModelViewSet):
    model = Indicator
    name = "indikatoren"
    icon = "table"
    menu_label = gettext_lazy("Indikatoren")
    form_fields = [
        "code",
        "name",
        "short_name",
        "definition",
        "theme",
        "fields_of_action",
        "sources",
        "numerator",
        "denominator",
        "factor",
        "unit",
        "decimals",
        "reference_date",
        "caveats",
        "peer_keys",
        "higher_is_better",
        "order",
        "published",
    ]
    list_display = ["name", "code", "theme", "unit", "published"]
    list_filter = ["theme", "published"]
    search_fields = ["name", "code"]


class ImportRunViewSet(ModelViewSet):
    model = ImportRun
    icon = "upload"
    menu_label = gettext_lazy("Importläufe")
    add_to_admin_menu = False
    inspect_view_enabled = True
    copy_view_enabled = False
    form_fields = ["source_code"]
    list_display = ["filename", "source_code", "state", "count_new", "count_changed", "created_at"]
    list_filter = ["state"]
    search_fields = ["filename", "source_code", "sha256"]

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("hochladen/", import_upload, name="upload"),
            path("<int:pk>/vorschau/", import_preview, name="preview"),
        ]


import_run_viewset = ImportRunViewSet("importlaeufe")


class MonitoringGroup(ViewSetGroup):
    menu_label = gettext_lazy("Bildungsmonitoring")
    menu_icon = "table"
    menu_order = 250
    items = (IndicatorViewSet, SourceViewSet, RegionViewSet, import_run_viewset)


def import_upload(request):
    """Step 1: upload a file; it is checked completely and kept with a preview."""
    require_importer(request.user)
    form = ImportUploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        limit = services.upload_max_bytes()
        source = form.cleaned_data["source"]
        code = source.code if source else form.cleaned_data["new_source_code"] or ""
        data = upload.read(limit + 1)
        run = services.import_run_preview(
            data=data,
            filename=upload.name,
            source_code=code,
            user=request.user,
            ignore_unknown_regions=form.cleaned_data["ignore_unknown_regions"],
        )
        if run.state == ImportRun.State.FAILED:
            form.add_error("file", run.error)
        else:
            return redirect(reverse(import_run_viewset.get_url_name("preview"), args=[run.pk]))
    recent = ImportRun.objects.select_related("created_by")[:10]
    return render(request, "monitoring/admin/import_upload.html", {"form": form, "recent": recent})


def import_preview(request, pk):
    """Step 2: show what the file would change; step 3: confirm (write) or discard."""
    require_importer(request.user)
    run = get_or_404(ImportRun.objects.all(), pk=pk)
    form = ImportConfirmForm(request.POST or None)
    if request.method == "POST" and form.is_valid() and run.state == ImportRun.State.PREVIEWED:
        if form.cleaned_data["action"] == "discard":
            services.import_run_discard(run=run)
            messages.info(request, _("Der Import wurde verworfen; es wurde nichts gespeichert."))
            return redirect(reverse(import_run_viewset.get_url_name("upload")))
        try:
            services.import_run_execute(run=run)
        except services.ImportFailed as exc:
            messages.error(request, " ".join(exc.messages))
        else:
            messages.success(
                request,
                _("Import abgeschlossen: %(new)s neue, %(changed)s geänderte, %(same)s unveränderte Werte.")
                % {"new": run.count_new, "changed": run.count_changed, "same": run.count_unchanged},
            )
        return redirect(reverse(import_run_viewset.get_url_name("preview"), args=[run.pk]))
    return render(
        request,
        "monitoring/admin/import_preview.html",
        {
            "run": run,
            "preview": run.preview,
            "form": form,
            "upload_url": reverse(import_run_viewset.get_url_name("upload")),
        },
    )


@hooks.register("register_admin_viewset")
def register_monitoring_viewsets():
    return [MonitoringGroup()]


@hooks.register("register_admin_menu_item")
def register_import_menu_item():
    from wagtail.admin.menu import MenuItem

    class StaffMenuItem(MenuItem):
        def is_shown(self, request):
            return request.user.is_bildungsbuero

    return StaffMenuItem(
        _("Statistik importieren"), reverse(import_run_viewset.get_url_name("upload")), icon_name="upload", order=260
    )

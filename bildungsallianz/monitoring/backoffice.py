"""Back office of the monitoring module: catalogue viewsets, the import flow and the dashboard panel.

Upload → preview → execute or discard (glossary: *import run*). Every view is
staff only through :func:`bildungsallianz.core.backoffice.staff_view` (404
for everybody else, also for users whom Wagtail's own groups let into the
admin); ``wagtail_hooks.py`` only registers what is defined here.
"""

from __future__ import annotations

from datetime import timedelta

from django.contrib import messages
from django.shortcuts import redirect, render
from django.urls import path, reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.views.generic import EditView, IndexView
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet

from bildungsallianz.core.backoffice import Panel, PanelItem, StaffMenuItem, StaffOnlyViewSetMixin, staff_view
from bildungsallianz.core.permissions import get_or_404, is_staff_member

from . import services
from .forms import ImportDecisionForm, ImportUploadForm
from .models import ImportRun, Indicator, LabelMapping, Region, RegionKeyChange, Source

#: Failed imports stay on the start page this long.
PANEL_FAILED_DAYS = 14


class RegionViewSet(StaffOnlyViewSetMixin, ModelViewSet):
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


class SourceEditView(EditView):
    """Saving a new meaning of "-" rewrites the reasons the source's indicator values show (same transaction)."""

    def save_instance(self):
        source = super().save_instance()
        if "dash_meaning" in self.form.changed_data:
            services.indicators_dash_meaning_changed(source_code=source.code)
        return source


class SourceViewSet(StaffOnlyViewSetMixin, ModelViewSet):
    model = Source
    edit_view_class = SourceEditView
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
        "dash_meaning",
        "category_tree",
        "column_mapping",
    ]
    list_display = ["code", "title", "stand"]
    search_fields = ["code", "title"]


class LabelMappingViewSet(StaffOnlyViewSetMixin, ModelViewSet):
    """Names across vintages (Ausländer → ausländisch); applied by every later import."""

    model = LabelMapping
    name = "zuordnungen"
    icon = "resubmit"
    menu_label = gettext_lazy("Zuordnungen über Jahrgänge")
    form_fields = ["kind", "dimension", "old", "new", "note"]
    list_display = ["old", "new", "kind", "dimension", "note"]
    list_filter = ["kind"]
    search_fields = ["old", "new"]


class RegionKeyChangeViewSet(StaffOnlyViewSetMixin, ModelViewSet):
    """Key history of Gemeinden (mergers, splits, new keys); every later import maps old keys with it."""

    model = RegionKeyChange
    name = "schluesselaenderungen"
    icon = "history"
    menu_label = gettext_lazy("Schlüsseländerungen (Gemeinden)")
    form_fields = ["old_key", "old_name", "new_key", "new_name", "effective", "kind", "reference", "source", "licence"]
    list_display = ["old_key", "old_name", "new_key", "new_name", "effective", "kind"]
    list_filter = ["kind"]
    search_fields = ["old_key", "old_name", "new_key", "new_name"]


class IndicatorViewSet(StaffOnlyViewSetMixin, ModelViewSet):
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


class ImportRunIndexView(IndexView):
    """The run list never loads the stored previews."""

    def get_base_queryset(self):
        return super().get_base_queryset().defer("preview", "error")


class ImportRunViewSet(StaffOnlyViewSetMixin, ModelViewSet):
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

    index_view_class = ImportRunIndexView

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
    items = (
        IndicatorViewSet,
        SourceViewSet,
        LabelMappingViewSet,
        RegionViewSet,
        RegionKeyChangeViewSet,
        import_run_viewset,
    )


def upload_url() -> str:
    return reverse(import_run_viewset.get_url_name("upload"))


def preview_url(run: ImportRun) -> str:
    return reverse(import_run_viewset.get_url_name("preview"), args=[run.pk])


def import_menu_item() -> StaffMenuItem:
    return StaffMenuItem(_("Statistik importieren"), upload_url(), icon_name="upload", order=260)


@staff_view
def import_upload(request):
    """Step 1: upload a file; it is checked completely and kept with a preview."""
    form = ImportUploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        source = form.cleaned_data["source"]
        code = source.code if source else form.cleaned_data["new_source_code"] or ""
        data = upload.read(services.upload_max_bytes() + 1)
        run = services.import_run_start(
            data=data,
            filename=upload.name,
            source_code=code,
            user=request.user,
            ignore_unknown_regions=form.cleaned_data["ignore_unknown_regions"],
            basis=form.cleaned_data["basis"],
        )
        if run.state == ImportRun.State.FAILED:
            form.add_error("file", run.error)
        else:
            return redirect(preview_url(run))
    recent = ImportRun.objects.defer("preview").select_related("created_by")[:10]
    return render(request, "monitoring/admin/import_upload.html", {"form": form, "recent": recent})


@staff_view
def import_preview(request, pk):
    """Step 2: show what the file would change; step 3: execute (write) or discard."""
    run = get_or_404(ImportRun.objects.all(), pk=pk)
    form = ImportDecisionForm(request.POST or None)
    if request.method == "POST" and form.is_valid() and run.can_decide:
        if form.cleaned_data["action"] == ImportDecisionForm.DISCARD:
            services.import_run_discard(run=run)
            messages.info(request, _("Der Import wurde verworfen; es wurde nichts gespeichert."))
            return redirect(upload_url())
        try:
            services.import_run_execute_or_schedule(run=run)
        except services.ImportFailed as exc:
            messages.error(request, " ".join(exc.messages))
        else:
            if run.is_working:
                messages.info(request, _("Der Import läuft im Hintergrund; diese Seite zeigt den Fortschritt."))
                return redirect(preview_url(run))
            messages.success(
                request,
                _("Import abgeschlossen: %(new)s neue, %(changed)s geänderte, %(same)s unveränderte Werte.")
                % {"new": run.count_new, "changed": run.count_changed, "same": run.count_unchanged},
            )
        return redirect(preview_url(run))
    context = {
        "run": run,
        "preview": run.preview,
        "form": form,
        "upload_url": upload_url(),
        "can_decide": run.can_decide,
        "can_execute": run.can_execute,
    }
    return render(request, "monitoring/admin/import_preview.html", context)


def imports_panel(request) -> Panel | None:
    """Start page of the back office: imports waiting for a decision and recently failed ones."""
    if not is_staff_member(request.user):
        return None
    since = timezone.now() - timedelta(days=PANEL_FAILED_DAYS)
    waiting = ImportRun.objects.needing_attention(since=since)
    runs = list(waiting.only("pk", "filename", "state", "created_at")[:5])
    items = [
        PanelItem(
            label=run.filename,
            url=preview_url(run),
            detail=f"{run.get_state_display()}, {date_format(timezone.localtime(run.created_at), 'SHORT_DATE_FORMAT')}",
            warning=run.state == ImportRun.State.FAILED,
        )
        for run in runs
    ]
    return Panel(
        title=_("Statistik-Importe: offen oder fehlgeschlagen"),
        count=waiting.count() if len(runs) == 5 else len(runs),
        url=reverse(import_run_viewset.get_url_name("index")),
        items=items,
        empty_text=_("Keine offenen oder fehlgeschlagenen Importe."),
        order=60,
    )

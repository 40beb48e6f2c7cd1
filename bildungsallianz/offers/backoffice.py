"""Back office of the Bildungsportal: review queue, review with diff, export, import,
viewsets for synonyms and occupations, the menu item and the dashboard panels.

Every view is staff only through :func:`bildungsallianz.core.backoffice.staff_view`
(404 for everybody else, also for users whom Wagtail's own groups let into the
admin); ``wagtail_hooks.py`` only registers what is defined here.
"""

from __future__ import annotations

import datetime

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import path, reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet

from bildungsallianz.core.backoffice import Panel, PanelItem, StaffMenuItem, StaffOnlyViewSetMixin, staff_view
from bildungsallianz.core.permissions import get_or_404, is_staff_member
from bildungsallianz.core.review import selectors as review
from bildungsallianz.core.review.diff import field_diff
from bildungsallianz.core.review.states import ReviewStatus
from bildungsallianz.search.models import Synonym

from . import exchange, services
from .forms import ImportForm, ReturnForm
from .models import Occupation, Offer
from .selectors import offer_detail_queryset

#: The start page lists offers whose end date lies within this many days.
EXPIRING_WITHIN_DAYS = 30
PANEL_ITEMS = 5


@staff_view
def review_queue(request):
    status = review.parse_review_status(request.GET.get("status"))
    offers = review.review_queue(
        Offer.objects.select_related("provider", "change_of"), status, order_by=("submitted_at", "title")
    )
    tabs = review.review_tabs(Offer.objects.all(), status)
    return render(request, "offers/admin/review_queue.html", {"offers": offers, "tabs": tabs, "status": status})


@staff_view
def review_offer(request, pk):
    offer = get_or_404(offer_detail_queryset(Offer.objects.select_related("change_of")), pk=pk)
    form = ReturnForm(request.POST or None)
    if request.method == "POST":
        try:
            if "publish" in request.POST:
                live = services.offer_publish(offer=offer, by=request.user)
                messages.success(request, _("„%(title)s“ ist veröffentlicht.") % {"title": live.title})
                return redirect("offers_admin:queue")
            if form.is_valid():
                services.offer_return(offer=offer, by=request.user, comment=form.cleaned_data["comment"])
                messages.success(request, _("Zurückgegeben; die Redaktion des Anbieters ist informiert."))
                return redirect("offers_admin:queue")
        except ValidationError as exc:
            for message in exc.messages:
                messages.error(request, message)
    context = {"offer": offer, "diff": field_diff(offer), "form": form, "can_decide": offer.can_publish}
    return render(request, "offers/admin/review_offer.html", context)


@staff_view
def export_offers(request):
    queryset = Offer.objects.originals()
    status = request.GET.get("status")
    if status in ReviewStatus.values:
        queryset = queryset.filter(status=status)
    stamp = timezone.localdate().isoformat()
    if request.GET.get("format") == "xlsx":
        response = HttpResponse(
            exchange.export_xlsx(queryset),
            content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        )
        response["Content-Disposition"] = f'attachment; filename="angebote-{stamp}.xlsx"'
        return response
    response = HttpResponse(exchange.export_csv(queryset), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="angebote-{stamp}.csv"'
    return response


@staff_view
def import_template(request):
    response = HttpResponse(exchange.import_template(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="angebote-vorlage.csv"'
    return response


@staff_view
def import_offers(request):
    form = ImportForm(request.POST or None, request.FILES or None)
    result = None
    if request.method == "POST" and form.is_valid():
        result = exchange.import_offers(
            provider=form.cleaned_data["provider"],
            upload=form.cleaned_data["file"],
            by=request.user,
            publish=bool(request.POST.get("publish")),
        )
        if result.ok:
            messages.success(request, _("%(n)s Angebote importiert.") % {"n": len(result.created)})
            return redirect("offers_admin:queue")
    return render(request, "offers/admin/import.html", {"form": form, "result": result})


admin_urls = (
    [
        path("", review_queue, name="queue"),
        path("<int:pk>/", review_offer, name="review"),
        path("export/", export_offers, name="export"),
        path("import/", import_offers, name="import"),
        path("import/vorlage.csv", import_template, name="import_template"),
    ],
    "offers_admin",
)


class SynonymViewSet(StaffOnlyViewSetMixin, ModelViewSet):
    model = Synonym
    icon = "search"
    menu_label = gettext_lazy("Such-Synonyme")
    form_fields = ["term", "expansions", "is_active"]
    list_display = ["term", "expansions", "is_active"]
    search_fields = ["term", "expansions"]


class OccupationViewSet(StaffOnlyViewSetMixin, ModelViewSet):
    model = Occupation
    icon = "tag"
    menu_label = gettext_lazy("Berufe (KldB 2010)")
    form_fields = ["code", "title", "short_title"]
    list_display = ["code", "short_title", "title"]
    search_fields = ["code", "title", "short_title"]


class PortalGroup(ViewSetGroup):
    menu_label = gettext_lazy("Bildungsportal")
    menu_icon = "list-ul"
    menu_order = 210
    items = (SynonymViewSet, OccupationViewSet)


def review_menu_item() -> StaffMenuItem:
    return StaffMenuItem(gettext_lazy("Angebote prüfen"), reverse("offers_admin:queue"), icon_name="tasks", order=160)


def _short_date(value) -> str:
    return date_format(value, "SHORT_DATE_FORMAT")


def review_panel(request) -> Panel | None:
    """Start page: offers (and changes) waiting for review, oldest first."""
    if not is_staff_member(request.user):
        return None
    waiting = Offer.objects.awaiting_review()
    offers = list(waiting.select_related("provider").order_by("submitted_at", "title")[:PANEL_ITEMS])
    items = [
        PanelItem(
            label=offer.title,
            url=reverse("offers_admin:review", args=[offer.pk]),
            detail=", ".join(
                part
                for part in (
                    offer.provider.name,
                    _("Änderung") if offer.is_change_copy else "",
                    _short_date(timezone.localtime(offer.submitted_at)) if offer.submitted_at else "",
                )
                if part
            ),
        )
        for offer in offers
    ]
    return Panel(
        title=_("Angebote zur Prüfung"),
        count=waiting.count() if len(offers) == PANEL_ITEMS else len(offers),
        url=reverse("offers_admin:queue"),
        items=items,
        empty_text=_("Keine Angebote warten auf Prüfung."),
        order=40,
    )


def expiring_panel(request, *, today: datetime.date | None = None) -> Panel | None:
    """Start page: published offers whose end date lies within the next 30 days."""
    if not is_staff_member(request.user):
        return None
    today = today or timezone.localdate()
    expiring = Offer.objects.expiring_within(today, days=EXPIRING_WITHIN_DAYS)
    offers = list(expiring.select_related("provider").order_by("end_date", "title")[:PANEL_ITEMS])
    items = [
        PanelItem(
            label=offer.title,
            url=offer.get_absolute_url(),
            detail=_("%(provider)s, endet am %(date)s")
            % {"provider": offer.provider.name, "date": _short_date(offer.end_date)},
            warning=(offer.end_date - today).days <= 7,
        )
        for offer in offers
    ]
    return Panel(
        title=_("Angebote, die in 30 Tagen ablaufen"),
        count=expiring.count() if len(offers) == PANEL_ITEMS else len(offers),
        url=reverse("offers_admin:queue") + "?status=published",
        items=items,
        empty_text=_("Kein veröffentlichtes Angebot läuft in den nächsten 30 Tagen ab."),
        order=45,
    )

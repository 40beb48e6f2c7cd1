"""Back office (Wagtail admin) views: review queue, review with diff, export, import."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from bildungsallianz.core.permissions import get_or_404, require_staff
from bildungsallianz.core.review import selectors as review
from bildungsallianz.core.review.diff import field_diff
from bildungsallianz.core.review.states import ReviewStatus

from . import exchange, services
from .forms import ImportForm, ReturnForm
from .models import Offer
from .selectors import offer_detail_queryset


def review_queue(request):
    require_staff(request.user)
    status = review.parse_review_status(request.GET.get("status"))
    offers = review.review_queue(
        Offer.objects.select_related("provider", "change_of"), status, order_by=("submitted_at", "title")
    )
    tabs = review.review_tabs(Offer.objects.all(), status)
    return render(request, "offers/admin/review_queue.html", {"offers": offers, "tabs": tabs, "status": status})


def review_offer(request, pk):
    require_staff(request.user)
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


def export_offers(request):
    require_staff(request.user)
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


def import_template(request):
    require_staff(request.user)
    response = HttpResponse(exchange.import_template(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="angebote-vorlage.csv"'
    return response


def import_offers(request):
    require_staff(request.user)
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

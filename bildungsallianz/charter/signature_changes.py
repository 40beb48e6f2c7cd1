"""Back office: staff approve or reject editors' changes to confirmed signatures (issue 8, finding 10)."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.urls import path
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from bildungsallianz.core.backoffice import staff_view
from bildungsallianz.core.permissions import get_or_404

from . import services
from .models import Signature


@staff_view
def signature_change_list(request):
    signatures = Signature.objects.with_pending_change().select_related(
        "organisation", "charter", "change_requested_by"
    )
    return render(request, "charter/admin/signature_changes.html", {"signatures": signatures})


@staff_view
@require_POST
def signature_change_decide(request, pk):
    signature = get_or_404(Signature.objects.with_pending_change(), pk=pk)
    try:
        if request.POST.get("action") == "approve":
            services.signature_change_approve(signature=signature, by=request.user)
            messages.success(request, _("Die Änderung ist übernommen und öffentlich sichtbar."))
        else:
            services.signature_change_reject(signature=signature, by=request.user)
            messages.success(request, _("Die Änderung wurde verworfen."))
    except ValidationError as exc:
        for message in exc.messages:
            messages.error(request, message)
    return redirect("signature_changes")


urlpatterns = [
    path("unterzeichnungen-aenderungen/", signature_change_list, name="signature_changes"),
    path("unterzeichnungen-aenderungen/<int:pk>/", signature_change_decide, name="signature_change_decide"),
]

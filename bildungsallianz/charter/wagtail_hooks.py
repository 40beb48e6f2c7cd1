"""Back office for the charter: versions, taxonomy, signatures and join requests."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet

from bildungsallianz.core.permissions import get_or_404, require_staff

from . import services
from .forms import JoinRequestDecisionForm
from .models import Charter, Commitment, FieldOfAction, Goal, JoinRequest, Principle, Signature, TargetGroup


class CharterViewSet(ModelViewSet):
    model = Charter
    name = "charter_versions"
    icon = "doc-full"
    menu_label = gettext_lazy("Fassungen")
    form_fields = ["title", "version", "preamble", "adopted_on", "is_current"]
    list_display = ["title", "version", "adopted_on", "is_current"]


class PrincipleViewSet(ModelViewSet):
    model = Principle
    icon = "pick"
    form_fields = ["charter", "number", "title", "description"]
    list_display = ["number", "title", "charter"]


class FieldOfActionViewSet(ModelViewSet):
    model = FieldOfAction
    icon = "tag"
    form_fields = ["number", "slug", "title", "description"]
    list_display = ["number", "title"]


class GoalViewSet(ModelViewSet):
    model = Goal
    icon = "list-ul"
    form_fields = ["charter", "field_of_action", "text", "order"]
    list_display = ["text", "field_of_action"]
    list_filter = ["field_of_action"]


class TargetGroupViewSet(ModelViewSet):
    model = TargetGroup
    icon = "group"
    form_fields = ["name", "slug", "order"]
    list_display = ["name", "order"]


class SignatureViewSet(ModelViewSet):
    model = Signature
    icon = "success"
    form_fields = ["charter", "organisation", "signatory_name", "signatory_function", "signed_on", "confirmed"]
    list_display = ["organisation", "charter", "signed_on", "confirmed"]
    list_filter = ["charter", "confirmed"]
    search_fields = ["organisation__name", "signatory_name"]


class CommitmentViewSet(ModelViewSet):
    model = Commitment
    icon = "openquote"
    form_fields = ["organisation", "field_of_action", "text"]
    list_display = ["organisation", "field_of_action"]
    list_filter = ["field_of_action"]


class JoinRequestViewSet(ModelViewSet):
    model = JoinRequest
    icon = "mail"
    add_to_admin_menu = False
    inspect_view_enabled = True
    copy_view_enabled = False
    form_fields = ["status", "decline_reason"]
    list_display = ["organisation_name", "sector", "status", "created_at"]
    list_filter = ["status", "sector"]
    search_fields = ["organisation_name", "contact_name"]
    inspect_template_name = "charter/admin/join_request_inspect.html"

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("<int:pk>/entscheiden/", join_request_decide, name="decide"),
        ]


class CharterGroup(ViewSetGroup):
    menu_label = gettext_lazy("Charta")
    menu_icon = "doc-full-inverse"
    menu_order = 200
    items = (
        CharterViewSet,
        PrincipleViewSet,
        FieldOfActionViewSet,
        GoalViewSet,
        TargetGroupViewSet,
        SignatureViewSet,
        CommitmentViewSet,
    )


join_request_viewset = JoinRequestViewSet("beitrittsantraege")


def join_request_decide(request, pk):
    """Move a join request on: in review, accepted or declined (with reason)."""
    require_staff(request.user)
    join_request = get_or_404(JoinRequest.objects.all(), pk=pk)
    form = JoinRequestDecisionForm(request.POST or None)
    inspect_url = reverse(join_request_viewset.get_url_name("inspect"), args=[pk])
    if request.method == "POST" and form.is_valid():
        action = form.cleaned_data["action"]
        try:
            if action == "in_review":
                services.join_request_start_review(join_request=join_request, by=request.user)
                messages.success(request, _("Der Antrag ist jetzt in Prüfung."))
            elif action == "accept":
                organisation = services.join_request_accept(join_request=join_request, by=request.user)
                messages.success(
                    request,
                    _("Angenommen: „%(name)s“ ist angelegt, die Einladung ist verschickt.") % {"name": organisation},
                )
            else:
                services.join_request_decline(
                    join_request=join_request, reason=form.cleaned_data["reason"], by=request.user
                )
                messages.success(request, _("Der Antrag wurde abgelehnt; die antragstellende Person ist informiert."))
        except ValidationError as exc:
            for message in exc.messages:
                messages.error(request, message)
        return redirect(inspect_url)
    return render(
        request,
        "charter/admin/join_request_decide.html",
        {"join_request": join_request, "form": form, "inspect_url": inspect_url},
    )


@hooks.register("register_admin_viewset")
def register_charter_viewsets():
    return [CharterGroup(), join_request_viewset]


@hooks.register("register_admin_menu_item")
def register_join_request_menu_item():
    class StaffMenuItem(MenuItem):
        def is_shown(self, request):
            return request.user.is_bildungsbuero

    return StaffMenuItem(
        _("Beitrittsanträge"), reverse(join_request_viewset.get_url_name("index")), icon_name="mail", order=150
    )


@hooks.register("register_admin_urls")
def register_signature_change_urls():
    from .signature_changes import urlpatterns

    return urlpatterns

"""Back office of the charter: versions, taxonomy, signatures and join requests.

Views and viewsets live here; ``wagtail_hooks.py`` only registers them.
"""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.urls import path, reverse
from django.utils import formats
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet

from bildungsallianz.core.backoffice import Panel, PanelItem, StaffMenuItem, StaffOnlyViewSetMixin, staff_view
from bildungsallianz.core.permissions import get_or_404, is_staff_member

from . import selectors, services
from .forms import JoinRequestDecisionForm
from .models import Charter, Commitment, FieldOfAction, Goal, JoinRequest, Principle, Signature, TargetGroup


class CharterViewSet(StaffOnlyViewSetMixin, ModelViewSet):
    model = Charter
    name = "charter_versions"
    icon = "doc-full"
    menu_label = gettext_lazy("Fassungen")
    form_fields = ["title", "version", "preamble", "adopted_on", "is_current"]
    list_display = ["title", "version", "adopted_on", "is_current"]


class PrincipleViewSet(StaffOnlyViewSetMixin, ModelViewSet):
    model = Principle
    icon = "pick"
    form_fields = ["charter", "number", "title", "description"]
    list_display = ["number", "title", "charter"]


class FieldOfActionViewSet(StaffOnlyViewSetMixin, ModelViewSet):
    model = FieldOfAction
    icon = "tag"
    form_fields = ["number", "slug", "title", "description"]
    list_display = ["number", "title"]


class GoalViewSet(StaffOnlyViewSetMixin, ModelViewSet):
    model = Goal
    icon = "list-ul"
    form_fields = ["charter", "field_of_action", "text", "order"]
    list_display = ["text", "field_of_action"]
    list_filter = ["field_of_action"]


class TargetGroupViewSet(StaffOnlyViewSetMixin, ModelViewSet):
    model = TargetGroup
    icon = "group"
    form_fields = ["name", "slug", "order"]
    list_display = ["name", "order"]


class SignatureViewSet(StaffOnlyViewSetMixin, ModelViewSet):
    model = Signature
    icon = "success"
    form_fields = ["charter", "organisation", "signatory_name", "signatory_function", "signed_on", "confirmed"]
    list_display = ["organisation", "charter", "signed_on", "confirmed"]
    list_filter = ["charter", "confirmed"]
    search_fields = ["organisation__name", "signatory_name"]


class CommitmentViewSet(StaffOnlyViewSetMixin, ModelViewSet):
    model = Commitment
    icon = "openquote"
    form_fields = ["organisation", "field_of_action", "text"]
    list_display = ["organisation", "field_of_action"]
    list_filter = ["field_of_action"]


class JoinRequestViewSet(StaffOnlyViewSetMixin, ModelViewSet):
    model = JoinRequest
    icon = "mail"
    add_to_admin_menu = False
    inspect_view_enabled = True
    copy_view_enabled = False
    form_fields = ["state", "decline_reason"]
    list_display = ["organisation_name", "sector", "state", "created_at"]
    list_filter = ["state", "sector"]
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


def _inspect_url(pk) -> str:
    return reverse(join_request_viewset.get_url_name("inspect"), args=[pk])


def _decide(request, join_request, form) -> None:
    """Carry out the chosen decision; German messages for the staff member."""
    action = form.cleaned_data["action"]
    if action == "in_review":
        services.join_request_start_review(join_request=join_request, by=request.user)
        messages.success(request, _("Der Antrag ist jetzt in Prüfung."))
    elif action == "accept":
        organisation = services.join_request_accept(join_request=join_request, by=request.user)
        messages.success(
            request, _("Angenommen: „%(name)s“ ist angelegt, die Einladung ist verschickt.") % {"name": organisation}
        )
    else:
        services.join_request_decline(join_request=join_request, reason=form.cleaned_data["reason"], by=request.user)
        messages.success(request, _("Der Antrag wurde abgelehnt; die antragstellende Person ist informiert."))


@staff_view
def join_request_decide(request, pk):
    """Move a join request on: in review, accepted or declined (with reason)."""
    join_request = get_or_404(JoinRequest.objects.all(), pk=pk)
    form = JoinRequestDecisionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            _decide(request, join_request, form)
        except ValidationError as exc:
            for message in exc.messages:
                messages.error(request, message)
        return redirect(_inspect_url(pk))
    return render(
        request,
        "charter/admin/join_request_decide.html",
        {"join_request": join_request, "form": form, "inspect_url": _inspect_url(pk)},
    )


def join_request_menu_item() -> StaffMenuItem:
    return StaffMenuItem(
        _("Beitrittsanträge"), reverse(join_request_viewset.get_url_name("index")), icon_name="mail", order=150
    )


def join_request_panel(request) -> Panel | None:
    """Start page of the back office: join requests waiting for a decision."""
    if not is_staff_member(request.user):
        return None
    waiting = selectors.open_join_requests()
    items = [
        PanelItem(
            label=join_request.organisation_name,
            url=_inspect_url(join_request.pk),
            detail=_("%(status)s, eingegangen am %(date)s")
            % {
                "status": join_request.get_state_display(),
                "date": formats.date_format(join_request.created_at, "SHORT_DATE_FORMAT"),
            },
        )
        for join_request in waiting[:5]
    ]
    return Panel(
        title=_("Beitrittsanträge, die auf Ihre Entscheidung warten"),
        count=waiting.count(),
        url=reverse(join_request_viewset.get_url_name("index")),
        items=items,
        empty_text=_("Zurzeit wartet kein Beitrittsantrag."),
        order=10,
    )

"""Back office of the cooperation module: working groups, memberships, workshops and
tables as Wagtail model views (staff only), and the dashboard panel of ideas waiting
for evaluation. Registered in wagtail_hooks.py."""

from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet

from bildungsallianz.core.backoffice import Panel, PanelItem, StaffOnlyViewSetMixin

from .models import GroupMembership, Idea, WorkingGroup, Workshop, WorkshopTable


class WorkingGroupViewSet(StaffOnlyViewSetMixin, ModelViewSet):
    model = WorkingGroup
    icon = "group"
    form_fields = ["name", "slug", "purpose", "fields_of_action", "target_groups", "chair", "is_public"]
    list_display = ["name", "is_public", "chair"]


class GroupMembershipViewSet(StaffOnlyViewSetMixin, ModelViewSet):
    model = GroupMembership
    icon = "user"
    form_fields = ["group", "user", "organisation", "joined_on"]
    list_display = ["user", "group", "organisation"]
    list_filter = ["group"]


class WorkshopViewSet(StaffOnlyViewSetMixin, ModelViewSet):
    model = Workshop
    icon = "date"
    form_fields = ["title", "slug", "date", "description", "phase", "dots_per_participant", "code"]
    list_display = ["title", "date", "phase", "code"]


class WorkshopTableViewSet(StaffOnlyViewSetMixin, ModelViewSet):
    model = WorkshopTable
    icon = "table"
    form_fields = ["workshop", "name", "order"]
    list_display = ["name", "workshop", "order"]
    list_filter = ["workshop"]


class CooperationGroup(ViewSetGroup):
    menu_label = gettext_lazy("Zusammenarbeit")
    menu_icon = "group"
    menu_order = 310
    items = (WorkingGroupViewSet, GroupMembershipViewSet, WorkshopViewSet, WorkshopTableViewSet)


def ideas_panel(request):
    """Back-office start page: ideas of workshops in the evaluation phase that wait for a decision."""
    waiting = Idea.objects.open_for_evaluation().filter(workshop__phase=Workshop.Phase.EVALUATING)
    items = [
        PanelItem(label=idea.title, url=idea.get_absolute_url(), detail=idea.workshop.title)
        for idea in waiting.select_related("workshop").order_by("workshop__date", "pk")[:5]
    ]
    return Panel(
        title=_("Ideen zur Bewertung"),
        count=waiting.count(),
        url=reverse("cooperation:group_list"),
        items=items,
        empty_text=_("Keine Idee wartet auf eine Bewertung."),
        order=60,
    )

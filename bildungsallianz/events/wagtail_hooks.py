from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from bildungsallianz.core.backoffice import StaffMenuItem


@hooks.register("register_admin_menu_item")
def register_events_menu_item():
    return StaffMenuItem(_("Veranstaltungen prüfen"), reverse("events:review_list"), icon_name="date", order=450)

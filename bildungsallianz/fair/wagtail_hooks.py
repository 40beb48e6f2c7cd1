from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from bildungsallianz.core.backoffice import StaffMenuItem


@hooks.register("register_admin_menu_item")
def register_fair_menu_item():
    return StaffMenuItem(_("Berufsinformationsbörse"), reverse("fair:editions"), icon_name="group", order=460)

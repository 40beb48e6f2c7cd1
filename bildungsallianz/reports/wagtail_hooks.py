"""Registers the reports back office (views live in backoffice.py)."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from bildungsallianz.core.backoffice import StaffMenuItem

from . import backoffice

admin_urls = (
    [
        path("", backoffice.overview, name="overview"),
        path("vorlage/", backoffice.create_from_template, name="create_from_template"),
        path("<int:pk>/", backoffice.status, name="status"),
        path("<int:pk>/neue-ausgabe/", backoffice.republish, name="republish"),
    ],
    "reports_admin",
)


@hooks.register("register_admin_urls")
def register_report_admin_urls():
    return [path("berichte/", include(admin_urls))]


@hooks.register("register_admin_menu_item")
def register_report_menu_item():
    return StaffMenuItem(_("Berichte"), reverse("reports_admin:overview"), icon_name="doc-full-inverse", order=330)

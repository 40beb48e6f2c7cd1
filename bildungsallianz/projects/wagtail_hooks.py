"""Registers the projects back office (views live in backoffice.py)."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from bildungsallianz.core.backoffice import StaffMenuItem

from . import backoffice

admin_urls = (
    [
        path("", backoffice.portfolio, name="portfolio"),
        path("export/", backoffice.export, name="export"),
        path("import/", backoffice.import_portfolio, name="import"),
    ],
    "projects_admin",
)


@hooks.register("register_admin_urls")
def register_project_admin_urls():
    return [path("projekte/", include(admin_urls))]


@hooks.register("register_admin_menu_item")
def register_project_menu_item():
    return StaffMenuItem(_("Projekte"), reverse("projects_admin:portfolio"), icon_name="tasks", order=320)

"""Registers the search back office (defined in :mod:`.backoffice`) with Wagtail."""

from django.urls import include, path
from wagtail import hooks

from . import backoffice

admin_urls = ([path("", backoffice.search_stats, name="stats")], "search_admin")


@hooks.register("register_admin_urls")
def register_search_admin_urls():
    return [path("suchanfragen/", include(admin_urls))]


@hooks.register("register_admin_menu_item")
def register_search_stats_menu_item():
    return backoffice.stats_menu_item()

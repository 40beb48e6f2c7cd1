"""Registers the Bildungsportal's back office (defined in :mod:`.backoffice`) with Wagtail."""

from django.urls import include, path
from wagtail import hooks

from .backoffice import PortalGroup, admin_urls, review_menu_item


@hooks.register("register_admin_urls")
def register_offer_admin_urls():
    return [path("angebote-pruefen/", include(admin_urls))]


@hooks.register("register_admin_viewset")
def register_portal_viewsets():
    return PortalGroup()


@hooks.register("register_admin_menu_item")
def register_review_menu_item():
    return review_menu_item()

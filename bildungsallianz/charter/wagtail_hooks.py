"""Registers the charter's back office (``backoffice.py``, ``signature_changes.py``) with Wagtail.
Nothing else lives here."""

from wagtail import hooks

from .backoffice import CharterGroup, join_request_menu_item, join_request_viewset


@hooks.register("register_admin_viewset")
def register_charter_viewsets():
    return [CharterGroup(), join_request_viewset]


@hooks.register("register_admin_menu_item")
def register_join_request_menu_item():
    return join_request_menu_item()


@hooks.register("register_admin_urls")
def register_signature_change_urls():
    from .signature_changes import urlpatterns

    return urlpatterns

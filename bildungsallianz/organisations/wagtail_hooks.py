"""Registers the partner back office (``backoffice.py``) with Wagtail. Nothing else lives here."""

from wagtail import hooks

from .backoffice import PartnerGroup


@hooks.register("register_admin_viewset")
def register_partner_viewsets():
    return PartnerGroup()

"""Registers the monitoring back office (defined in :mod:`.backoffice`) with Wagtail."""

from wagtail import hooks

from .backoffice import MonitoringGroup, import_menu_item


@hooks.register("register_admin_viewset")
def register_monitoring_viewsets():
    return [MonitoringGroup()]


@hooks.register("register_admin_menu_item")
def register_import_menu_item():
    return import_menu_item()

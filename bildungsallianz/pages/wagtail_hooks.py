"""Registers the pages app's back office (``backoffice.py``) with Wagtail. Nothing else lives here."""

from wagtail import hooks

from .backoffice import accessibility_feedback_viewset


@hooks.register("register_admin_viewset")
def register_accessibility_feedback_viewset():
    return accessibility_feedback_viewset

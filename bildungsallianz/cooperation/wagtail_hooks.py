"""Registers the cooperation back office (views and viewsets live in backoffice.py)."""

from wagtail import hooks

from .backoffice import CooperationGroup


@hooks.register("register_admin_viewset")
def register_cooperation_viewsets():
    return CooperationGroup()

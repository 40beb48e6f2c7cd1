"""One shape for the Bildungsbüro's back-office code in every app.

- ``staff_view`` wraps a function view: 404 for anyone who is not Bildungsbüro
  staff (or superuser) — also for users who may enter Wagtail's admin through
  another group (Wagtail creates "Editors" and "Moderators" in every install).
- ``StaffMenuItem`` is the one menu item class: shown only to staff.
- ``StaffOnlyViewSetMixin`` puts every view of a Wagtail (Model)ViewSet behind
  ``staff_view`` (Wagtail itself would redirect a non-staff admin user to the
  dashboard with a message; we answer 404 as everywhere else).
- ``Panel`` is what a module's dashboard panel returns for the back-office
  start page (registered through ``core.registry.Component.dashboard_panels``).

Back-office views live in ``<app>/backoffice/`` (or ``<app>/backoffice.py``);
``wagtail_hooks.py`` only registers them.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

from wagtail.admin.menu import MenuItem

from .permissions import is_staff_member, require_staff


def staff_view(view):
    """Decorator for back-office function views: staff only, 404 otherwise."""

    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        require_staff(request.user)
        return view(request, *args, **kwargs)

    return wrapper


class StaffMenuItem(MenuItem):
    """A Wagtail menu item shown only to Bildungsbüro staff."""

    def is_shown(self, request):
        return is_staff_member(request.user)


class StaffOnlyViewSetMixin:
    """Mix into a Wagtail ViewSet: all its URLs answer 404 to anyone but Bildungsbüro staff."""

    def get_urlpatterns(self):
        patterns = super().get_urlpatterns()
        for pattern in patterns:
            pattern.callback = staff_view(pattern.callback)
        return patterns


@dataclass
class PanelItem:
    label: str  # German, e.g. "Beitrittsantrag: Antrag GmbH"
    url: str
    detail: str = ""  # e.g. "eingegangen am 03.11.2026"
    warning: bool = False  # marked (overdue, failed, …)


@dataclass
class Panel:
    """One block of 'what waits for you' on the back-office start page."""

    title: str
    count: int
    url: str = ""  # "show all"
    items: list[PanelItem] = field(default_factory=list)
    empty_text: str = ""
    order: int = 100

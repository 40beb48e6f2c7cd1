"""The Bildungsbüro's start page in the back office (/cms/): a workplace made of the
dashboard panels the modules register (``Component.dashboard_panels`` in ``core/registry.py``).

Core imports no module: it only renders the ``Panel`` objects the registered callables return.
``wagtail_hooks.py`` puts the workplace on Wagtail's start page.
"""

from wagtail.admin.ui.components import Component as UIComponent

from .registry import components


class WorkplacePanel(UIComponent):
    """All registered module panels, in their order, as one block on the start page."""

    name = "workplace"
    order = 10
    template_name = "core/admin/workplace.html"

    def __init__(self, panels):
        self.panels = panels

    def get_context_data(self, parent_context):
        return {"panels": self.panels}


def workplace_panels(request) -> list:
    """Every registered dashboard panel for this request (``None`` answers are left out), in order."""
    panels = [panel for build in components.dashboard_panels() if (panel := build(request)) is not None]
    return sorted(panels, key=lambda panel: panel.order)

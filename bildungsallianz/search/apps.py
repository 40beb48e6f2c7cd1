from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "bildungsallianz.search"
    label = "search"
    verbose_name = _("Suche")

    def ready(self):
        from bildungsallianz.core.registry import Component, components

        components.register(
            Component(
                app_label="search",
                order=45,
                dashboard_panels=("bildungsallianz.search.backoffice.zero_results_panel",),
                matrix_rows="bildungsallianz.search.tests.matrix.ROWS",
            )
        )

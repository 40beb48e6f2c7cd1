from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "bildungsallianz.search"
    label = "search"
    verbose_name = _("Suche")

    def ready(self):
        from bildungsallianz.core.cache import ignore_tables
        from bildungsallianz.core.registry import Component, components

        from .models import SearchStat

        # counted on every search, shown on no public page: must not invalidate the page cache
        ignore_tables(SearchStat._meta.db_table)

        components.register(
            Component(
                app_label="search",
                order=45,
                dashboard_panels=("bildungsallianz.search.backoffice.zero_results_panel",),
                matrix_rows="bildungsallianz.search.tests.matrix.ROWS",
            )
        )

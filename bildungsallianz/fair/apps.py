from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FairConfig(AppConfig):
    name = "bildungsallianz.fair"
    verbose_name = _("Berufsinformationsbörse")

    def ready(self):
        from bildungsallianz.core.registry import Component, components

        components.register(
            Component(
                app_label="fair",
                order=70,
                seed_demo="bildungsallianz.fair.demo.seed",
                dashboard_panels=("bildungsallianz.fair.backoffice.dashboard_panel",),
                matrix_rows="bildungsallianz.fair.tests.matrix.ROWS",
            )
        )

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CooperationConfig(AppConfig):
    name = "bildungsallianz.cooperation"
    label = "cooperation"
    verbose_name = _("Zusammenarbeit")

    def ready(self):
        from bildungsallianz.core.registry import Component, components

        components.register(
            Component(
                app_label="cooperation",
                order=60,
                seed_demo="bildungsallianz.cooperation.demo.seed",
                dashboard_panels=("bildungsallianz.cooperation.backoffice.ideas_panel",),
                matrix_rows="bildungsallianz.cooperation.tests.matrix.ROWS",
                extra={"calendar": "bildungsallianz.cooperation.selectors.public_meetings_between"},
            )
        )

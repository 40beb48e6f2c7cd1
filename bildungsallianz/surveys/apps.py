from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SurveysConfig(AppConfig):
    name = "bildungsallianz.surveys"
    label = "surveys"
    verbose_name = _("Umfragen")

    def ready(self):
        from bildungsallianz.core.registry import Component, components

        components.register(
            Component(
                app_label="surveys",
                order=75,
                seed_demo="bildungsallianz.surveys.demo.seed",
                dashboard_panels=("bildungsallianz.surveys.backoffice.surveys_panel",),
            )
        )

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PagesConfig(AppConfig):
    name = "bildungsallianz.pages"
    verbose_name = _("Seiten")

    def ready(self):
        from bildungsallianz.core.registry import Component, components

        components.register(Component(app_label="pages", order=40, seed_demo="bildungsallianz.pages.demo.seed"))

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PagesConfig(AppConfig):
    name = "bildungsallianz.pages"
    verbose_name = _("Seiten")

    def ready(self):
        from bildungsallianz.core.privacy import PersonalDataSource, personal_data
        from bildungsallianz.core.registry import Component, components

        personal_data.register(
            PersonalDataSource(
                key="pages.accessibilityfeedback",
                label=_("Rückmeldungen zur Barrierefreiheit"),
                find="bildungsallianz.pages.privacy.find_accessibility_feedback",
                erase="bildungsallianz.pages.privacy.erase_accessibility_feedback",
                purge="bildungsallianz.pages.privacy.purge_accessibility_feedback",
                retention=_("Löschung 365 Tage nach Eingang"),
            )
        )
        components.register(Component(app_label="pages", order=40, seed_demo="bildungsallianz.pages.demo.seed"))

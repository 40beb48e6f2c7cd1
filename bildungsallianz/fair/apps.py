from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FairConfig(AppConfig):
    name = "bildungsallianz.fair"
    verbose_name = _("Berufsinformationsbörse")

    def ready(self):
        from bildungsallianz.core.privacy import PersonalDataSource, personal_data

        personal_data.register(
            PersonalDataSource(
                key="fair.contact",
                label=_("Berufsinformationsbörse: Lehrkräfte und Standkontakte"),
                find="bildungsallianz.fair.privacy.find_fair_contacts",
                erase="bildungsallianz.fair.privacy.erase_fair_contacts",
                purge="bildungsallianz.fair.privacy.purge_fair_contacts",
                retention=_("für die Planung der jeweiligen Börse; anonymisiert 30 Tage nach der Börse"),
            )
        )
        from bildungsallianz.core.registry import Component, components

        components.register(
            Component(
                app_label="fair",
                order=70,
                seed_demo="bildungsallianz.fair.demo.seed",
                dashboard_panels=("bildungsallianz.fair.backoffice.dashboard_panel",),
                statistics="bildungsallianz.fair.selectors.key_figures",
                extra={"join_request_accepted": "bildungsallianz.fair.services.exhibitor_from_join_request"},
                matrix_rows="bildungsallianz.fair.tests.matrix.ROWS",
            )
        )

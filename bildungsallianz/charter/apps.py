from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CharterConfig(AppConfig):
    name = "bildungsallianz.charter"
    verbose_name = _("Charta")

    def ready(self):
        from bildungsallianz.core.privacy import PersonalDataSource, personal_data

        personal_data.register(
            PersonalDataSource(
                key="charter.joinrequest",
                label=_("Beitrittsanträge"),
                find="bildungsallianz.charter.privacy.find_join_requests",
                erase="bildungsallianz.charter.privacy.erase_join_requests",
                purge="bildungsallianz.charter.privacy.purge_join_requests",
                retention=_("abgelehnte Anträge: Löschung 180 Tage nach der Entscheidung"),
            )
        )
        personal_data.register(
            PersonalDataSource(
                key="charter.signature",
                label=_("Unterzeichnende Personen"),
                find="bildungsallianz.charter.privacy.find_signatures",
                erase="bildungsallianz.charter.privacy.erase_signatures",
                retention=_("solange die Unterzeichnung der Organisation gilt"),
            )
        )
        from bildungsallianz.core.registry import Component, components

        components.register(
            Component(
                app_label="charter",
                order=30,
                seed_demo="bildungsallianz.charter.demo.seed",
                dashboard_panels=("bildungsallianz.charter.backoffice.join_request_panel",),
                account_notices="bildungsallianz.charter.component.account_notices",
            )
        )

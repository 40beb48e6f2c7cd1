from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CooperationConfig(AppConfig):
    name = "bildungsallianz.cooperation"
    label = "cooperation"
    verbose_name = _("Zusammenarbeit")

    def ready(self):
        from bildungsallianz.core.files import FileKind, file_kinds
        from bildungsallianz.core.privacy import PersonalDataSource, personal_data
        from bildungsallianz.core.registry import Component, components

        personal_data.register(
            PersonalDataSource(
                key="cooperation.participation",
                label=_("Arbeitsgruppen und Werkstätten"),
                find="bildungsallianz.cooperation.privacy.find_participation",
                erase="bildungsallianz.cooperation.privacy.erase_participation",
                retention=_("solange die Person Mitglied ist; Ideen und Aufgaben bleiben ohne Namen erhalten"),
            )
        )

        file_kinds.register(
            FileKind(
                key="arbeitsgruppen",
                can_view="bildungsallianz.cooperation.permissions.can_view_attachment_file",
                referenced="bildungsallianz.cooperation.permissions.attachment_file_names",
            )
        )

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

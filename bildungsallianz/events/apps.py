from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    name = "bildungsallianz.events"
    verbose_name = _("Veranstaltungen")

    def ready(self):
        from bildungsallianz.core.privacy import PersonalDataSource, personal_data

        personal_data.register(
            PersonalDataSource(
                key="events.registration",
                label=_("Anmeldungen zu Veranstaltungen"),
                find="bildungsallianz.events.privacy.find_registrations",
                erase="bildungsallianz.events.privacy.erase_registrations",
                purge="bildungsallianz.events.privacy.purge_registrations",
                retention=_("gelöscht nach der Aufbewahrungsfrist der Veranstaltung"),
            )
        )
        from bildungsallianz.core.files import FileKind, file_kinds

        file_kinds.register(
            FileKind(
                key="veranstaltungsbilder",
                can_view="bildungsallianz.events.permissions.can_view_event_image",
                referenced="bildungsallianz.events.permissions.event_image_names",
            )
        )
        from bildungsallianz.core.registry import Component, Export, components

        components.register(
            Component(
                app_label="events",
                order=60,
                seed_demo="bildungsallianz.events.demo.seed",
                matrix_rows="bildungsallianz.events.tests.matrix.ROWS",
                extra={"calendar": "bildungsallianz.events.selectors.event_calendar_entries"},
                exports=(
                    Export(
                        key="events",
                        label=_("Veranstaltungen"),
                        description=_(
                            "Alle veröffentlichten Veranstaltungen der Bildungsallianz mit Veranstalter, Art, "
                            "Terminen, Ort, Zielgruppen, Handlungsfeldern und Art der Anmeldung."
                        ),
                        rows="bildungsallianz.events.exports.event_table",
                        features="bildungsallianz.events.exports.event_features",
                        modified="bildungsallianz.events.exports.events_modified",
                    ),
                ),
            )
        )

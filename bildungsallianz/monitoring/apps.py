from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MonitoringConfig(AppConfig):
    name = "bildungsallianz.monitoring"
    verbose_name = _("Bildungsmonitoring")

    def ready(self):
        from bildungsallianz.core.files import FileKind, file_kinds
        from bildungsallianz.core.registry import Component, Export, components

        file_kinds.register(
            FileKind(
                key="importe",
                can_view="bildungsallianz.monitoring.permissions.can_view_import_file",
                referenced="bildungsallianz.monitoring.permissions.import_file_names",
            )
        )
        components.register(
            Component(
                app_label="monitoring",
                order=50,
                seed_demo="bildungsallianz.monitoring.demo.seed",
                dashboard_panels=("bildungsallianz.monitoring.backoffice.imports_panel",),
                exports=(
                    Export(
                        key="indicator-values",
                        label=_("Indikatorwerte des Bildungsmonitorings"),
                        description=_(
                            "Jeder veröffentlichte Indikatorwert je Region und Zeitraum, mit der Spalte "
                            "„kennzeichen“ für Sonderwerte der amtlichen Statistik (dann ohne Zahl)."
                        ),
                        rows="bildungsallianz.monitoring.exports.indicator_value_table",
                        themes=("EDUC", "SOCI"),
                        official=True,
                        attribution="bildungsallianz.monitoring.exports.attribution",
                        modified="bildungsallianz.monitoring.exports.indicators_modified",
                    ),
                ),
            )
        )

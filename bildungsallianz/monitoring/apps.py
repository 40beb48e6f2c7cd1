from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MonitoringConfig(AppConfig):
    name = "bildungsallianz.monitoring"
    verbose_name = _("Bildungsmonitoring")

    def ready(self):
        from bildungsallianz.core.files import FileKind, file_kinds

        file_kinds.register(
            FileKind(
                key="importe",
                can_view="bildungsallianz.monitoring.permissions.can_view_import_file",
                referenced="bildungsallianz.monitoring.permissions.import_file_names",
            )
        )

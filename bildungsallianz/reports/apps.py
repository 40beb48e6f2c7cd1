from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReportsConfig(AppConfig):
    name = "bildungsallianz.reports"
    label = "reports"
    verbose_name = _("Berichte")

    def ready(self):
        from bildungsallianz.core.files import FileKind, file_kinds
        from bildungsallianz.core.registry import Component, components

        from . import signals  # noqa: F401 – freezes the data when Wagtail publishes a report

        file_kinds.register(
            FileKind(
                key="berichte",
                can_view="bildungsallianz.reports.permissions.can_view_report_file",
                referenced="bildungsallianz.reports.selectors.report_file_names",
            )
        )
        components.register(
            Component(
                app_label="reports",
                order=90,
                seed_demo="bildungsallianz.reports.demo.seed",
            )
        )

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProjectsConfig(AppConfig):
    name = "bildungsallianz.projects"
    label = "projects"
    verbose_name = _("Projekte")

    def ready(self):
        from bildungsallianz.core.registry import Component, Export, components

        components.register(
            Component(
                app_label="projects",
                order=70,
                seed_demo="bildungsallianz.projects.demo.seed",
                dashboard_panels=("bildungsallianz.projects.backoffice.stale_panel",),
                exports=(
                    Export(
                        key="projekte",
                        label="Projektportfolio",
                        rows="bildungsallianz.projects.exchange.export_rows",
                        public=False,  # staff only: all projects, also internal ones
                    ),
                    Export(
                        key="projects",
                        label=_("Projekte der Bildungsallianz"),
                        description=_(
                            "Die öffentlichen Projekte mit Status, Fortschritt, Partnern und Handlungsfeldern."
                        ),
                        rows="bildungsallianz.projects.exports.project_table",
                        modified="bildungsallianz.projects.exports.projects_modified",
                        themes=("EDUC", "SOCI"),
                    ),
                ),
                matrix_rows="bildungsallianz.projects.tests.matrix.ROWS",
                statistics="bildungsallianz.projects.selectors.key_figures",
                search="bildungsallianz.projects.selectors.search_hints",
                extra={
                    "charter_thread": "bildungsallianz.projects.selectors.charter_thread",
                    "organisation_profile": "bildungsallianz.projects.selectors.organisation_projects_section",
                    "digest": "bildungsallianz.projects.selectors.digest_items",
                },
            )
        )

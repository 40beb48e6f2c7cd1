from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OrganisationsConfig(AppConfig):
    name = "bildungsallianz.organisations"
    verbose_name = _("Partner")

    def ready(self):
        from bildungsallianz.core.privacy import PersonalDataSource, personal_data
        from bildungsallianz.core.registry import Component, Export, components

        personal_data.register(
            PersonalDataSource(
                key="organisations.contact",
                label=_("Ansprechpersonen von Organisationen"),
                find="bildungsallianz.organisations.privacy.find_contacts",
                erase="bildungsallianz.organisations.privacy.erase_contacts",
                retention=_("bis zum Widerruf oder Ende der Partnerschaft"),
            )
        )
        components.register(
            Component(
                app_label="organisations",
                order=20,
                exports=(
                    Export(
                        key="organisations",
                        label=_("Partner der Bildungsallianz"),
                        description=_("Die öffentlichen Partnerorganisationen mit Bereich und Anschrift."),
                        rows="bildungsallianz.organisations.exports.organisation_table",
                        features="bildungsallianz.organisations.exports.organisation_features",
                        modified="bildungsallianz.organisations.exports.organisations_modified",
                        themes=("EDUC", "GOVE"),
                    ),
                ),
            )
        )

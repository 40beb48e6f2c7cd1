from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OrganisationsConfig(AppConfig):
    name = "bildungsallianz.organisations"
    verbose_name = _("Partner")

    def ready(self):
        from bildungsallianz.core.privacy import PersonalDataSource, personal_data

        personal_data.register(
            PersonalDataSource(
                key="organisations.contact",
                label=_("Ansprechpersonen von Organisationen"),
                find="bildungsallianz.organisations.privacy.find_contacts",
                erase="bildungsallianz.organisations.privacy.erase_contacts",
                retention=_("bis zum Widerruf oder Ende der Partnerschaft"),
            )
        )

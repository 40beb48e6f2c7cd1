from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OffersConfig(AppConfig):
    name = "bildungsallianz.offers"
    verbose_name = _("Bildungsportal")

    def ready(self):
        from bildungsallianz.core.files import FileKind, file_kinds
        from bildungsallianz.core.privacy import PersonalDataSource, personal_data
        from bildungsallianz.core.registry import Component, Export, components

        personal_data.register(
            PersonalDataSource(
                key="offers.contact",
                label=_("Ansprechpersonen von Angeboten"),
                find="bildungsallianz.offers.privacy.find_offer_contacts",
                erase="bildungsallianz.offers.privacy.erase_offer_contacts",
                purge="bildungsallianz.offers.privacy.purge_expired_offer_contacts",
                retention=_("abgelaufene Angebote: Kontaktangaben werden nach 365 Tagen geleert"),
            )
        )
        file_kinds.register(
            FileKind(
                key="angebotsbilder",
                can_view="bildungsallianz.offers.permissions.can_view_offer_image",
                referenced="bildungsallianz.offers.permissions.offer_image_names",
            )
        )
        components.register(
            Component(
                app_label="offers",
                order=60,
                seed_demo="bildungsallianz.offers.demo.seed",
                dashboard_panels=(
                    "bildungsallianz.offers.backoffice.review_panel",
                    "bildungsallianz.offers.backoffice.expiring_panel",
                ),
                exports=(
                    Export(
                        key="offers",
                        label=_("Bildungsangebote"),
                        description=_(
                            "Alle veröffentlichten Bildungs- und Berufsorientierungsangebote der Region mit "
                            "Zielgruppen, Handlungsfeldern, Voraussetzungen, Kosten, Terminen und Orten."
                        ),
                        rows="bildungsallianz.offers.exports.offer_table",
                        features="bildungsallianz.offers.exports.offer_features",
                        modified="bildungsallianz.offers.exports.offers_modified",
                    ),
                ),
            )
        )

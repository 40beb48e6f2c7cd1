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
                account_links=_account_links,
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


def _account_links(user):
    """On /konto/: partner editors go from there to their offers."""
    from django.urls import reverse
    from django.utils.translation import gettext

    from bildungsallianz.accounts.selectors import is_editor_anywhere
    from bildungsallianz.core.registry import AccountLink

    if not is_editor_anywhere(user):
        return []
    return [AccountLink(label=gettext("Ihre Angebote"), url=reverse("offers:manage"))]

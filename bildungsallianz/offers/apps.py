from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OffersConfig(AppConfig):
    name = "bildungsallianz.offers"
    verbose_name = _("Bildungsportal")

    def ready(self):
        from bildungsallianz.core.files import FileKind, file_kinds

        file_kinds.register(
            FileKind(
                key="angebotsbilder",
                can_view="bildungsallianz.offers.permissions.can_view_offer_image",
                referenced="bildungsallianz.offers.permissions.offer_image_names",
            )
        )

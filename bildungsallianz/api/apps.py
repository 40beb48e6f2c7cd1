from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ApiConfig(AppConfig):
    name = "bildungsallianz.api"
    label = "api"
    verbose_name = _("Schnittstelle (API) und offene Daten")

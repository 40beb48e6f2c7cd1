from django.apps import AppConfig, apps
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "bildungsallianz.core"
    verbose_name = _("Grundlagen")

    def ready(self):
        from .files import connect_file_cleanup

        connect_file_cleanup(apps.get_models())

        from django.db.backends.signals import connection_created

        from . import cache

        # Infrastructure, not business logic: every connection reports its writes to the content cache.
        connection_created.connect(cache.install, dispatch_uid="content-cache-writes")

        from .registry import Component, components

        components.register(Component(app_label="core", order=0))

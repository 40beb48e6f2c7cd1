from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "bildungsallianz.accounts"
    verbose_name = _("Konten")

    def ready(self):
        from django.contrib.auth.signals import user_logged_in

        from .setup import ensure_staff_group
        from .twofactor import shorten_staff_session

        user_logged_in.connect(shorten_staff_session, dispatch_uid="shorten_staff_session")

        # Set-up, not business logic: make sure the staff group and its rights exist.
        post_migrate.connect(ensure_staff_group, dispatch_uid="ensure_staff_group")

from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "bildungsallianz.accounts"
    verbose_name = _("Konten")

    def ready(self):
        from bildungsallianz.core.privacy import PersonalDataSource, personal_data

        personal_data.register(
            PersonalDataSource(
                key="accounts.user",
                label=_("Benutzerkonten"),
                find="bildungsallianz.accounts.privacy.find_users",
                erase="bildungsallianz.accounts.privacy.erase_users",
                retention=_("bis zur Löschung des Kontos"),
            )
        )
        personal_data.register(
            PersonalDataSource(
                key="accounts.invitation",
                label=_("Einladungen"),
                find="bildungsallianz.accounts.privacy.find_invitations",
                erase="bildungsallianz.accounts.privacy.erase_invitations",
                purge="bildungsallianz.accounts.privacy.purge_invitations",
                retention=_("angenommene oder abgelaufene Einladungen: Löschung nach 90 Tagen"),
            )
        )
        from django.contrib.auth.signals import user_logged_in

        from .setup import ensure_staff_group
        from .twofactor import shorten_staff_session

        user_logged_in.connect(shorten_staff_session, dispatch_uid="shorten_staff_session")

        # Set-up, not business logic: make sure the staff group and its rights exist.
        post_migrate.connect(ensure_staff_group, dispatch_uid="ensure_staff_group")

        from bildungsallianz.core.registry import Component, components

        components.register(Component(app_label="accounts", order=10))

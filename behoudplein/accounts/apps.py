from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "behoudplein.accounts"
    label = "accounts"
    verbose_name = _("Gebruikers")

    def ready(self) -> None:
        from behoudplein.core.retention import register_purger

        from .services import invitation_purge_expired

        register_purger("invitations", lambda now: invitation_purge_expired(now=now))

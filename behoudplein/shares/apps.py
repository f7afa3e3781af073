from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SharesConfig(AppConfig):
    name = "behoudplein.shares"
    label = "shares"
    verbose_name = _("Delen")

    def ready(self) -> None:
        from behoudplein.core.context_processors import register_navigation

        register_navigation(_("Delen"), "shares:dashboard", "shares.use_module", login=True)
        register_navigation(_("Deelbijdragen"), "shares:gallery")

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OrganisationsConfig(AppConfig):
    name = "behoudplein.organisations"
    label = "organisations"
    verbose_name = _("Organisaties en regio's")

    def ready(self) -> None:
        from .cache import connect_signals

        connect_signals()

from django.apps import AppConfig
from django.utils.module_loading import autodiscover_modules
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "behoudplein.core"
    label = "core"
    verbose_name = _("Platform")

    def ready(self) -> None:
        from .audit import audit_erase_old_ip_addresses
        from .retention import register_purger

        autodiscover_modules("permissions")
        register_purger("audit_ip_addresses", lambda now: audit_erase_old_ip_addresses(now=now))

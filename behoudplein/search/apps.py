from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "behoudplein.search"
    label = "search"
    verbose_name = _("Zoeken")

    def ready(self) -> None:
        from django.db.models.signals import post_migrate

        from behoudplein.core.context_processors import register_navigation

        from . import permissions  # noqa: F401 - registers the rules
        from .upkeep import after_migrate

        register_navigation(_("Zoeken"), "search:search")
        post_migrate.connect(after_migrate, sender=self, dispatch_uid="search.after_migrate")

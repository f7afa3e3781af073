from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "behoudplein.search"
    label = "search"
    verbose_name = _("Zoeken")

    def ready(self) -> None:
        from behoudplein.core.context_processors import register_navigation

        from . import permissions  # noqa: F401 - registers the rules

        register_navigation(_("Zoeken"), "search:search")

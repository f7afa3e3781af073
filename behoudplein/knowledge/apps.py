from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class KnowledgeConfig(AppConfig):
    name = "behoudplein.knowledge"
    label = "knowledge"
    verbose_name = _("Kennisbank")

    def ready(self) -> None:
        from behoudplein.core.context_processors import register_navigation

        from . import permissions  # noqa: F401 - registers the rules

        register_navigation(_("Kennisbank"), "knowledge:project_list", position=2)

"""Synonyms in the admin, opened to editors for this model only."""

from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from behoudplein.core.permissions import can

from . import services
from .forms import SynonymAdminForm
from .models import Synonym


@admin.register(Synonym)
class SynonymAdmin(admin.ModelAdmin):
    form = SynonymAdminForm
    list_display = ["term", "alternatives"]
    search_fields = ["term", "alternatives"]

    def _editor(self, request: HttpRequest) -> bool:
        return can(request.user, "search.manage_synonyms")

    def has_module_permission(self, request: HttpRequest) -> bool:
        return self._editor(request)

    def has_view_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return self._editor(request)

    def has_add_permission(self, request: HttpRequest) -> bool:
        return self._editor(request)

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return self._editor(request)

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return self._editor(request)

    def save_model(self, request: HttpRequest, obj: Synonym, form: Any, change: bool) -> None:
        super().save_model(request, obj, form, change)
        services.synonyms_changed()

    def delete_model(self, request: HttpRequest, obj: Synonym) -> None:
        super().delete_model(request, obj)
        services.synonyms_changed()

    def delete_queryset(self, request: HttpRequest, queryset: Any) -> None:
        super().delete_queryset(request, queryset)
        services.synonyms_changed()

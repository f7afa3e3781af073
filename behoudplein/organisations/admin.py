from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from behoudplein.search import services as search_services

from .models import LabourMarketRegion, Organisation, Region


@admin.register(Region)
class RegionAdmin(admin.ModelAdmin):
    list_display = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}
    filter_horizontal = ["labour_market_regions"]

    def save_model(self, request: HttpRequest, obj: Region, form: Any, change: bool) -> None:
        super().save_model(request, obj, form, change)
        search_services.related_changed(obj)  # its name is in its shares' documents


@admin.register(LabourMarketRegion)
class LabourMarketRegionAdmin(admin.ModelAdmin):
    list_display = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Organisation)
class OrganisationAdmin(admin.ModelAdmin):
    list_display = ["name", "kvk_number", "region", "branch", "kind"]
    list_filter = ["region", "branch", "kind"]
    search_fields = ["name", "kvk_number"]

    def save_model(self, request: HttpRequest, obj: Organisation, form: Any, change: bool) -> None:
        super().save_model(request, obj, form, change)
        search_services.related_changed(obj)  # its name, branch and city are in its shares'

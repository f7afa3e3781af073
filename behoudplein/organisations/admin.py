from django.contrib import admin

from .models import LabourMarketRegion, Organisation, Region


@admin.register(Region)
class RegionAdmin(admin.ModelAdmin):
    list_display = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}
    filter_horizontal = ["labour_market_regions"]


@admin.register(LabourMarketRegion)
class LabourMarketRegionAdmin(admin.ModelAdmin):
    list_display = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Organisation)
class OrganisationAdmin(admin.ModelAdmin):
    list_display = ["name", "kvk_number", "region", "branch", "kind"]
    list_filter = ["region", "branch", "kind"]
    search_fields = ["name", "kvk_number"]

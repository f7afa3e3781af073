from django.contrib import admin

from behoudplein.search import services as search_services

from .models import ActivityInvitation, Grant, Reminder, Round, Share, ShareFile, ShareTransition


@admin.register(Round)
class RoundAdmin(admin.ModelAdmin):
    list_display = ["name", "period_start", "period_end", "sharing_deadline"]

    def save_model(self, request, obj, form, change):  # type: ignore[no-untyped-def]
        super().save_model(request, obj, form, change)
        search_services.related_changed(obj)  # its name is in its shares' keys and titles


@admin.register(Grant)
class GrantAdmin(admin.ModelAdmin):
    list_display = ["organisation", "round", "themes", "max_subsidy_eur"]
    list_filter = ["round"]
    search_fields = ["organisation__name", "organisation__kvk_number"]
    autocomplete_fields = ["organisation"]


class ShareTransitionInline(admin.TabularInline):
    model = ShareTransition
    extra = 0
    can_delete = False
    readonly_fields = ["action", "from_status", "to_status", "by", "at", "comment"]

    def has_add_permission(self, request, obj=None):  # type: ignore[no-untyped-def]
        return False


@admin.register(Share)
class ShareAdmin(admin.ModelAdmin):
    """Read-only: every change goes through the services, so it is checked and logged."""

    list_display = ["organisation", "round", "region", "method", "status"]
    list_filter = ["round", "status", "method", "region"]
    search_fields = ["organisation__name"]
    inlines = [ShareTransitionInline]

    def has_change_permission(self, request, obj=None):  # type: ignore[no-untyped-def]
        return False

    def has_add_permission(self, request):  # type: ignore[no-untyped-def]
        return False

    def has_delete_permission(self, request, obj=None):  # type: ignore[no-untyped-def]
        # Deleting here would also bypass the search index, which the services keep.
        return False


admin.site.register(ShareFile)
admin.site.register(ActivityInvitation)


@admin.register(Reminder)
class ReminderAdmin(admin.ModelAdmin):
    list_display = ["organisation", "round", "sent_at", "sent_by"]
    list_filter = ["round"]
    readonly_fields = ["round", "organisation", "sent_at", "sent_by"]

from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from django.utils.translation import gettext_lazy as _

from .models import Invitation, RegionRole, User


class RegionRoleInline(admin.TabularInline):
    model = RegionRole
    extra = 0


@admin.register(User)
class UserAdmin(BaseUserAdmin):
    ordering = ["email"]
    list_display = ["email", "full_name", "organisation", "is_editor", "is_superuser", "is_active"]
    list_filter = ["is_editor", "is_superuser", "is_active", "region_roles__role"]
    search_fields = ["email", "full_name", "organisation__name"]
    inlines = [RegionRoleInline]
    fieldsets = (
        (None, {"fields": ("email", "password")}),
        (_("Persoon"), {"fields": ("full_name", "organisation")}),
        (_("Rollen"), {"fields": ("is_active", "is_editor", "is_superuser")}),
    )
    add_fieldsets = ((None, {"classes": ("wide",), "fields": ("email", "password1", "password2")}),)
    filter_horizontal = ()


@admin.register(Invitation)
class InvitationAdmin(admin.ModelAdmin):
    list_display = ["email", "role", "organisation", "created_at", "expires_at", "accepted_at"]
    readonly_fields = ["nonce", "created_at", "accepted_at", "user", "invited_by"]

from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from behoudplein.core.permissions import can
from behoudplein.search import services as search_services

from . import search_documents
from .models import (
    Activity,
    Lesson,
    LessonTheme,
    LessonThemeRule,
    Outcome,
    Project,
    SourceDocument,
    Tag,
    TagRule,
)


class CuratorPermissions:
    """Editors curate the Kennisbank in the admin through the same rule as on the site."""

    def _curates(self, request: HttpRequest) -> bool:
        return can(request.user, "knowledge.curate")

    def has_module_permission(self, request: HttpRequest) -> bool:
        return self._curates(request)

    def has_view_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return self._curates(request)

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return self._curates(request)

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return self._curates(request)

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return self._curates(request)


class LessonThemeRuleInline(CuratorPermissions, admin.TabularInline):
    model = LessonThemeRule
    extra = 1


@admin.register(LessonTheme)
class LessonThemeAdmin(CuratorPermissions, admin.ModelAdmin):
    list_display = ["name", "order"]
    inlines = [LessonThemeRuleInline]

    # A theme's name is searchable in the documents of the lessons its rules place in it.
    def save_related(self, request: HttpRequest, form: Any, formsets: Any, change: bool) -> None:
        super().save_related(request, form, formsets, change)
        # Only a new name or other rules change what is indexed (not the order).
        if set(form.changed_data) - {"order"} or any(f.has_changed() for f in formsets):
            search_services.related_changed(form.instance)

    def delete_model(self, request: HttpRequest, obj: LessonTheme) -> None:
        super().delete_model(request, obj)
        search_documents.follow_theme(obj)

    def delete_queryset(self, request: HttpRequest, queryset: Any) -> None:
        super().delete_queryset(request, queryset)
        search_documents.follow_theme(None)


class ProjectsFollowDeletes:
    """Deleting records that projects' documents show (a tag's name, a lesson) indexes those
    projects again afterwards; `projects_via` is the lookup from a project to the records."""

    projects_via: str

    def delete_model(self, request: HttpRequest, obj: Any) -> None:
        projects = list(Project.objects.filter(**{self.projects_via: obj}))
        super().delete_model(request, obj)
        search_documents.sync_projects(projects)

    def delete_queryset(self, request: HttpRequest, queryset: Any) -> None:
        projects = list(Project.objects.filter(**{f"{self.projects_via}__in": queryset}).distinct())
        super().delete_queryset(request, queryset)
        search_documents.sync_projects(projects)


@admin.register(TagRule)
class TagRuleAdmin(CuratorPermissions, admin.ModelAdmin):
    list_display = ["tag_name", "kind"]
    list_filter = ["kind"]


@admin.register(Tag)
class TagAdmin(ProjectsFollowDeletes, CuratorPermissions, admin.ModelAdmin):
    list_display = ["name", "kind"]
    list_filter = ["kind"]
    projects_via = "tags"

    # A tag's name is searchable in its projects' documents (see search_documents.follow_tag).
    def save_model(self, request: HttpRequest, obj: Tag, form: Any, change: bool) -> None:
        super().save_model(request, obj, form, change)
        search_services.related_changed(obj)


class ActivityInline(CuratorPermissions, admin.StackedInline):
    model = Activity
    extra = 0


@admin.register(Project)
class ProjectAdmin(CuratorPermissions, admin.ModelAdmin):
    list_display = ["code", "title", "is_published", "updated_at"]
    list_filter = ["is_published", "annex", "tags"]
    search_fields = ["code", "title"]
    filter_horizontal = ["tags"]
    inlines = [ActivityInline]

    # The search index follows admin edits: after the tags (save_related), and on delete.
    def save_related(self, request: HttpRequest, form: Any, formsets: Any, change: bool) -> None:
        super().save_related(request, form, formsets, change)
        search_documents.sync_project(form.instance)

    def delete_model(self, request: HttpRequest, obj: Project) -> None:
        code = obj.code
        super().delete_model(request, obj)
        search_documents.remove_project(code=code)

    def delete_queryset(self, request: HttpRequest, queryset: Any) -> None:
        codes = list(queryset.values_list("code", flat=True))
        super().delete_queryset(request, queryset)
        for code in codes:
            search_documents.remove_project(code=code)


@admin.register(SourceDocument)
class SourceDocumentAdmin(CuratorPermissions, admin.ModelAdmin):
    list_display = ["title", "client", "date", "imported_at"]


@admin.register(Lesson)
class LessonAdmin(ProjectsFollowDeletes, CuratorPermissions, admin.ModelAdmin):
    list_display = ["__str__", "section"]
    list_filter = ["section"]
    search_fields = ["text"]
    projects_via = "lessons"

    def save_related(self, request: HttpRequest, form: Any, formsets: Any, change: bool) -> None:
        super().save_related(request, form, formsets, change)
        search_documents.sync_projects(list(form.instance.projects.all()))


@admin.register(Outcome)
class OutcomeAdmin(CuratorPermissions, admin.ModelAdmin):
    list_display = ["__str__", "activity", "edited_by_editor", "is_removed"]

from django.contrib import admin

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


class LessonThemeRuleInline(admin.TabularInline):
    model = LessonThemeRule
    extra = 1


@admin.register(LessonTheme)
class LessonThemeAdmin(admin.ModelAdmin):
    list_display = ["name", "order"]
    inlines = [LessonThemeRuleInline]


@admin.register(TagRule)
class TagRuleAdmin(admin.ModelAdmin):
    list_display = ["tag_name", "kind"]
    list_filter = ["kind"]


@admin.register(Tag)
class TagAdmin(admin.ModelAdmin):
    list_display = ["name", "kind"]
    list_filter = ["kind"]


class ActivityInline(admin.StackedInline):
    model = Activity
    extra = 0


@admin.register(Project)
class ProjectAdmin(admin.ModelAdmin):
    list_display = ["code", "title", "is_published", "updated_at"]
    list_filter = ["is_published", "annex", "tags"]
    search_fields = ["code", "title"]
    filter_horizontal = ["tags"]
    inlines = [ActivityInline]


@admin.register(SourceDocument)
class SourceDocumentAdmin(admin.ModelAdmin):
    list_display = ["title", "client", "date", "imported_at"]


@admin.register(Lesson)
class LessonAdmin(admin.ModelAdmin):
    list_display = ["__str__", "section"]
    list_filter = ["section"]
    search_fields = ["text"]


@admin.register(Outcome)
class OutcomeAdmin(admin.ModelAdmin):
    list_display = ["__str__", "activity", "edited_by_editor", "is_removed"]

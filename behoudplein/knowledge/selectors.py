"""Reads for the Kennisbank pages and API: named, filtered, with pinned query counts."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from django.db.models import F, Prefetch, Q, QuerySet

from .constants import LessonSection, TagKind, lesson_anchor
from .models import Activity, Lesson, LessonLink, LessonTheme, Outcome, Project, Tag

SORTS = {
    "code": ("toc_position", "code"),
    "titel": ("title",),
    "subsidie": (F("requested_subsidy_eur").desc(nulls_last=True), "code"),
    "subsidie-oplopend": (F("requested_subsidy_eur").asc(nulls_last=True), "code"),
    "start": (F("period_start_date").asc(nulls_last=True), "code"),
    "start-aflopend": (F("period_start_date").desc(nulls_last=True), "code"),
}
# Subsidy size bands (euros) for the filter: name -> (lowest, highest or None).
SUBSIDY_BANDS = {
    "tot-250k": (0, 250_000),
    "250k-1m": (250_000, 1_000_000),
    "vanaf-1m": (1_000_000, None),
}


def _subsidy_filter(band: str) -> Q:
    low, high = SUBSIDY_BANDS[band]
    amount = Q(requested_subsidy_eur__gte=low) | Q(
        requested_subsidy_eur__isnull=True, granted_subsidy_eur__gte=low
    )
    if high is not None:
        amount &= Q(requested_subsidy_eur__lt=high) | Q(
            requested_subsidy_eur__isnull=True, granted_subsidy_eur__lt=high
        )
    return amount


def project_list(*, user: Any, filters: dict[str, Any] | None = None) -> QuerySet[Project]:
    """The project list for a visitor: published only unless the user curates."""
    filters = filters or {}
    projects = Project.objects.visible_to(user).for_list()
    query = (filters.get("q") or "").strip()
    if query:
        projects = projects.filter(
            Q(code__icontains=query) | Q(title__icontains=query) | Q(goal__icontains=query)
        )
    for kind in (TagKind.SECTOR, TagKind.REGION, TagKind.TARGET_GROUP):
        if filters.get(kind.value):
            projects = projects.filter(tags__kind=kind.value, tags__name=filters[kind.value])
    if filters.get("annex"):
        projects = projects.filter(annex=filters["annex"])
    if filters.get("year"):
        year = int(filters["year"])
        projects = projects.filter(
            Q(period_start_date__year__lte=year) | Q(period_start_date__isnull=True),
            Q(period_end_date__year__gte=year) | Q(period_end_date__isnull=True),
        ).exclude(period_start_date__isnull=True, period_end_date__isnull=True)
    if filters.get("subsidy") in SUBSIDY_BANDS:
        projects = projects.filter(_subsidy_filter(filters["subsidy"]))
    order = SORTS.get(filters.get("sort") or "code", SORTS["code"])
    return projects.order_by(*order).distinct()


def filter_options() -> dict[str, Any]:
    tags: dict[str, list[str]] = defaultdict(list)
    for kind, name in (
        Tag.objects.filter(projects__is_published=True).distinct().values_list("kind", "name")
    ):
        tags[kind].append(name)
    annexes = sorted(set(Project.objects.published().values_list("annex", flat=True)) - {""})
    years = sorted(
        {d.year for d in Project.objects.published().dates("period_start_date", "year")}
        | {d.year for d in Project.objects.published().dates("period_end_date", "year")}
    )
    return {
        "sectors": sorted(tags[TagKind.SECTOR]),
        "regions": sorted(tags[TagKind.REGION]),
        "target_groups": sorted(tags[TagKind.TARGET_GROUP]),
        "annexes": annexes,
        "years": list(range(years[0], years[-1] + 1)) if years else [],
        "subsidy_bands": list(SUBSIDY_BANDS),
        "sorts": list(SORTS),
    }


def project_detail(*, user: Any, code: str) -> Project | None:
    return (
        Project.objects.visible_to(user)
        .select_related("source_document")
        .prefetch_related(
            "tags",
            Prefetch(
                "activities",
                queryset=Activity.objects.prefetch_related(
                    Prefetch("outcomes", queryset=Outcome.objects.filter(is_removed=False))
                ),
            ),
            Prefetch("lesson_links", queryset=LessonLink.objects.select_related("lesson")),
        )
        .filter(code=code)
        .first()
    )


def project_lessons(project: Project) -> dict[str, list[str]]:
    """Lessons per section in printed order (uses the prefetched links)."""
    return {
        key: [item.text for item in items] for key, items in project_lesson_items(project).items()
    }


@dataclass(frozen=True)
class LessonItem:
    text: str
    anchor: str  # its fragment on the project page, which search results link to


def project_lesson_items(project: Project) -> dict[str, list[LessonItem]]:
    """Lessons per section in printed order, each with its anchor on the project page."""
    sections: dict[str, list[tuple[int, str]]] = {s.value: [] for s in LessonSection}
    for link in project.lesson_links.all():
        sections[link.lesson.section].append((link.position, link.lesson.text))
    return {
        key: [LessonItem(text, lesson_anchor(key, position)) for position, text in sorted(items)]
        for key, items in sections.items()
    }


def projects_to_compare(*, user: Any, codes: list[str]) -> list[Project]:
    found = {p.code: p for p in (project_detail(user=user, code=code) for code in codes) if p}
    return [found[code] for code in codes if code in found]


@dataclass
class ThemeGroup:
    name: str
    lessons: list[Lesson] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.lessons)


def _matches(keywords: list[str], text: str) -> bool:
    return any(re.search(r"(?<!\w)" + re.escape(k), text) for k in keywords)


def theme_keywords() -> list[tuple[LessonTheme, list[str]]]:
    """Each lesson theme with the keywords of its rules (see `themes_of`)."""
    return [
        (theme, [k for rule in theme.rules.all() for k in rule.keyword_list()])
        for theme in LessonTheme.objects.prefetch_related("rules")
    ]


def themes_of(text: str, themes: list[tuple[LessonTheme, list[str]]]) -> list[LessonTheme]:
    """The themes a lesson's text belongs to: those with a keyword in it."""
    lowered = text.lower()
    return [theme for theme, keywords in themes if keywords and _matches(keywords, lowered)]


def lessons_by_theme(
    *, user: Any, filters: dict[str, Any] | None = None
) -> tuple[list[ThemeGroup], list[Lesson], int]:
    """Lessons grouped by the themes of the rules in the database; plus those in no theme."""
    projects = project_list(user=user, filters={**(filters or {}), "sort": "code"})
    section = (filters or {}).get("section")
    lessons = (
        Lesson.objects.filter(projects__in=projects.values("pk"))
        .distinct()
        .prefetch_related(Prefetch("projects", queryset=Project.objects.order_by("toc_position")))
        .order_by("section", "pk")
    )
    if section in LessonSection.values:
        lessons = lessons.filter(section=section)
    themes = theme_keywords()
    groups = {theme.pk: ThemeGroup(theme.name) for theme, _ in themes}
    unthemed = []
    all_lessons = list(lessons)
    for lesson in all_lessons:
        placed = themes_of(lesson.text, themes)
        for theme in placed:
            groups[theme.pk].lessons.append(lesson)
        if not placed:
            unthemed.append(lesson)
    return list(groups.values()), unthemed, len(all_lessons)


def outcome_portfolio(*, user: Any) -> QuerySet[Outcome]:
    projects = Project.objects.visible_to(user)
    return (
        Outcome.objects.filter(is_removed=False, activity__project__in=projects)
        .select_related("activity", "activity__project")
        .order_by("activity__project__toc_position", "activity__order", "pk")
    )


SHARES_SHOWN = 6


def published_shares(*, limit: int = SHARES_SHOWN) -> list[Any]:
    """The latest published shares of the Delen module (approved, with consent), if built."""
    from django.apps import apps

    if not apps.is_installed("behoudplein.shares"):
        return []
    from behoudplein.shares.selectors import gallery

    return list(gallery(filters={})[:limit])

"""What storing a report's project records reads once, instead of once per record or row.

`project_store_record` looks up the project, its activities, outcomes and lesson links, the
lessons it names, the tag rules and tags, and whether the project is in the search index. For
a report of 43 projects that was some 1,200 small queries; `StoreCache.for_records` reads the
same in a handful, and the cache answers the rest. Entries the services change on the way are
handed out once (projects) or kept up to date by the services (lessons, tags).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from django.db.models import Prefetch

from behoudplein.search import services as search

from .models import Activity, Lesson, LessonLink, Project, Tag, TagRule

LessonKey = tuple[str, str]  # section, text
TagKey = tuple[str, str]  # kind, name


@dataclass(frozen=True)
class CompiledRule:
    kind: str
    tag_name: str
    pattern: re.Pattern[str] | None  # None: a rule without keywords matches nothing


def compile_rule(rule: TagRule) -> CompiledRule:
    keywords = rule.keyword_list()
    if not keywords:
        return CompiledRule(rule.kind, rule.tag_name, None)
    # One alternation instead of one search per keyword; a keyword starts at a word boundary.
    pattern = r"(?<!\w)(?:" + "|".join(re.escape(keyword) for keyword in keywords) + ")"
    return CompiledRule(rule.kind, rule.tag_name, re.compile(pattern))


def _projects_with_children(codes: Iterable[str]) -> list[Project]:
    return list(
        Project.objects.filter(code__in=list(codes)).prefetch_related(
            Prefetch("activities", queryset=Activity.objects.prefetch_related("outcomes")),
            Prefetch("lesson_links", queryset=LessonLink.objects.select_related("lesson")),
        )
    )


class StoreCache:
    def __init__(self) -> None:
        # code -> the stored project with activities (and their outcomes) and lesson links
        # prefetched, or None when it did not exist. Handed out once: what a service changes
        # is read again from the database should the same code come twice.
        self.projects: dict[str, Project | None] = {}
        self.lessons: dict[LessonKey, Lesson] = {}
        self.tags: dict[TagKey, Tag] = {}
        self.indexed: set[str] = set()  # codes of projects in the search index
        self._rules: list[CompiledRule] | None = None
        self._lessons_read: set[LessonKey] = set()
        self._indexed_read: set[str] = set()

    @classmethod
    def for_records(cls, *, codes: Iterable[str], lesson_keys: Iterable[LessonKey]) -> StoreCache:
        cache = cls()
        wanted = set(codes)
        cache.projects = dict.fromkeys(wanted)
        cache.projects.update({p.code: p for p in _projects_with_children(wanted)})
        cache.read_lessons(lesson_keys)
        cache.read_indexed(wanted)
        cache.tag_rules()
        return cache

    def take_project(self, code: str) -> Project | None:
        if code in self.projects:
            return self.projects.pop(code)
        found = _projects_with_children([code])
        return found[0] if found else None

    def read_lessons(self, keys: Iterable[LessonKey]) -> None:
        """Read the lessons with these keys not read yet (the lowest id wins, as `first()`)."""
        unread = set(keys) - self._lessons_read
        if not unread:
            return
        self._lessons_read |= unread
        texts = sorted({text for _, text in unread})
        for start in range(0, len(texts), 500):
            found = Lesson.objects.filter(text__in=texts[start : start + 500]).order_by("pk")
            for lesson in found:
                key = (lesson.section, lesson.text)
                if key in unread:
                    self.lessons.setdefault(key, lesson)

    def forget_lessons(self, pks: set[int]) -> None:
        for key in [key for key, lesson in self.lessons.items() if lesson.pk in pks]:
            del self.lessons[key]

    def tag_rules(self) -> list[CompiledRule]:
        if self._rules is None:
            self._rules = [compile_rule(rule) for rule in TagRule.objects.all()]
            names = {rule.tag_name for rule in self._rules}
            self.tags.update({(t.kind, t.name): t for t in Tag.objects.filter(name__in=names)})
        return self._rules

    def read_indexed(self, codes: Iterable[str]) -> None:
        unread = set(codes) - self._indexed_read
        if not unread:
            return
        self._indexed_read |= unread
        found = search.keys_of(kind="project", code__in=sorted(unread))
        self.indexed |= {key["code"] for key in found}

    def is_indexed(self, code: str) -> bool:
        self.read_indexed([code])
        return code in self.indexed

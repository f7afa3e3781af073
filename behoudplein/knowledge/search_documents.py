"""What the Kennisbank puts in the search index: projects and their lessons (SPEC.md keys).

`sync_project` is called by the Kennisbank's services and admin after every change, so the
index follows imports, edits, (un)publishing and deletion at once.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from django.db.models import Prefetch
from django.utils.text import slugify

from behoudplein.search import services as search
from behoudplein.search.facets import sector_slug
from behoudplein.search.registry import Facets, IndexInput

from .constants import LessonSection, TagKind, lesson_anchor
from .models import Lesson, LessonLink, LessonTheme, Project, Tag
from .selectors import theme_keywords, themes_of

SECTION_LABELS = {
    LessonSection.OBSTACLES.value: "Knelpunt",
    LessonSection.SUCCESS_FACTORS.value: "Succesfactor",
    LessonSection.LESSONS.value: "Les",
}
TITLE_CHARS = 120


def _facets(project: Project) -> Facets:
    tags = list(project.tags.all())
    start = project.period_start_date or project.period_end_date
    return Facets(
        regions=tuple(sorted({slugify(t.name) for t in tags if t.kind == TagKind.REGION})),
        sectors=tuple(sorted({sector_slug(t.name) for t in tags if t.kind == TagKind.SECTOR})),
        year=start.year if start else None,
    )


def _tag_text(project: Project) -> str:
    return " ".join(t.name for t in project.tags.all())


class _ProjectLabels:
    """A project's facets and tag text, worked out once for all the lessons it lends them to;
    and the lesson themes with their keywords, read once for all lessons."""

    def __init__(self) -> None:
        self._facets: dict[int, Facets] = {}
        self._tag_text: dict[int, str] = {}
        self._themes: list[tuple[LessonTheme, list[str]]] | None = None

    def theme_names(self, lesson: Lesson) -> str:
        if self._themes is None:
            self._themes = theme_keywords()
        return " ".join(theme.name for theme in themes_of(lesson.text, self._themes))

    def facets(self, project: Project) -> Facets:
        if project.pk not in self._facets:
            self._facets[project.pk] = _facets(project)
        return self._facets[project.pk]

    def tag_text(self, project: Project) -> str:
        if project.pk not in self._tag_text:
            self._tag_text[project.pk] = _tag_text(project)
        return self._tag_text[project.pk]


def project_input(project: Project) -> IndexInput:
    activities = "\n".join(
        f"{a.title}\n{a.intended}\n{a.realised}" for a in project.activities.all()
    )
    body = "\n".join(
        part
        for part in (
            project.cause,
            project.goal,
            activities,
            project.continuation,
            project.submitter,
            project.executor,
        )
        if part
    )
    codes = " ".join([project.code, project.szw_number, *map(str, project.project_numbers)])
    return IndexInput(
        kind="project",
        key={"code": project.code},
        title=project.title,
        url=project.get_absolute_url(),
        body=body,
        tags=_tag_text(project),
        code=codes,
        facets=_facets(project),
        public=project.is_published,
        context=_period_line(project),
    )


def _period_line(project: Project) -> str:
    """'DW2012 · 2016–2017': the code and the years the project ran, under its title."""
    start, end = project.period_start_date, project.period_end_date
    years = [str(d.year) for d in (start, end) if d]
    period = "–".join(dict.fromkeys(years))
    return " · ".join(part for part in (project.code, period) if part)


def _project_queryset() -> Iterable[Project]:
    return Project.objects.prefetch_related("tags", "activities").order_by("toc_position", "code")


def projects() -> Iterator[IndexInput]:
    for project in _project_queryset():
        yield project_input(project)


# What `lesson_input` reads of a linked project; the long texts stay in the database.
_LINKED_PROJECT_FIELDS = ("code", "title", "is_published", "period_start_date", "period_end_date")


def _lesson_links() -> Prefetch:
    return Prefetch(
        "links",
        queryset=LessonLink.objects.select_related("project")
        .only("lesson", "position", *(f"project__{name}" for name in _LINKED_PROJECT_FIELDS))
        .prefetch_related("project__tags")
        .order_by("project__toc_position", "project__code"),
    )


def lesson_input(lesson: Lesson, labels: _ProjectLabels | None = None) -> IndexInput | None:
    labels = labels or _ProjectLabels()
    links = list(lesson.links.all())
    if not links:
        return None
    first = links[0]
    # The key names the first project (SPEC.md); what a visitor sees and follows — the page,
    # the context line, the facets — comes from the first published one, so a lesson a
    # published project shares with a draft never shows or links to the draft.
    published = [link for link in links if link.project.is_published]
    shown = published[0] if published else first
    visible = published or links  # whose labels and titles a public lesson may carry
    label = SECTION_LABELS.get(lesson.section, "Les")
    text = " ".join(lesson.text.split())
    title = text if len(text) <= TITLE_CHARS else text[:TITLE_CHARS].rsplit(" ", 1)[0] + " …"
    # A lesson is read in its project's context: the projects lend their taxonomy (sector,
    # region, target group) and their titles as labels, so 'netwerk levensmiddelen' finds a
    # lesson on network meetings from a food-industry project. Labels weigh less than a
    # title, so the projects themselves still rank above their lessons.
    projects_text = " ".join(sorted({labels.tag_text(link.project) for link in visible}))
    project_titles = " ".join(sorted({link.project.title for link in visible}))
    # Its themes (the Kennisbank's lessons-by-theme overview) are taxonomy too: 'financiering'
    # finds a lesson on the declaration rules of the subsidy.
    themes = labels.theme_names(lesson)
    return IndexInput(
        kind="lesson",
        key={"code": first.project.code, "section": lesson.section, "index": first.position},
        title=f"{label}: {title}",
        url=f"{shown.project.get_absolute_url()}#{lesson_anchor(lesson.section, shown.position)}",
        body=lesson.text,
        tags=f"{label}\n{themes}\n{projects_text}\n{project_titles}",
        facets=labels.facets(shown.project),
        public=shown.project.is_published,
        # Which project it comes from, as its result links there.
        context=f"{shown.project.code} · {shown.project.title}",
    )


def lessons(queryset: Iterable[Lesson] | None = None) -> Iterator[IndexInput]:
    if queryset is None:
        queryset = Lesson.objects.prefetch_related(_lesson_links()).order_by("pk")
    labels = _ProjectLabels()
    for lesson in queryset:
        item = lesson_input(lesson, labels)
        if item is not None:
            yield item


def sync_project(project: Project) -> None:
    """Index a project and its lessons; drop lesson documents it no longer has."""
    sync_projects([project])


def sync_projects(projects: Iterable[Project]) -> None:
    """`sync_project` for many projects with one index write (an import of a whole report)."""
    codes = [p.code for p in projects]
    if not codes:
        return
    stored = Project.objects.prefetch_related("tags", "activities").filter(code__in=codes)
    items = [project_input(project) for project in stored]
    linked = Lesson.objects.filter(links__project__code__in=codes).distinct().order_by("pk")
    items.extend(lessons(linked.prefetch_related(_lesson_links())))
    search.index_documents(items)
    wanted = {search.natural_key(i.key) for i in items if i.kind == "lesson"}
    for key in search.keys_of(kind="lesson", code__in=codes):
        if search.natural_key(key) not in wanted:
            search.remove_document(kind="lesson", key=key)


def follow_tag(tag: Tag) -> None:
    """A tag's name is in its projects' (and their lessons') documents."""
    sync_projects(list(Project.objects.filter(tags=tag)))


def follow_theme(_theme: LessonTheme | None) -> None:
    """A theme's rules can place any lesson in it: every lesson is indexed again."""
    sync_projects(list(Project.objects.filter(lesson_links__isnull=False).distinct()))


def remove_project(*, code: str) -> None:
    search.remove_document(kind="project", key={"code": code})
    for key in search.keys_of(kind="lesson", code=code):
        search.remove_document(kind="lesson", key=key)


def is_indexed(project: Project) -> bool:
    return bool(search.keys_of(kind="project", code=project.code))

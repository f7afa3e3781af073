"""Every change to the Kennisbank: storing imported project records, editing outcomes."""

from __future__ import annotations

import calendar
import datetime
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

from django.core.exceptions import ValidationError
from django.db import connection, models, transaction

from behoudplein.core.audit import audit_log

from . import search_documents
from .constants import IMPORTED_FIELDS, LessonSection
from .models import Activity, Lesson, LessonLink, Outcome, Project, SourceDocument, Tag
from .outcomes import pair_outcomes
from .store_cache import StoreCache

if TYPE_CHECKING:
    from behoudplein.accounts.models import User

M = TypeVar("M", bound=models.Model)

SECTION_TEXT_FIELDS = ("cause", "goal", "continuation")
LESSON_SECTIONS = tuple(section.value for section in LessonSection)
# Fields that also answer to the publication state: an editor may (un)publish by hand.
WATCHED_FIELDS = (*IMPORTED_FIELDS, "is_published")

CONFLICT = (
    "{code}: veld '{field}' is met de hand gewijzigd sinds de vorige import en is niet "
    "overschreven (nu: {current!r}; in het document: {new!r})."
)


@dataclass
class StoreResult:
    project: Project
    status: str  # created | updated | unchanged
    warnings: list[str] = field(default_factory=list)
    needs_indexing: bool = False  # with index=False: the caller passes it to sync_projects


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return "\n".join(_text(item) for item in value if item)
    if isinstance(value, dict):
        return "\n".join(_text(item) for item in value.values() if item)
    return str(value).strip()


def record_values(record: dict[str, Any], *, draft: bool) -> dict[str, Any]:
    """The Project field values an imported record stands for (JSON-safe)."""
    sections = record.get("sections") or {}
    values: dict[str, Any] = {}
    for name in IMPORTED_FIELDS:
        if name in SECTION_TEXT_FIELDS:
            values[name] = _text(sections.get(name, record.get(name)))
        elif name.endswith(("_eur", "_pct")):
            value = record.get(name)
            values[name] = value if isinstance(value, int) and not isinstance(value, bool) else None
        else:
            values[name] = _text(record.get(name))
    values["is_published"] = not draft
    return values


def _partial_date(text: str, *, end: bool) -> datetime.date | None:
    match = re.fullmatch(r"(\d{4})-(\d{2})(?:-(\d{2}))?", text or "")
    if not match:
        return None
    year, month = int(match[1]), int(match[2])
    if not 1 <= month <= 12:
        return None
    if match[3]:
        try:
            return datetime.date(year, month, int(match[3]))
        except ValueError:
            return None
    day = calendar.monthrange(year, month)[1] if end else 1
    return datetime.date(year, month, day)


def _activities(record: dict[str, Any]) -> list[tuple[str, str, str]]:
    found = (record.get("sections") or {}).get("activities") or []
    result = []
    for item in found:
        if isinstance(item, dict):
            result.append(
                (
                    _text(item.get("title"))[:400],
                    _text(item.get("intended")),
                    _text(item.get("realised")),
                )
            )
        elif item:
            result.append(("", _text(item), ""))
    return result


def _lessons(record: dict[str, Any]) -> list[tuple[str, int, str]]:
    sections = record.get("sections") or {}
    result = []
    for section in LESSON_SECTIONS:
        for position, text in enumerate(sections.get(section) or [], start=1):
            if _text(text):
                result.append((section, position, _text(text)))
    return result


def derive_tags(texts: list[str], *, cache: StoreCache | None = None) -> list[Tag]:
    """Tags whose rule matches the texts; rules live in the database (TagRule)."""
    cache = cache or StoreCache()
    haystack = "\n".join(texts).lower()
    tags = []
    for rule in cache.tag_rules():
        if rule.pattern is None or not rule.pattern.search(haystack):
            continue
        tag = cache.tags.get((rule.kind, rule.tag_name))
        if tag is None:
            tag, _ = Tag.objects.get_or_create(kind=rule.kind, name=rule.tag_name)
            cache.tags[(rule.kind, rule.tag_name)] = tag
        tags.append(tag)
    return tags


def _insert(objects: list[M]) -> list[M]:
    """Insert rows with one statement and get their ids (RETURNING: PostgreSQL, SQLite 3.35+)."""
    if not objects:
        return objects
    if connection.features.can_return_rows_from_bulk_insert:
        return type(objects[0])._default_manager.bulk_create(objects)
    for obj in objects:
        obj.save(force_insert=True)
    return objects


def _sync_activities(
    project: Project, wanted: list[tuple[str, str, str]], *, created: bool
) -> bool:
    # With a StoreCache the activities and their outcomes come prefetched; a project created
    # just now has none to read.
    existing = {} if created else {a.order: a for a in project.activities.all()}
    paired: list[tuple[Activity, set[tuple[str, int]]]] = []  # in document order
    new: list[Activity] = []
    changed: list[Activity] = []
    for order, (title, intended, realised) in enumerate(wanted, start=1):
        activity = existing.pop(order, None)
        if activity is None:
            activity = Activity(
                project=project, order=order, title=title, intended=intended, realised=realised
            )
            new.append(activity)
            paired.append((activity, set()))
        elif (activity.title, activity.intended, activity.realised) != (title, intended, realised):
            activity.title, activity.intended, activity.realised = title, intended, realised
            changed.append(activity)
            # An editor's pairing stays; the others are paired again from the new text.
            kept = {
                (o.unit, o.intended_value) for o in activity.outcomes.all() if o.edited_by_editor
            }
            paired.append((activity, kept))
    if changed:
        Activity.objects.bulk_update(changed, ["title", "intended", "realised"])
        Outcome.objects.filter(activity__in=changed, edited_by_editor=False).delete()
    _insert(new)
    Outcome.objects.bulk_create(
        [outcome for activity, kept in paired for outcome in _new_outcomes(activity, kept)]
    )
    if existing:
        Activity.objects.filter(pk__in=[a.pk for a in existing.values()]).delete()
    return bool(paired or existing)


def _new_outcomes(activity: Activity, kept: set[tuple[str, int]]) -> list[Outcome]:
    return [
        Outcome(
            activity=activity,
            unit=pair.unit,
            intended_value=pair.intended,
            realised_value=pair.realised,
            confidence=pair.confidence,
        )
        for pair in pair_outcomes(activity.intended, activity.realised)
        if (pair.unit, pair.intended) not in kept
    ]


def outcome_pairs_store(*, activity: Activity) -> list[Outcome]:
    """Pair the numbers of an activity's intended and realised text (confident pairs only)."""
    kept = {(o.unit, o.intended_value) for o in activity.outcomes.all()}
    return _insert(_new_outcomes(activity, kept))


def _sync_lessons(
    project: Project, wanted: list[tuple[str, int, str]], *, created: bool, cache: StoreCache
) -> bool:
    # With a StoreCache the links and their lessons come prefetched.
    links = [] if created else list(project.lesson_links.all())
    current = sorted((link.lesson.section, link.position, link.lesson.text) for link in links)
    if current == sorted(wanted):
        return False
    old_lessons = {link.lesson_id for link in links}
    if links:
        LessonLink.objects.filter(project=project).delete()
    # A section printed once for several projects reaches here once per project: the lesson
    # is stored once (same section and text) and linked to each of them.
    keys = list(dict.fromkeys((section, text) for section, _, text in wanted))
    cache.read_lessons(keys)
    new = _insert([Lesson(section=s, text=t) for s, t in keys if (s, t) not in cache.lessons])
    cache.lessons.update({(lesson.section, lesson.text): lesson for lesson in new})
    new_links: dict[int, LessonLink] = {}  # one link per lesson: the first place it is named
    for section, position, text in wanted:
        lesson = cache.lessons[(section, text)]
        new_links.setdefault(
            lesson.pk, LessonLink(lesson=lesson, project=project, position=position)
        )
    LessonLink.objects.bulk_create(new_links.values())
    if old_lessons:
        orphans = set(
            Lesson.objects.filter(pk__in=old_lessons, links__isnull=True).values_list(
                "pk", flat=True
            )
        )
        if orphans:
            Lesson.objects.filter(pk__in=orphans).delete()
            cache.forget_lessons(orphans)
    return True


def project_store_cache(*, records: Iterable[dict[str, Any]]) -> StoreCache:
    """Read at once what storing these project records needs (pass it to each store call)."""
    records = list(records)
    return StoreCache.for_records(
        codes=[code for record in records if (code := _text(record.get("code")))],
        lesson_keys=[(s, text) for record in records for s, _, text in _lessons(record)],
    )


def project_store_record(
    *,
    record: dict[str, Any],
    source_document: SourceDocument | None,
    draft: bool,
    toc_position: int = 0,
    index: bool = True,
    cache: StoreCache | None = None,
) -> StoreResult:
    """Create or update the project of an imported record; hand edits are never overwritten.

    With ``index=False`` the search index is left to the caller, who indexes many projects in
    one batch (`search_documents.sync_projects`) for the ones marked ``needs_indexing``. A
    caller storing many records passes the `project_store_cache` of all of them."""
    code = _text(record.get("code"))
    if not code:
        raise ValidationError("Een projectrecord zonder code kan niet worden opgeslagen.")
    cache = cache or StoreCache()
    values = record_values(record, draft=draft)
    project = cache.take_project(code)
    warnings: list[str] = []
    if project is None:
        project = Project(code=code, imported_values={})
        status = "created"
        for name, value in values.items():
            setattr(project, name, value)
    else:
        status = "unchanged"
        for name, new in values.items():
            current = getattr(project, name)
            if current == new:
                continue
            previous = project.imported_values.get(name, current)
            if current != previous:
                # An editor's choice to (un)publish is kept without a warning: the state is
                # not something the document says.
                if name != "is_published":
                    warnings.append(
                        CONFLICT.format(code=code, field=name, current=current, new=new)
                    )
                continue
            setattr(project, name, new)
            status = "updated"
    imported = {**values, "tags": project.imported_values.get("tags", [])}
    if status == "unchanged" and project.imported_values != imported:
        status = "updated"
    project.period_start_date = _partial_date(project.period_start, end=False)
    project.period_end_date = _partial_date(project.period_end, end=True)
    source_line = record.get("source_line")
    extra = {
        "project_numbers": list(record.get("project_numbers") or []),
        "source_line": source_line if isinstance(source_line, int) else None,
        "toc_position": toc_position,
        "import_warnings": [str(w) for w in record.get("warnings") or []],
        # The id, so comparing does not read the stored project's document.
        "source_document_id": source_document.pk if source_document else None,
    }
    for name, value in extra.items():
        if getattr(project, name) != value:
            setattr(project, name, value)
            status = "updated" if status == "unchanged" else status
    derived = derive_tags(
        [project.title, project.cause, project.goal, project.executor], cache=cache
    )
    derived_names = sorted(f"{tag.kind}:{tag.name}" for tag in derived)
    # Only tags new to this import are added: a tag an editor removed stays removed.
    before = set(imported["tags"] or [])
    added_tags = [t for t in derived if f"{t.kind}:{t.name}" not in before]
    if derived_names != imported["tags"]:
        imported["tags"] = derived_names
        status = "updated" if status == "unchanged" else status
    project.imported_values = imported
    if status != "unchanged":
        project.save()
    if added_tags:
        project.tags.add(*added_tags)
    created = status == "created"
    if _sync_activities(project, _activities(record), created=created) and status == "unchanged":
        status = "updated"
    lessons_changed = _sync_lessons(project, _lessons(record), created=created, cache=cache)
    if lessons_changed and status == "unchanged":
        status = "updated"
    needs_indexing = status != "unchanged" or not cache.is_indexed(code)
    if needs_indexing and index:
        search_documents.sync_project(project)
    return StoreResult(
        project=project,
        status=status,
        warnings=warnings,
        needs_indexing=needs_indexing and not index,
    )


@transaction.atomic
def outcome_update(
    *,
    outcome: Outcome,
    intended_value: int,
    realised_value: int,
    unit: str,
    by: User,
) -> Outcome:
    if intended_value < 0 or realised_value < 0:
        raise ValidationError("Aantallen kunnen niet negatief zijn.")
    if not unit.strip():
        raise ValidationError({"unit": "Vul een eenheid in."})
    before = {"intended": outcome.intended_value, "realised": outcome.realised_value}
    outcome.intended_value = intended_value
    outcome.realised_value = realised_value
    outcome.unit = unit.strip()
    outcome.edited_by_editor = True
    outcome.is_removed = False
    outcome.save()
    audit_log(action="knowledge.outcome_update", actor=by, obj=outcome, details={"before": before})
    return outcome


@transaction.atomic
def outcome_remove(*, outcome: Outcome, by: User) -> Outcome:
    outcome.is_removed = True
    outcome.edited_by_editor = True
    outcome.save(update_fields=["is_removed", "edited_by_editor"])
    audit_log(action="knowledge.outcome_remove", actor=by, obj=outcome)
    return outcome

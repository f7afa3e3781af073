"""Every change to the Kennisbank: storing imported project records, editing outcomes."""

from __future__ import annotations

import calendar
import datetime
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from django.core.exceptions import ValidationError
from django.db import transaction

from behoudplein.core.audit import audit_log

from . import search_documents
from .constants import IMPORTED_FIELDS, LessonSection
from .models import Activity, Lesson, LessonLink, Outcome, Project, SourceDocument, Tag, TagRule
from .outcomes import pair_outcomes

if TYPE_CHECKING:
    from behoudplein.accounts.models import User

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


def derive_tags(texts: list[str]) -> list[Tag]:
    """Tags whose rule matches the texts; rules live in the database (TagRule)."""
    haystack = "\n".join(texts).lower()
    tags = []
    for tag_rule in TagRule.objects.all():
        if any(
            re.search(r"(?<!\w)" + re.escape(keyword), haystack)
            for keyword in tag_rule.keyword_list()
        ):
            tag, _ = Tag.objects.get_or_create(kind=tag_rule.kind, name=tag_rule.tag_name)
            tags.append(tag)
    return tags


def _sync_activities(project: Project, wanted: list[tuple[str, str, str]]) -> bool:
    existing = {activity.order: activity for activity in project.activities.all()}
    changed = False
    for order, (title, intended, realised) in enumerate(wanted, start=1):
        activity = existing.pop(order, None)
        if activity is not None and (activity.title, activity.intended, activity.realised) == (
            title,
            intended,
            realised,
        ):
            continue
        changed = True
        if activity is None:
            activity = Activity.objects.create(
                project=project, order=order, title=title, intended=intended, realised=realised
            )
        else:
            activity.title, activity.intended, activity.realised = title, intended, realised
            activity.save()
            activity.outcomes.filter(edited_by_editor=False).delete()
        outcome_pairs_store(activity=activity)
    if existing:
        changed = True
        Activity.objects.filter(pk__in=[a.pk for a in existing.values()]).delete()
    return changed


def outcome_pairs_store(*, activity: Activity) -> list[Outcome]:
    """Pair the numbers of an activity's intended and realised text (confident pairs only)."""
    kept = {(o.unit, o.intended_value) for o in activity.outcomes.all()}
    created = []
    for pair in pair_outcomes(activity.intended, activity.realised):
        if (pair.unit, pair.intended) in kept:
            continue
        created.append(
            Outcome.objects.create(
                activity=activity,
                unit=pair.unit,
                intended_value=pair.intended,
                realised_value=pair.realised,
                confidence=pair.confidence,
            )
        )
    return created


def _sync_lessons(project: Project, wanted: list[tuple[str, int, str]]) -> bool:
    links = list(project.lesson_links.select_related("lesson"))
    current = sorted((link.lesson.section, link.position, link.lesson.text) for link in links)
    if current == sorted(wanted):
        return False
    old_lessons = {link.lesson_id for link in links}
    project.lesson_links.all().delete()
    for section, position, text in wanted:
        # A section printed once for several projects reaches here once per project: the
        # lesson is stored once (same section and text) and linked to each of them.
        lesson = Lesson.objects.filter(section=section, text=text).first()
        if lesson is None:
            lesson = Lesson.objects.create(section=section, text=text)
        LessonLink.objects.get_or_create(
            lesson=lesson, project=project, defaults={"position": position}
        )
    Lesson.objects.filter(pk__in=old_lessons, links__isnull=True).delete()
    return True


def project_store_record(
    *,
    record: dict[str, Any],
    source_document: SourceDocument | None,
    draft: bool,
    toc_position: int = 0,
    index: bool = True,
) -> StoreResult:
    """Create or update the project of an imported record; hand edits are never overwritten.

    With ``index=False`` the search index is left to the caller, who indexes many projects in
    one batch (`search_documents.sync_projects`) for the ones marked ``needs_indexing``."""
    code = _text(record.get("code"))
    if not code:
        raise ValidationError("Een projectrecord zonder code kan niet worden opgeslagen.")
    values = record_values(record, draft=draft)
    project = Project.objects.filter(code=code).first()
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
        "source_document": source_document,
    }
    for name, value in extra.items():
        if getattr(project, name) != value:
            setattr(project, name, value)
            status = "updated" if status == "unchanged" else status
    project.imported_values = imported
    if status != "unchanged":
        project.save()
    if _sync_activities(project, _activities(record)) and status == "unchanged":
        status = "updated"
    if _sync_lessons(project, _lessons(record)) and status == "unchanged":
        status = "updated"
    derived = derive_tags([project.title, project.cause, project.goal, project.executor])
    derived_names = sorted(f"{tag.kind}:{tag.name}" for tag in derived)
    if derived_names != project.imported_values.get("tags"):
        # Only tags new to this import are added: a tag an editor removed stays removed.
        before = set(project.imported_values.get("tags") or [])
        project.tags.add(*[t for t in derived if f"{t.kind}:{t.name}" not in before])
        project.imported_values = {**project.imported_values, "tags": derived_names}
        project.save(update_fields=["imported_values", "updated_at"])
        status = "updated" if status == "unchanged" else status
    needs_indexing = status != "unchanged" or not search_documents.is_indexed(project)
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

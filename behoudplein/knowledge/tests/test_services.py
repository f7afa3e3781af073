"""Storing imported project records: what a re-import keeps, changes and removes."""

from __future__ import annotations

from typing import Any

import pytest

from behoudplein.knowledge import services
from behoudplein.knowledge.constants import TagKind
from behoudplein.knowledge.models import Activity, Lesson, Outcome, Project, Tag, TagRule

pytestmark = pytest.mark.django_db

MEETINGS = {
    "title": "Bijeenkomsten",
    "intended": "Er waren 10 bijeenkomsten voorzien.",
    "realised": "Er zijn 12 bijeenkomsten georganiseerd.",
}
PARTICIPANTS = {
    "title": "Werving",
    "intended": "Beoogd waren 20 deelnemers.",
    "realised": "Er deden 18 deelnemers mee.",
}
VISITS = {"title": "Bezoeken", "intended": "Bedrijfsbezoeken.", "realised": "Gedaan."}


def record(code: str = "XX1", **sections: Any) -> dict[str, Any]:
    return {
        "kind": "project",
        "code": code,
        "title": sections.pop("title", f"Project {code}"),
        "executor": "Stichting Voorbeeld",
        "sections": {"cause": "Een aanleiding.", "goal": "Een doel.", **sections},
    }


def store(*records: dict[str, Any]) -> list[str]:
    """Store records the way an import does: one cache for all of them."""
    cache = services.project_store_cache(records=records)
    return [
        services.project_store_record(
            record=r, source_document=None, draft=False, toc_position=i, index=False, cache=cache
        ).status
        for i, r in enumerate(records, start=1)
    ]


def activity_ids(code: str = "XX1") -> dict[int, int]:
    return dict(Activity.objects.filter(project__code=code).values_list("order", "pk"))


def outcomes(order: int) -> list[tuple[str, int, int]]:
    found = Outcome.objects.filter(activity__project__code="XX1", activity__order=order)
    return list(found.values_list("unit", "intended_value", "realised_value"))


def test_changed_activity_is_updated_in_place_and_the_others_keep_their_rows():
    store(record(activities=[MEETINGS, PARTICIPANTS, VISITS]))
    before = activity_ids()
    changed = {**PARTICIPANTS, "realised": "Er deden 15 deelnemers mee."}
    assert store(record(activities=[MEETINGS, changed])) == ["updated"]
    assert activity_ids() == {1: before[1], 2: before[2]}
    assert Activity.objects.get(pk=before[2]).realised == "Er deden 15 deelnemers mee."
    assert outcomes(1) == [("bijeenkomsten", 10, 12)]
    assert outcomes(2) == [("deelnemers", 20, 15)]
    assert store(record(activities=[MEETINGS, changed, VISITS])) == ["updated"]
    assert activity_ids()[3] not in before.values()


def test_an_editors_pairing_survives_a_change_of_its_activity():
    store(record(activities=[MEETINGS]))
    edited = Outcome.objects.get()
    edited.realised_value, edited.edited_by_editor = 11, True
    edited.save()
    store(record(activities=[{**MEETINGS, "realised": "Er zijn 13 bijeenkomsten geweest."}]))
    assert list(Outcome.objects.values_list("pk", "realised_value")) == [(edited.pk, 11)]


def test_reimport_without_changes_writes_nothing(django_assert_max_num_queries):
    records = [
        record("XX1", activities=[MEETINGS], obstacles=["Gedeeld knelpunt."]),
        record("XX2", activities=[PARTICIPANTS], obstacles=["Gedeeld knelpunt.", "Eigen."]),
    ]
    store(*records)
    snapshot = list(Project.objects.values_list("code", "updated_at"))
    lessons = list(Lesson.objects.values_list("pk", "text"))
    # Reads only: projects with their activities, outcomes and links, lessons, tag rules,
    # tags and the search index.
    with django_assert_max_num_queries(8):
        assert store(*records) == ["unchanged", "unchanged"]
    assert list(Project.objects.values_list("code", "updated_at")) == snapshot
    assert list(Lesson.objects.values_list("pk", "text")) == lessons


def test_lessons_keep_their_rows_and_go_when_no_project_names_them():
    store(
        record("XX1", obstacles=["Alleen van XX1.", "Gedeeld."]),
        record("XX2", obstacles=["Gedeeld."]),
    )
    ids = dict(Lesson.objects.values_list("text", "pk"))
    store(record("XX1", obstacles=["Gedeeld.", "Nieuw van XX1."]))
    assert dict(Lesson.objects.values_list("text", "pk")) == {
        "Gedeeld.": ids["Gedeeld."],
        "Nieuw van XX1.": Lesson.objects.get(text="Nieuw van XX1.").pk,
    }
    store(record("XX1", obstacles=[]))
    assert list(Lesson.objects.values_list("text", flat=True)) == ["Gedeeld."]
    assert list(Lesson.objects.get().projects.values_list("code", flat=True)) == ["XX2"]


def test_a_lesson_one_project_drops_and_the_next_names_is_stored_again():
    store(record("XX1", lessons=["Van hand tot hand."]), record("XX2"))
    assert store(record("XX1"), record("XX2", lessons=["Van hand tot hand."])) == [
        "updated",
        "updated",
    ]
    lesson = Lesson.objects.get()
    assert list(lesson.projects.values_list("code", flat=True)) == ["XX2"]


def test_the_same_code_twice_in_one_import_updates_the_first():
    first = record("XX1", activities=[MEETINGS], lessons=["Eerste."])
    second = record("XX1", title="Herzien", activities=[MEETINGS, VISITS], lessons=["Tweede."])
    assert store(first, second) == ["created", "updated"]
    project = Project.objects.get()
    assert project.title == "Herzien"
    assert list(project.activities.values_list("order", flat=True)) == [1, 2]
    assert list(Lesson.objects.values_list("text", flat=True)) == ["Tweede."]


def test_a_tag_an_editor_removed_stays_removed():
    TagRule.objects.create(kind=TagKind.SECTOR, tag_name="Testsector", keywords="doel")
    store(record())
    project = Project.objects.get()
    tag = Tag.objects.get(name="Testsector")
    assert tag in project.tags.all()
    project.tags.remove(tag)
    assert store(record()) == ["unchanged"]
    assert tag not in project.tags.all()


@pytest.mark.parametrize(
    "text,matches",
    [("Zorgverlening in de regio.", True), ("Thuiszorg in de regio.", False), ("Bouw", True)],
)
def test_a_tag_keyword_matches_where_a_word_starts(text, matches):
    TagRule.objects.all().delete()
    TagRule.objects.create(kind=TagKind.SECTOR, tag_name="Zorg of bouw", keywords="zorg\nBouw\n")
    TagRule.objects.create(kind=TagKind.SECTOR, tag_name="Leeg", keywords="\n")
    tags = services.derive_tags([text])
    assert [t.name for t in tags] == (["Zorg of bouw"] if matches else [])

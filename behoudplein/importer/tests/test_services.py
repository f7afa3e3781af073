from __future__ import annotations

import pytest

from behoudplein.importer import services
from behoudplein.importer.services import UnknownDocumentType, UnreadableDocument, import_document
from behoudplein.knowledge.models import Lesson, Outcome, Project, SourceDocument

from . import fake_parser
from .fake_parser import REPORT_V1, REPORT_V2

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fake(monkeypatch):
    fake_parser.install(monkeypatch)


def run(data: bytes, **kwargs):
    options = {"dry_run": False, "draft": False, **kwargs}
    return import_document(path_or_bytes=data, **options)


def snapshot():
    return [
        (p.code, p.title, p.direct_costs_eur, p.updated_at, p.is_published)
        for p in Project.objects.order_by("code")
    ]


def test_import_creates_records_published_and_attributed_to_system_user():
    report = run(REPORT_V1)
    assert report.as_json()["document_type"] == "project_evaluation_report"
    assert [r["status"] for r in report.records] == ["created", "created"]
    assert Project.objects.filter(is_published=True).count() == 2
    source = SourceDocument.objects.get()
    assert source.title == "Evaluatie voorbeeld" and len(source.checksum) == 64
    project = Project.objects.get(code="XX1")
    assert project.source_document == source and project.source_line == 2
    assert project.period_end_date.isoformat() == "2018-12-31"
    outcome = Outcome.objects.get(activity__project=project)
    assert (outcome.intended_value, outcome.realised_value) == (10, 12)
    from behoudplein.core.models import AuditLog

    assert AuditLog.objects.get(action="importer.import").actor_label == services.SYSTEM_USER_EMAIL


def test_shared_section_is_stored_once_and_linked_to_each_project():
    run(REPORT_V1)
    shared = Lesson.objects.get(section="success_factors")
    assert sorted(shared.projects.values_list("code", flat=True)) == ["XX1", "XX2"]


def test_reimport_of_the_same_file_changes_nothing():
    run(REPORT_V1)
    before = snapshot()
    report = run(REPORT_V1)
    assert [r["status"] for r in report.records] == ["unchanged", "unchanged"]
    assert snapshot() == before
    assert SourceDocument.objects.count() == 1


def test_new_version_updates_records():
    run(REPORT_V1)
    report = run(REPORT_V2)
    assert [r["status"] for r in report.records] == ["updated", "updated"]
    assert Project.objects.get(code="XX2").direct_costs_eur == 2500
    assert Project.objects.count() == 2


def test_hand_edit_is_not_overwritten_and_reported_with_both_values():
    run(REPORT_V1)
    Project.objects.filter(code="XX1").update(title="Titel van de redactie")
    report = run(REPORT_V2)
    project = Project.objects.get(code="XX1")
    assert project.title == "Titel van de redactie"
    conflict = [w for w in report.warnings if "XX1" in w and "title" in w]
    assert conflict and "Titel van de redactie" in conflict[0]
    assert "Eerste project, herzien" in conflict[0]
    record = next(r for r in report.records if r["code"] == "XX1")
    assert conflict[0] in record["warnings"]


def test_dry_run_writes_nothing():
    report = run(REPORT_V1, dry_run=True)
    assert [r["status"] for r in report.records] == ["created", "created"]
    assert not Project.objects.exists()
    assert not SourceDocument.objects.exists()


def test_draft_keeps_records_unpublished():
    run(REPORT_V1, draft=True)
    assert not Project.objects.filter(is_published=True).exists()


@pytest.mark.parametrize(
    "data,error",
    [
        (b"", UnreadableDocument),
        (bytes(range(256)) * 40, UnreadableDocument),
        (b"Boodschappenlijst\n- melk\n- brood\n", UnknownDocumentType),
    ],
    ids=["empty", "binary", "other-type"],
)
def test_bad_input_raises_a_clear_error_and_writes_nothing(data, error):
    with pytest.raises(error) as caught:
        run(data)
    assert caught.value.message
    assert not Project.objects.exists() and not SourceDocument.objects.exists()


def test_failure_halfway_leaves_nothing_behind(monkeypatch):
    from behoudplein.knowledge import services as knowledge_services

    original = knowledge_services.project_store_record
    calls = []

    def failing(**kwargs):
        calls.append(kwargs["record"]["code"])
        if len(calls) == 2:
            raise RuntimeError("afgebroken")
        return original(**kwargs)

    monkeypatch.setattr(knowledge_services, "project_store_record", failing)
    with pytest.raises(RuntimeError):
        run(REPORT_V1)
    assert not Project.objects.exists()


def test_folder_import_reports_unknown_files(tmp_path):
    (tmp_path / "a.txt").write_bytes(REPORT_V1)
    (tmp_path / "b.txt").write_text("Boodschappenlijst\n- melk\n", encoding="utf-8")
    documents = services.import_path(path=tmp_path, dry_run=False, draft=False)
    assert documents[0]["document_type"] == "project_evaluation_report"
    assert documents[1] == {
        "document_type": "unknown",
        "records": [],
        "warnings": ["onbekend documenttype"],
    }
    assert Project.objects.count() == 2


def test_an_editor_unpublishing_is_kept_silently_on_reimport():
    run(REPORT_V1)
    Project.objects.filter(code="XX1").update(is_published=False)
    report = run(REPORT_V1)
    assert not Project.objects.get(code="XX1").is_published
    assert not report.warnings


@pytest.fixture
def index_writes(monkeypatch):
    """The batches the import hands to the search index."""
    from behoudplein.search import services as search

    batches: list[list] = []
    original = search.index_documents

    def spy(items):
        items = list(items)
        batches.append(items)
        return original(items)

    monkeypatch.setattr(search, "index_documents", spy)
    return batches


def _indexed(kind: str, code: str) -> list:
    from behoudplein.search import services as search

    return search.keys_of(kind=kind, code=code)


def test_import_indexes_all_its_projects_and_lessons_in_one_write(index_writes):
    run(REPORT_V1)
    assert len(index_writes) == 1
    assert sorted(i.kind for i in index_writes[0]).count("project") == 2
    assert _indexed("project", "XX1") and _indexed("project", "XX2")
    assert {k["section"] for k in _indexed("lesson", "XX1")} == {"obstacles", "success_factors"}


def test_reimport_without_changes_does_not_write_the_index(index_writes):
    run(REPORT_V1)
    run(REPORT_V1)
    assert len(index_writes) == 1


def test_reimport_drops_the_lessons_a_project_no_longer_has():
    run(REPORT_V1)
    assert any(k["section"] == "obstacles" for k in _indexed("lesson", "XX1"))
    run(REPORT_V1.replace(b"|De BSN-eis schrikte af.", b"|"))
    assert not any(k["section"] == "obstacles" for k in _indexed("lesson", "XX1"))
    assert _indexed("project", "XX1")


def _report(prefix: str, size: int) -> bytes:
    lines = [f"NEPRAPPORT Rapport {prefix}"]
    lines += [
        f"{prefix}{i}|Project {i}|{1000 + i}|Werk in de ICT.|Knelpunt {i}." for i in range(size)
    ]
    return "\n".join(lines).encode()


def _queries(data: bytes) -> int:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as captured:
        run(data)
    return len(captured.captured_queries)


def test_import_queries_grow_by_a_few_writes_per_project_and_not_per_row():
    # Per new project at most: the project, its tags, activities, outcomes, lessons and links;
    # what exists is read once for the whole report.
    small, large = _queries(_report("A", 5)), _queries(_report("B", 25))
    assert large - small <= 6 * 20
    # An unchanged report only reads, and as much whatever its size.
    assert _queries(_report("A", 5)) == _queries(_report("B", 25)) <= 15

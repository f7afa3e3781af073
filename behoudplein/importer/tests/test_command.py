from __future__ import annotations

import json
from pathlib import Path

import pytest
from django.core.management import call_command

from behoudplein.knowledge.models import Project

from . import fake_parser

pytestmark = pytest.mark.django_db

SEED = (
    Path(__file__).resolve().parents[4] / "shared" / "seeds" / "evaluatie-dwsra-bijlagen-6-7-8.txt"
)


def run(*args, capsys):
    code = 0
    try:
        call_command("import", *[str(a) for a in args])
    except SystemExit as exit_:
        code = exit_.code
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def fake(monkeypatch):
    fake_parser.install(monkeypatch)


def test_json_output_is_one_object_and_progress_goes_to_stderr(tmp_path, fake, capsys):
    path = tmp_path / "rapport.txt"
    path.write_bytes(fake_parser.REPORT_V1)
    code, out, err = run(path, "--json", capsys=capsys)
    assert code == 0
    data = json.loads(out)
    assert set(data) == {"document_type", "records", "warnings"}
    assert data["document_type"] == "project_evaluation_report"
    assert [r["kind"] for r in data["records"]] == ["project", "project"]
    assert "2/2" in err
    assert Project.objects.filter(is_published=True).count() == 2


def test_dry_run_and_draft(tmp_path, fake, capsys):
    path = tmp_path / "rapport.pdf"  # a misleading extension: the content decides
    path.write_bytes(fake_parser.REPORT_V1)
    code, out, _ = run(path, "--json", "--dry-run", capsys=capsys)
    assert code == 0 and not Project.objects.exists()
    assert any("inhoud" in w for w in json.loads(out)["warnings"])
    run(path, "--draft", capsys=capsys)
    assert Project.objects.count() == 2 and not Project.objects.filter(is_published=True).exists()


@pytest.mark.parametrize(
    "content,expected_code,message",
    [
        (b"", 1, "leeg"),
        (bytes(range(256)) * 40, 1, "binair"),
        (b"Boodschappenlijst\n- melk\n- brood\n", 2, "onbekend documenttype"),
    ],
    ids=["empty", "binary", "other-type"],
)
def test_bad_input_exit_codes(tmp_path, fake, capsys, content, expected_code, message):
    path = tmp_path / "bestand.txt"
    path.write_bytes(content)
    code, out, err = run(path, "--json", capsys=capsys)
    assert code == expected_code
    assert message in err and out == ""
    assert not Project.objects.exists()


def test_missing_file_exits_1(tmp_path, capsys):
    code, _, err = run(tmp_path / "ontbreekt.txt", "--json", capsys=capsys)
    assert code == 1 and "kan niet worden gelezen" in err


def test_folder_import(tmp_path, fake, capsys):
    (tmp_path / "a.txt").write_bytes(fake_parser.REPORT_V1)
    (tmp_path / "b.txt").write_text("Boodschappenlijst\n", encoding="utf-8")
    code, out, _ = run(tmp_path, "--json", capsys=capsys)
    assert code == 0
    documents = json.loads(out)["documents"]
    assert len(documents) == 2 and documents[1]["document_type"] == "unknown"


def _real_parser_or_skip():
    if not SEED.is_file():
        pytest.skip("seed document not available")
    pytest.importorskip("behoudplein.importer.parsers.registry")


def test_seed_import_finds_every_toc_project_once_and_reimport_is_a_no_op(capsys):
    _real_parser_or_skip()
    code, out, _ = run(SEED, "--json", capsys=capsys)
    assert code == 0
    records = json.loads(out)["records"]
    codes = [r["code"] for r in records if r["kind"] == "project"]
    assert len(codes) == len(set(codes)) == Project.objects.count() >= 40
    code, out, _ = run(SEED, "--json", capsys=capsys)
    assert {r["status"] for r in json.loads(out)["records"]} == {"unchanged"}


def test_seed_hand_edit_is_reported_on_reimport(capsys):
    _real_parser_or_skip()
    run(SEED, capsys=capsys)
    Project.objects.filter(code="DW2012").update(submitter="Door de redactie aangepast")
    _, out, _ = run(SEED, "--json", capsys=capsys)
    data = json.loads(out)
    conflict = [w for w in data["warnings"] if "DW2012" in w and "submitter" in w]
    assert conflict and "Door de redactie aangepast" in conflict[0]
    assert Project.objects.get(code="DW2012").submitter == "Door de redactie aangepast"


def test_truncated_seed_reports_what_is_missing(tmp_path, capsys):
    _real_parser_or_skip()
    path = tmp_path / "afgebroken.txt"
    path.write_bytes(SEED.read_bytes()[:60_000])
    code, out, _ = run(path, "--json", capsys=capsys)
    data = json.loads(out)
    assert code == 0
    assert any("niet gevonden" in w for w in data["warnings"])
    assert Project.objects.count() == len(data["records"]) < 43

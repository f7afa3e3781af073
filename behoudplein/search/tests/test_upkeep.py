"""`migrate` rebuilds an index that another analysis made (see search/upkeep.py)."""

from __future__ import annotations

import pytest
from django.core.management import call_command

from behoudplein.search import engine, services, upkeep
from behoudplein.search.models import SearchIndexState

from .conftest import add

pytestmark = pytest.mark.django_db


@pytest.fixture
def reindexed(monkeypatch):
    calls = []
    monkeypatch.setattr(services, "reindex", lambda: calls.append(True))
    return calls


def made_by(analyzer: str) -> None:
    SearchIndexState.objects.update_or_create(pk=1, defaults={"analyzer": analyzer})


def test_an_index_made_by_another_analysis_is_rebuilt(reindexed):
    add("project", {"code": "X1"}, "Loopbaancoaches in de zorg")
    made_by("older")
    upkeep.after_migrate(using="default")
    assert reindexed == [True]
    assert SearchIndexState.objects.get(pk=1).analyzer == engine.analyzer_fingerprint()


def test_an_index_made_by_this_analysis_is_left_alone(reindexed):
    add("project", {"code": "X1"}, "Loopbaancoaches in de zorg")
    made_by(engine.analyzer_fingerprint())
    upkeep.after_migrate(using="default")
    assert reindexed == []


def test_an_empty_index_only_records_the_analysis(reindexed):
    made_by("")
    upkeep.after_migrate(using="default")
    assert reindexed == []
    assert SearchIndexState.objects.get(pk=1).analyzer == engine.analyzer_fingerprint()


def test_migrate_runs_the_check(reindexed):
    add("project", {"code": "X1"}, "Loopbaancoaches in de zorg")
    made_by("older")
    call_command("migrate", "search", verbosity=0)
    assert reindexed == [True]


def test_a_full_reindex_records_the_analysis():
    add("project", {"code": "X1"}, "Iets")
    made_by("older")
    services.reindex()
    assert SearchIndexState.objects.get(pk=1).analyzer == engine.analyzer_fingerprint()


def test_the_fingerprint_follows_the_word_data(monkeypatch):
    before = engine.analyzer_fingerprint.__wrapped__()
    assert before == engine.analyzer_fingerprint.__wrapped__()
    real = engine.metadata.version
    monkeypatch.setattr(
        engine.metadata, "version", lambda name: "0.0" if name == "wordfreq" else real(name)
    )
    assert engine.analyzer_fingerprint.__wrapped__() != before


def test_the_fingerprint_follows_the_document_format(monkeypatch):
    before = engine.analyzer_fingerprint.__wrapped__()
    monkeypatch.setattr(engine, "DOCUMENT_FORMAT", engine.DOCUMENT_FORMAT + 1)
    assert engine.analyzer_fingerprint.__wrapped__() != before


def test_the_general_word_data_is_kept_out_of_the_garbage_collectors_walks():
    """A full collection must not walk the word data every search process holds for good."""
    import gc

    from behoudplein.search import engine

    vocabulary = engine._general_vocabulary()
    assert gc.get_freeze_count() > 0
    # The frozen generation is never collected, so its objects are not walked: the word data's
    # tracked containers are among them.
    tracked = [o for o in vars(vocabulary).values() if gc.is_tracked(o)]
    assert tracked
    assert not {id(o) for o in tracked} & {id(o) for o in gc.get_objects()}

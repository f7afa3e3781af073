"""Pairing precision and recall against the hand-labelled pairs of the seed report."""

from __future__ import annotations

from pathlib import Path

import pytest

from .outcome_labels import LABELLED

SEED = (
    Path(__file__).resolve().parents[4] / "shared" / "seeds" / "evaluatie-dwsra-bijlagen-6-7-8.txt"
)


def _lines(all_lines: list[str], span: tuple[int, int] | None) -> str:
    if span is None:
        return ""
    return "\n".join(all_lines[span[0] - 1 : span[1]])


@pytest.fixture(scope="module")
def seed_lines() -> list[str]:
    if not SEED.is_file():
        pytest.skip(f"seed document not available: {SEED}")
    return SEED.read_text(encoding="utf-8").splitlines()


def test_labelled_set_is_large_enough() -> None:
    assert sum(len(case.pairs) for case in LABELLED) >= 25


def test_pairing_precision_and_recall(seed_lines: list[str]) -> None:
    from behoudplein.knowledge.outcomes import pair_outcomes

    expected: set[tuple[str, str, int, int, str]] = set()
    found: set[tuple[str, str, int, int, str]] = set()
    for case in LABELLED:
        key = (case.code, case.activity)
        expected |= {(*key, *pair) for pair in case.pairs}
        intended = _lines(seed_lines, case.intended_lines)
        realised = _lines(seed_lines, case.realised_lines)
        found |= {(*key, p.intended, p.realised, p.unit) for p in pair_outcomes(intended, realised)}
    right = found & expected
    precision = len(right) / len(found) if found else 0.0
    recall = len(right) / len(expected)
    report = f"wrong: {sorted(found - expected)}\nmissed: {sorted(expected - found)}"
    assert precision >= 0.9, f"precision {precision:.2f}\n{report}"
    assert recall >= 0.6, f"recall {recall:.2f}\n{report}"

import datetime

import pytest

from behoudplein.shares.tests.factories import GrantFactory, RoundFactory, ShareFactory


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.VIRUS_SCANNER = "eicar"


@pytest.fixture
def round_t4(db):
    return RoundFactory(
        name="T4",
        period_start=datetime.date(2025, 1, 1),
        period_end=datetime.date(2026, 12, 31),
    )


@pytest.fixture
def grant_a(org_a, round_t4):
    return GrantFactory(organisation=org_a, round=round_t4, max_subsidy_eur=40_000)


@pytest.fixture
def grant_b(org_b, round_t4):
    return GrantFactory(organisation=org_b, round=round_t4, max_subsidy_eur=12_000)


@pytest.fixture
def share_a(org_a, round_t4, grant_a):
    """Org A's concept in region A."""
    return ShareFactory(organisation=org_a, round=round_t4)


@pytest.fixture
def submitted_a(org_a, round_t4, grant_a):
    return ShareFactory(organisation=org_a, round=round_t4, submitted=True)


@pytest.fixture
def published_b(org_b, round_t4, grant_b):
    return ShareFactory(organisation=org_b, round=round_t4, published=True)


@pytest.fixture
def draft_b(org_b, round_t4, grant_b):
    return ShareFactory(organisation=org_b, round=round_t4)

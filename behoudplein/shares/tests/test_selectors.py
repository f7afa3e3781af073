import pytest

from behoudplein.organisations.tests.factories import OrganisationFactory
from behoudplein.shares import selectors
from behoudplein.shares.tests.factories import GrantFactory, ShareFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def crowded_region(region_a, round_t4):
    for n in range(12):
        organisation = OrganisationFactory(region=region_a)
        GrantFactory(organisation=organisation, round=round_t4, max_subsidy_eur=10_000 + n * 2_000)
        if n % 2:
            ShareFactory(organisation=organisation, round=round_t4, submitted=True)


def test_compliance_rows_query_count_is_fixed(
    crowded_region, region_a, round_t4, django_assert_num_queries
):
    with django_assert_num_queries(3):  # grants, shares, last reminders
        rows = selectors.compliance_rows(region=region_a, round=round_t4)
        assert len(rows) == 12
        assert sum(row.has_shared for row in rows) == 6
        assert all(row.organisation.region.name for row in rows)


def test_compliance_filter_not_shared(crowded_region, region_a, round_t4):
    rows = selectors.compliance_rows(
        region=region_a, round=round_t4, filters={"stand": "niet_gedeeld"}
    )
    assert len(rows) == 6 and not any(row.has_shared for row in rows)


def test_gallery_query_count(region_a, round_t4, django_assert_num_queries):
    for _ in range(5):
        ShareFactory(
            organisation=OrganisationFactory(region=region_a), round=round_t4, published=True
        )
    with django_assert_num_queries(1):
        shares = list(selectors.gallery(filters={"regio": region_a.slug, "omvang": "regulier"}))
        assert [s.organisation.region.name for s in shares]
    assert len(shares) == 5


def test_dashboard_only_rounds_with_behoud(org_a, round_t4):
    from behoudplein.shares.tests.factories import RoundFactory

    GrantFactory(organisation=org_a, round=round_t4)
    GrantFactory(organisation=org_a, round=RoundFactory(name="T3"), without_behoud=True)
    rows = selectors.dashboard_rows(organisation=org_a)
    assert [row.round.name for row in rows] == ["T4"]

"""Each predicate for every persona: visitor, member A, member B, lead A, lead B, coordinator
(a member of A outside the matchtafel), editor, administrator."""

import pytest

from behoudplein.core.permissions import can
from behoudplein.core.tests.matrix import PERSONAS
from behoudplein.shares.tests.factories import ShareFactory

pytestmark = pytest.mark.django_db

ALL = set(PERSONAS)
ORG_A = {"member", "coordinator"}


def allowed(persona, rule, obj) -> set[str]:
    return {name for name in PERSONAS if can(persona(name), rule, obj)}


def test_view_concept_of_a(persona, share_a):
    # A concept is the organisation's working copy: not yet for the reviewers.
    assert allowed(persona, "shares.view", share_a) == ORG_A | {"administrator"}
    assert allowed(persona, "shares.dossier", share_a) == ORG_A | {"administrator"}


def test_view_submitted_of_a(persona, share_a):
    share_a.status = "submitted"
    assert allowed(persona, "shares.view", share_a) == ORG_A | {
        "project_lead",
        "editor",
        "administrator",
    }


def test_view_published_is_public(persona, published_b):
    assert allowed(persona, "shares.view", published_b) == ALL


def test_view_concept_shared_in_other_region(persona, org_a, round_t4, grant_a, region_b):
    share = ShareFactory(organisation=org_a, round=round_t4, region=region_b, submitted=True)
    # The lead of the organisation's own region does not see a share made elsewhere.
    assert allowed(persona, "shares.view", share) == ORG_A | {
        "other_project_lead",
        "editor",
        "administrator",
    }
    assert allowed(persona, "shares.review", share) == {"other_project_lead"}


def test_edit_only_own_organisation_while_editable(persona, share_a):
    assert allowed(persona, "shares.edit", share_a) == ORG_A


@pytest.mark.parametrize("status", ["submitted", "approved", "published", "withdrawn"])
def test_nobody_edits_outside_draft(persona, share_a, status):
    share_a.status = status
    assert allowed(persona, "shares.edit", share_a) == set()


def test_changes_requested_is_editable(persona, org_a, round_t4, grant_a):
    share = ShareFactory(organisation=org_a, round=round_t4, changes_requested=True)
    assert allowed(persona, "shares.edit", share) == ORG_A


def test_manage(persona, share_a):
    assert allowed(persona, "shares.manage", share_a) == ORG_A


def test_review_only_lead_of_share_region(persona, submitted_a):
    assert allowed(persona, "shares.review", submitted_a) == {"project_lead"}


def test_unpublish(persona, published_b):
    assert allowed(persona, "shares.unpublish", published_b) == {"other_project_lead", "editor"}


def test_download_follows_view(persona, share_a):
    from behoudplein.shares.models import ShareFile

    share_file = ShareFile(share=share_a, kind="publication", storage_name="x", size=1)
    assert allowed(persona, "shares.download", share_file) == allowed(
        persona, "shares.view", share_a
    )


def test_dossier(persona, share_a):
    share_a.status = "submitted"
    assert allowed(persona, "shares.dossier", share_a) == ORG_A | {"project_lead", "administrator"}


def test_compliance(persona, region_a):
    assert allowed(persona, "shares.compliance", None) == {"project_lead", "other_project_lead"}
    assert allowed(persona, "shares.compliance", region_a) == {"project_lead"}


def test_national(persona):
    assert allowed(persona, "shares.national", None) == {"editor", "administrator"}


def test_start(persona, org_a):
    assert allowed(persona, "shares.start", org_a) == ORG_A


def test_use_module(persona):
    assert allowed(persona, "shares.use_module", None) == {
        "member",
        "other_member",
        "coordinator",
        "project_lead",
        "other_project_lead",
    }


def test_select_for_edition(persona, org_a, round_t4, grant_a):
    share = ShareFactory(organisation=org_a, round=round_t4, approved=True, method="publication")
    assert allowed(persona, "shares.select_for_edition", share) == {"editor"}


def test_manage_grant(persona, org_a):
    assert allowed(persona, "shares.manage_grant", org_a) == {"project_lead", "administrator"}


def test_import_grants(persona):
    assert allowed(persona, "shares.import_grants", None) == {
        "project_lead",
        "other_project_lead",
        "administrator",
    }

"""Every view of the shares app × every persona → the expected status code."""

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage

from behoudplein.core.tests.matrix import Row, matrix_params
from behoudplein.shares.models import ShareFile
from behoudplein.shares.tests.factories import RoundFactory, ShareFactory

VIEWERS_A = {
    "member": 200,
    "coordinator": 200,
    "project_lead": 200,
    "editor": 200,
    "administrator": 200,
}
ORG_A = {"member": 200, "coordinator": 200}
# A concept is the organisation's own working copy: reviewers see it once submitted.
CONCEPT_VIEWERS_A = {**ORG_A, "administrator": 200}
LEADS = {"project_lead": 200, "other_project_lead": 200}
LOGIN = {"anonymous": 302}
MEMBERS_AND_LEADS = {"member": 200, "other_member": 200, "coordinator": 200, **LEADS}
PUBLIC = 200


def stored_file(share):
    name = default_storage.save(
        f"private/shares/{share.pk}/test.pdf", ContentFile(b"%PDF-1.4 test")
    )
    return ShareFile.objects.create(
        share=share,
        kind="publication",
        storage_name=name,
        original_name="publicatie.pdf",
        content_type="application/pdf",
        size=13,
    )


@pytest.fixture
def file_a(share_a):
    return stored_file(share_a)


@pytest.fixture
def file_b(published_b):
    return stored_file(published_b)


@pytest.fixture
def submitted_a(org_a, grant_a):
    return ShareFactory(
        organisation=org_a, round=RoundFactory(name="T2"), submitted=True, method="publication"
    )


@pytest.fixture
def approved_a(org_a, grant_a):
    return ShareFactory(
        organisation=org_a, round=RoundFactory(name="T3"), approved=True, method="publication"
    )


@pytest.fixture
def invitation_a(approved_a, project_lead):
    return approved_a.invitations.create(
        what="Kennisdag", when="2027-01-01", invited_by=project_lead
    )


MATRIX = [
    Row("/delen", {**LOGIN, **MEMBERS_AND_LEADS}),
    Row("/delen/{share_a}", {**LOGIN, **CONCEPT_VIEWERS_A}),
    Row("/delen/{submitted_a}", {**LOGIN, **VIEWERS_A}),
    Row("/delen/{share_a}/bewerken/methode", {**LOGIN, **ORG_A}),
    Row("/delen/{share_a}/bewerken/inhoud", {**LOGIN, **ORG_A}),
    Row("/delen/{share_a}/bewerken/media", {**LOGIN, **ORG_A}),
    Row("/delen/{share_a}/voorbeeld", {**LOGIN, **CONCEPT_VIEWERS_A}),
    Row("/delen/{share_a}/beoordelen", {**LOGIN, "project_lead": 200}),
    Row("/delen/{share_a}/dossier", {**LOGIN, **CONCEPT_VIEWERS_A}),
    Row(
        "/delen/{submitted_a}/dossier",
        {**LOGIN, **ORG_A, "project_lead": 200, "administrator": 200},
    ),
    Row("/delen/{published_b}", {**LOGIN}, default=200),
    Row("/delen/{published_b}/beoordelen", {**LOGIN, "other_project_lead": 200}),
    Row("/delen/regio", {**LOGIN, **LEADS}),
    Row("/delen/regio?export=csv", {**LOGIN, **LEADS}),
    Row("/delen/regio?export=xlsx", {**LOGIN, **LEADS}),
    Row("/delen/landelijk", {**LOGIN, "editor": 200, "administrator": 200}),
    Row("/delen/subsidies/importeren", {**LOGIN, **LEADS, "administrator": 200}),
    Row("/delen/subsidies/toekenning", {**LOGIN, **LEADS, "administrator": 200}),
    Row("/delen/bijlagen/{file_a}", {"anonymous": 404, **CONCEPT_VIEWERS_A}),
    Row("/delen/bijlagen/{file_b}", default=PUBLIC),
    Row("/delen/vragenlijst.pdf", default=PUBLIC),
    Row("/deelbijdragen", default=PUBLIC),
    Row("/deelbijdragen?regio=regio-bravo&omvang=klein&methode=website", default=PUBLIC),
    Row("/deelbijdragen/{published_b}", default=PUBLIC),
    Row("/deelbijdragen/{share_a}", default=404),
    # State changes: allowed ones redirect, the rest are refused.
    # Org B has its own behoud grant, so its member starts its own share.
    Row(
        "/delen/starten/{round_t4}",
        {**LOGIN, "member": 302, "coordinator": 302, "other_member": 302},
        method="post",
    ),
    Row("/delen/{share_a}/indienen", {**LOGIN, "member": 302, "coordinator": 302}, method="post"),
    Row("/delen/{share_a}/intrekken", {**LOGIN, "member": 302, "coordinator": 302}, method="post"),
    Row(
        "/delen/{share_a}/toestemming", {**LOGIN, "member": 302, "coordinator": 302}, method="post"
    ),
    Row(
        "/delen/{share_a}/bewerken/inhoud",
        {**LOGIN, "member": 302, "coordinator": 302},
        method="post",
        data={"summary": "x"},
    ),
    Row(
        "/delen/bijlagen/{file_a}/verwijderen",
        {**LOGIN, "member": 302, "coordinator": 302},
        method="post",
    ),
    Row("/delen/{submitted_a}/goedkeuren", {**LOGIN, "project_lead": 302}, method="post"),
    Row(
        "/delen/{submitted_a}/aanvulling",
        {**LOGIN, "project_lead": 302},
        method="post",
        data={"comment": "Graag meer cijfers"},
    ),
    Row(
        "/delen/{published_b}/depubliceren",
        {**LOGIN, "other_project_lead": 302, "editor": 302},
        method="post",
    ),
    Row(
        "/delen/{approved_a}/uitnodigen",
        {**LOGIN, "project_lead": 302},
        method="post",
        data={"what": "Kennisdag", "when": "2027-02-01"},
    ),
    Row(
        "/delen/uitnodigingen/{invitation_a}/reactie",
        {**LOGIN, "member": 302, "coordinator": 302},
        method="post",
        data={"response": "accepted"},
    ),
    Row("/delen/{approved_a}/selectie", {**LOGIN, "editor": 302}, method="post"),
    Row(
        "/delen/regio/herinnering",
        {**LOGIN, "project_lead": 302, "other_project_lead": 302},
        method="post",
    ),
]


@pytest.mark.django_db
@pytest.mark.parametrize(*matrix_params(MATRIX))
def test_matrix(check_access, row, persona_name, expected, grant_b):
    check_access(row, persona_name, expected)

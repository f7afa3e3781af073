import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from behoudplein.core.models import AuditLog
from behoudplein.shares import services
from behoudplein.shares.constants import Status
from behoudplein.shares.models import ShareTransition
from behoudplein.shares.tests.factories import ShareFactory
from behoudplein.shares.workflow import TRANSITIONS, allowed_actions, execute

pytestmark = pytest.mark.django_db
S = Status


def test_transition_table_is_exactly_the_spec():
    table = {
        name: (set(t.sources), t.target if isinstance(t.target, str) else "approved|published")
        for name, t in TRANSITIONS.items()
    }
    assert table == {
        "submit": ({S.DRAFT, S.CHANGES_REQUESTED}, S.SUBMITTED),
        "request_changes": ({S.SUBMITTED, S.APPROVED}, S.CHANGES_REQUESTED),
        "approve": ({S.SUBMITTED}, "approved|published"),
        "publish": ({S.APPROVED}, S.PUBLISHED),
        "withdraw_consent": ({S.PUBLISHED}, S.APPROVED),
        "unpublish": ({S.PUBLISHED}, S.APPROVED),
        "withdraw": ({S.DRAFT, S.SUBMITTED, S.CHANGES_REQUESTED}, S.WITHDRAWN),
        "reopen": ({S.WITHDRAWN}, S.DRAFT),
    }


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        (S.DRAFT, {"submit", "withdraw"}),
        (S.SUBMITTED, {"request_changes", "approve", "withdraw"}),
        (S.CHANGES_REQUESTED, {"submit", "withdraw"}),
        (S.APPROVED, {"request_changes", "publish"}),
        (S.PUBLISHED, {"withdraw_consent", "unpublish"}),
        (S.WITHDRAWN, {"reopen"}),
    ],
)
def test_allowed_actions_per_state(status, expected):
    assert allowed_actions(ShareFactory.build(status=status)) == expected


def test_the_whole_story_is_recorded(member, project_lead, org_a, round_t4, grant_a):
    share = ShareFactory(organisation=org_a, round=round_t4, complete=True)
    services.share_submit(share=share, by=member)
    services.share_request_changes(share=share, by=project_lead, comment="Meer over resultaten")
    services.share_save_draft(share=share, by=member, changes={"marker_3": "pagina Cijfers"})
    services.share_submit(share=share, by=member)
    services.share_approve(share=share, by=project_lead)
    services.share_set_consent(share=share, by=member, consent=True)
    services.share_unpublish(share=share, by=project_lead, comment="Tijdelijk offline")
    steps = list(
        ShareTransition.objects.filter(share=share).values_list(
            "from_status", "to_status", "by__email"
        )
    )
    assert steps == [
        (S.DRAFT, S.SUBMITTED, member.email),
        (S.SUBMITTED, S.CHANGES_REQUESTED, project_lead.email),
        (S.CHANGES_REQUESTED, S.SUBMITTED, member.email),
        (S.SUBMITTED, S.APPROVED, project_lead.email),
        (S.APPROVED, S.PUBLISHED, member.email),
        (S.PUBLISHED, S.APPROVED, project_lead.email),
    ]
    assert (
        AuditLog.objects.filter(action__startswith="share.", object_id=str(share.pk)).count() >= 7
    )


def test_withdraw_and_reopen_keep_the_same_share(member, share_a):
    services.share_withdraw(share=share_a, by=member)
    assert share_a.status == S.WITHDRAWN
    services.share_reopen(share=share_a, by=member)
    assert share_a.status == S.DRAFT
    assert share_a.transitions.count() == 2


@pytest.mark.parametrize("status", [S.APPROVED, S.PUBLISHED, S.WITHDRAWN])
def test_cannot_withdraw_after_approval(member, org_a, round_t4, grant_a, status):
    share = ShareFactory(organisation=org_a, round=round_t4, complete=True, status=status)
    with pytest.raises(ValidationError) as info:
        services.share_withdraw(share=share, by=member)
    assert "Dit kan niet bij een deelbijdrage met de status" in info.value.messages[0]


def test_cannot_approve_a_draft(project_lead, share_a):
    with pytest.raises(ValidationError):
        services.share_approve(share=share_a, by=project_lead)
    assert share_a.transitions.count() == 0


def test_executor_checks_permission_before_state(other_member, share_a):
    with pytest.raises(PermissionDenied):
        execute(share=share_a, action="withdraw", by=other_member)


def test_editor_may_unpublish(editor, published_b):
    services.share_unpublish(share=published_b, by=editor)
    assert published_b.status == S.APPROVED
    assert published_b.published_at is None


def test_member_cannot_unpublish_but_can_withdraw_consent(other_member, published_b):
    with pytest.raises(PermissionDenied):
        services.share_unpublish(share=published_b, by=other_member)
    services.share_set_consent(share=published_b, by=other_member, consent=False)
    assert published_b.status == S.APPROVED

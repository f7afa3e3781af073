"""Who may open the platform-wide pages, and the core rules themselves.

Every persona of conftest.py against every core URL; then the permission layer's machinery
(`rule`, `can`, `require`, the Django backend) and the audit-log rule at predicate level.
"""

from __future__ import annotations

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import PermissionDenied

from behoudplein.core import permissions
from behoudplein.core.tests.matrix import PERSONAS, Row, matrix_params

ALL_200 = dict.fromkeys(PERSONAS, 200)

MATRIX = [
    Row("/", ALL_200),
    Row("/toegankelijkheid", ALL_200),
    Row("/health", ALL_200),
    Row("/auditlog", {"anonymous": 302, "administrator": 200}),
    Row("/api/v1/", ALL_200),
    Row("/api/v1/openapi.json", ALL_200),
    Row("/api/v1/docs", ALL_200),
    # Django's admin: staff are beheerders and redacteuren; others meet the admin login.
    Row("/beheer/", {"editor": 200, "administrator": 200}, default=302),
    Row("/beheer/accounts/user/", {"editor": 403, "administrator": 200}, default=302),
    Row("/beheer/organisations/organisation/", {"editor": 403, "administrator": 200}, default=302),
]


@pytest.mark.django_db
@pytest.mark.parametrize(*matrix_params(MATRIX))
def test_core_pages(check_access, row, persona_name, expected):
    check_access(row, persona_name, expected)


@pytest.mark.django_db
def test_anonymous_visitor_is_sent_to_login_for_the_audit_log(client):
    response = client.get("/auditlog")
    assert response.status_code == 302
    assert response["Location"].startswith("/inloggen?next=/auditlog")


@pytest.mark.parametrize(
    ("name", "allowed"),
    [
        ("anonymous", False),
        ("member", False),
        ("other_member", False),
        ("project_lead", False),
        ("other_project_lead", False),
        ("coordinator", False),
        ("editor", False),
        ("administrator", True),
    ],
)
@pytest.mark.django_db
def test_rule_view_audit_log(persona, name, allowed):
    assert permissions.can(persona(name), "core.view_audit_log") is allowed


@pytest.mark.django_db
@pytest.mark.django_db
def test_admin_is_in_dutch(client, administrator):
    client.force_login(administrator)
    html = client.get("/beheer/").content.decode()
    assert "Behoudplein beheer" in html
    assert "Uitloggen" in html or "Afmelden" in html


@pytest.mark.django_db
def test_inactive_administrator_loses_every_right(administrator):
    administrator.is_active = False
    assert permissions.can(administrator, "core.view_audit_log") is False
    assert administrator.has_perm("core.view_audit_log") is False


def test_anonymous_user_object_is_treated_as_nobody():
    assert permissions.can(AnonymousUser(), "core.view_audit_log") is False
    assert permissions.can(None, "core.view_audit_log") is False


def test_unknown_rule_is_an_error_not_a_silent_no():
    with pytest.raises(KeyError, match="unknown permission rule"):
        permissions.can(None, "core.does_not_exist")


def test_a_rule_name_cannot_be_defined_twice():
    with pytest.raises(ValueError, match="defined twice"):
        permissions.rule("core.view_audit_log")(lambda user, obj: True)


def test_require_raises_permission_denied():
    with pytest.raises(PermissionDenied):
        permissions.require(None, "core.view_audit_log")


@pytest.mark.django_db
def test_require_passes_silently_when_allowed(administrator):
    assert permissions.require(administrator, "core.view_audit_log") is None


@pytest.mark.django_db
def test_django_has_perm_asks_the_same_rules(administrator, member, org_a):
    assert administrator.has_perm("core.view_audit_log")
    assert not member.has_perm("core.view_audit_log")
    # An object-level rule through Django's API: the member's own organisation only.
    assert not member.has_perm("organisations.change", org_a)
    # Names that are not rules fall through to Django's model permissions.
    assert not member.has_perm("organisations.add_organisation")


def test_every_app_registers_its_rules_at_start_up():
    names = set(permissions.all_rules())
    assert {
        "core.view_audit_log",
        "accounts.view_invitations",
        "accounts.invite",
        "accounts.invite_for_region",
        "accounts.manage_own_account",
        "organisations.view",
        "organisations.create",
        "organisations.change",
        "organisations.view_members",
    } <= names


def test_permissions_command_lists_every_rule(capsys):
    from django.core.management import call_command

    call_command("permissions")
    out = capsys.readouterr().out
    for name in permissions.all_rules():
        assert name in out

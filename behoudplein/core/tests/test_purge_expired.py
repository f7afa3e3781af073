"""`behoudplein purge_expired`: expired invitations and old IP addresses disappear."""

from __future__ import annotations

import datetime
import io

import pytest
from django.core.management import call_command
from django.utils import timezone

from behoudplein.accounts.models import Invitation
from behoudplein.accounts.tests.factories import InvitationFactory
from behoudplein.core.audit import audit_log
from behoudplein.core.models import AuditLog

pytestmark = pytest.mark.django_db

DAY = datetime.timedelta(days=1)


def purge() -> str:
    out = io.StringIO()
    call_command("purge_expired", stdout=out)
    return out.getvalue()


def test_expired_unaccepted_invitations_are_deleted_the_rest_kept(member):
    now = timezone.now()
    expired = InvitationFactory(email="verlopen@example.org", expires_at=now - DAY)
    open_ = InvitationFactory(email="open@example.org", expires_at=now + DAY)
    accepted = InvitationFactory(
        email="geaccepteerd@example.org",
        expires_at=now - 30 * DAY,
        accepted_at=now - 35 * DAY,
        user=member,
    )
    output = purge()
    remaining = set(Invitation.objects.values_list("pk", flat=True))
    assert remaining == {open_.pk, accepted.pk}
    assert expired.pk not in remaining
    assert "invitations: 1" in output


def test_ip_addresses_older_than_the_retention_are_erased_younger_ones_kept(settings, org_a):
    settings.AUDIT_IP_RETENTION_DAYS = 90
    now = timezone.now()
    old = audit_log(action="old", actor=None, obj=org_a, ip_address="192.0.2.1")
    edge = audit_log(action="edge", actor=None, obj=org_a, ip_address="192.0.2.2")
    young = audit_log(action="young", actor=None, obj=org_a, ip_address="192.0.2.3")
    AuditLog.objects.filter(pk=old.pk).update(created_at=now - 91 * DAY)
    AuditLog.objects.filter(pk=edge.pk).update(created_at=now - 89 * DAY)
    AuditLog.objects.filter(pk=young.pk).update(created_at=now - DAY)

    output = purge()

    ips = dict(AuditLog.objects.values_list("action", "ip_address"))
    assert ips == {"old": None, "edge": "192.0.2.2", "young": "192.0.2.3"}
    # The row itself stays: only the personal datum goes.
    assert AuditLog.objects.count() == 3
    assert "audit_ip_addresses: 1" in output


def test_retention_days_are_configurable(settings, org_a):
    settings.AUDIT_IP_RETENTION_DAYS = 7
    row = audit_log(action="x", actor=None, obj=org_a, ip_address="192.0.2.1")
    AuditLog.objects.filter(pk=row.pk).update(created_at=timezone.now() - 8 * DAY)
    purge()
    row.refresh_from_db()
    assert row.ip_address is None


def test_purge_is_idempotent(org_a):
    InvitationFactory(expires_at=timezone.now() - DAY)
    assert "invitations: 1" in purge()
    assert "invitations: 0" in purge()

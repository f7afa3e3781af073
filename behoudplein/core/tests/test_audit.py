"""The audit log: who did what to which object, when and from where; read by beheerders only."""

from __future__ import annotations

import pytest

from behoudplein.core.audit import audit_log, client_ip
from behoudplein.core.models import AuditLog

pytestmark = pytest.mark.django_db


def test_invitation_create_is_logged_with_who_what_object_and_ip(client, project_lead, org_a):
    client.force_login(project_lead)
    client.post(
        "/uitnodigingen/nieuw",
        {"email": "nieuw@example.org", "role": "member", "organisation": org_a.pk},
        REMOTE_ADDR="192.0.2.44",
    )
    row = AuditLog.objects.get(action="invitation.create")
    assert row.actor == project_lead
    assert row.actor_label == project_lead.email
    assert row.object_type == "accounts.invitation"
    assert row.object_repr == "nieuw@example.org"
    assert row.ip_address == "192.0.2.44"
    assert row.details == {"role": "member"}
    assert row.created_at is not None


def test_organisation_change_is_logged(client, project_lead, org_a, region_a):
    client.force_login(project_lead)
    client.post(
        f"/organisaties/{org_a.pk}/bewerken",
        {
            "name": "Nieuwe Naam",
            "kvk_number": "11111111",
            "region": region_a.pk,
            "branch": "vvt",
            "kind": "care",
        },
        REMOTE_ADDR="2001:db8::1",
    )
    row = AuditLog.objects.get(action="organisation.change")
    assert (row.actor, row.object_id, row.object_repr, row.ip_address) == (
        project_lead,
        str(org_a.pk),
        "Nieuwe Naam",
        "2001:db8::1",
    )


def test_system_actions_are_logged_as_systeem(org_a):
    row = audit_log(action="import.run", actor=None, obj=org_a)
    assert row.actor is None
    assert row.actor_label == "systeem"
    assert row.ip_address is None


def test_row_survives_when_the_user_is_deleted(member, org_a):
    audit_log(action="organisation.change", actor=member, obj=org_a)
    member.delete()
    row = AuditLog.objects.get()
    assert row.actor is None
    assert row.actor_label == "member@example.org"


@pytest.mark.parametrize(
    ("meta", "proxies", "expected"),
    [
        ({"REMOTE_ADDR": "10.0.0.5"}, 0, "10.0.0.5"),
        # Without trusted proxies a forged header is ignored.
        ({"REMOTE_ADDR": "10.0.0.5", "HTTP_X_FORWARDED_FOR": "6.6.6.6"}, 0, "10.0.0.5"),
        # Behind one proxy, the address that proxy saw.
        (
            {"REMOTE_ADDR": "10.0.0.1", "HTTP_X_FORWARDED_FOR": "6.6.6.6, 198.51.100.2"},
            1,
            "198.51.100.2",
        ),
        ({}, 0, None),
    ],
)
def test_client_ip(settings, meta, proxies, expected):
    settings.AXES_IPWARE_PROXY_COUNT = proxies
    assert client_ip(meta) == expected


def test_audit_log_page_shows_rows_to_administrators_only(client, administrator, member, org_a):
    audit_log(action="organisation.change", actor=member, obj=org_a, ip_address="192.0.2.1")
    client.force_login(member)
    assert client.get("/auditlog").status_code == 403
    client.force_login(administrator)
    response = client.get("/auditlog")
    assert response.status_code == 200
    html = response.content.decode()
    assert "organisation.change" in html
    assert "member@example.org" in html
    assert "192.0.2.1" in html
    assert "Zorggroep Alfa" in html


def test_audit_log_page_is_newest_first_and_paged(
    client, administrator, org_a, django_assert_max_num_queries
):
    for number in range(60):
        audit_log(action=f"test.{number:02d}", actor=administrator, obj=org_a)
    client.force_login(administrator)
    with django_assert_max_num_queries(8):
        first = client.get("/auditlog")
    rows = list(first.context["page"])
    assert len(rows) == 50
    assert rows[0].action == "test.59"
    second = client.get("/auditlog?pagina=2")
    assert [row.action for row in second.context["page"]][-1] == "test.00"


def test_admin_site_offers_no_way_to_edit_or_delete_rows(client, administrator, org_a):
    row = audit_log(action="organisation.change", actor=administrator, obj=org_a)
    client.force_login(administrator)
    assert client.get("/beheer/core/auditlog/").status_code == 200
    assert client.get("/beheer/core/auditlog/add/").status_code == 403
    assert (
        client.post(f"/beheer/core/auditlog/{row.pk}/delete/", {"post": "yes"}).status_code == 403
    )
    assert AuditLog.objects.filter(pk=row.pk).exists()

"""The one way to write the audit log. Services call `audit_log(...)`; views pass the IP along."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.db import models
from django.utils import timezone

from .models import AuditLog

if TYPE_CHECKING:
    from behoudplein.accounts.models import User


def audit_log(
    *,
    action: str,
    actor: User | None,
    obj: models.Model | None = None,
    ip_address: str | None = None,
    details: dict[str, Any] | None = None,
) -> AuditLog:
    return AuditLog.objects.create(
        action=action,
        actor=actor if actor is not None and actor.pk else None,
        actor_label=actor.email if actor is not None and actor.pk else "systeem",
        object_type=obj._meta.label_lower if obj is not None else "",
        object_id=str(obj.pk) if obj is not None else "",
        object_repr=str(obj)[:255] if obj is not None else "",
        ip_address=ip_address or None,
        details=details or {},
    )


def audit_erase_old_ip_addresses(*, now: datetime.datetime | None = None) -> int:
    """AVG: IP addresses are kept only as long as needed to investigate abuse."""
    now = now or timezone.now()
    cutoff = now - datetime.timedelta(days=settings.AUDIT_IP_RETENTION_DAYS)
    return AuditLog.objects.with_ip_older_than(cutoff).update(ip_address=None)


def client_ip(meta: dict[str, Any]) -> str | None:
    """The client address as the proxy reports it (PROXY_COUNT trusted hops) or the socket's."""
    proxies = getattr(settings, "AXES_IPWARE_PROXY_COUNT", 0)
    forwarded = meta.get("HTTP_X_FORWARDED_FOR", "")
    if proxies and forwarded:
        hops = [h.strip() for h in forwarded.split(",") if h.strip()]
        if len(hops) >= proxies:
            return hops[-proxies]
    remote = meta.get("REMOTE_ADDR")
    return str(remote) if remote else None

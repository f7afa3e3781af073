"""The states of a share and the allowed transitions, as data, plus the one executor.

Like Wagtail's actions: a transition names where it may start, where it ends, and which
permission rule the actor must pass; `execute` checks all three, changes, records and logs.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from behoudplein.core.audit import audit_log
from behoudplein.core.permissions import require

from .constants import Status
from .models import Share, ShareTransition

if TYPE_CHECKING:
    from behoudplein.accounts.models import User

S = Status


@dataclass(frozen=True)
class Transition:
    name: str
    label: Any
    sources: frozenset[str]
    target: str | Callable[[Share], str]
    rule: str

    def target_for(self, share: Share) -> str:
        return self.target(share) if callable(self.target) else self.target


def _approved_or_published(share: Share) -> str:
    """Approval publishes at once when the organisation has consented."""
    return S.PUBLISHED if share.consent_to_publish else S.APPROVED


TRANSITIONS: dict[str, Transition] = {
    t.name: t
    for t in [
        Transition(
            "submit",
            gettext_lazy("Ingediend"),
            frozenset({S.DRAFT, S.CHANGES_REQUESTED}),
            S.SUBMITTED,
            "shares.edit",
        ),
        Transition(
            "request_changes",
            gettext_lazy("Aanvulling gevraagd"),
            frozenset({S.SUBMITTED, S.APPROVED}),
            S.CHANGES_REQUESTED,
            "shares.review",
        ),
        Transition(
            "approve",
            gettext_lazy("Goedgekeurd"),
            frozenset({S.SUBMITTED}),
            _approved_or_published,
            "shares.review",
        ),
        Transition(
            "publish",
            gettext_lazy("Gepubliceerd na toestemming"),
            frozenset({S.APPROVED}),
            S.PUBLISHED,
            "shares.manage",
        ),
        Transition(
            "withdraw_consent",
            gettext_lazy("Toestemming ingetrokken"),
            frozenset({S.PUBLISHED}),
            S.APPROVED,
            "shares.manage",
        ),
        Transition(
            "unpublish",
            gettext_lazy("Publicatie teruggedraaid"),
            frozenset({S.PUBLISHED}),
            S.APPROVED,
            "shares.unpublish",
        ),
        Transition(
            "withdraw",
            gettext_lazy("Ingetrokken"),
            frozenset({S.DRAFT, S.SUBMITTED, S.CHANGES_REQUESTED}),
            S.WITHDRAWN,
            "shares.manage",
        ),
        Transition(
            "reopen",
            gettext_lazy("Heropend als concept"),
            frozenset({S.WITHDRAWN}),
            S.DRAFT,
            "shares.manage",
        ),
    ]
}


def allowed_actions(share: Share) -> set[str]:
    return {name for name, t in TRANSITIONS.items() if share.status in t.sources}


def execute(
    *,
    share: Share,
    action: str,
    by: User,
    comment: str = "",
    before_save: Callable[[Share], None] | None = None,
) -> Share:
    """Check, change, record and log one transition; callers wrap it in their transaction."""
    transition = TRANSITIONS[action]
    require(by, transition.rule, share)
    if share.status not in transition.sources:
        raise ValidationError(
            _("Dit kan niet bij een deelbijdrage met de status ‘%(status)s’.")
            % {"status": share.get_status_display()},
            code="invalid_transition",
        )
    with transaction.atomic():
        from_status = share.status
        share.status = transition.target_for(share)
        now = timezone.now()
        if share.status == S.SUBMITTED:
            share.submitted_at = now
        if share.status == S.PUBLISHED:
            share.published_at = now
        elif from_status == S.PUBLISHED:
            share.published_at = None
        if before_save is not None:
            before_save(share)
        share.save()
        ShareTransition.objects.create(
            share=share,
            action=action,
            from_status=from_status,
            to_status=share.status,
            by=by,
            comment=comment,
        )
        _sync_search(share)
        audit_log(
            action=f"share.{action}",
            actor=by,
            obj=share,
            details={"from": from_status, "to": share.status, "comment": comment},
        )
    return share


def _sync_search(share: Share) -> None:
    """The search index follows every transition (an unpublished share leaves it at once)."""
    from .search_documents import sync_share

    sync_share(share)

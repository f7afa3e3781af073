"""Every change to a share goes through one of these functions (views, API, CLI alike)."""

from __future__ import annotations

import datetime
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from behoudplein.accounts.constants import Role
from behoudplein.accounts.models import User
from behoudplein.core.audit import audit_log
from behoudplein.core.mail import send_mail_on_commit
from behoudplein.core.permissions import require
from behoudplein.organisations.models import Organisation

from . import files
from .constants import AgreementDecision, InvitationResponse, Method, Status
from .models import ActivityInvitation, Grant, Reminder, Round, Share
from .rules import submission_errors
from .search_documents import sync_share
from .workflow import execute

# Fields the organisation fills in while the share is a concept.
DRAFT_FIELDS = frozenset(
    {
        "region",
        "region_reason",
        "method",
        *(f"answer_{n}" for n in range(1, 6)),
        "summary",
        *(f"marker_{n}" for n in range(1, 6)),
        "people_reached",
        "people_retained",
        "url",
        "video_url",
    }
)


def grant_for(*, share: Share) -> Grant | None:
    return Grant.objects.filter(organisation_id=share.organisation_id, round=share.round).first()


def existing_share(*, organisation: Organisation, round: Round) -> Share | None:
    return Share.objects.filter(organisation=organisation, round=round).first()


def share_start(*, organisation: Organisation, round: Round, by: User) -> tuple[Share, bool]:
    """The organisation's share for the round: a new concept, or the one that already exists.

    Two tabs starting at once both reach the INSERT; the unique constraint lets one win and
    the other gets the winner's share back.
    """
    require(by, "shares.start", organisation)
    existing = existing_share(organisation=organisation, round=round)
    if existing is not None:
        return existing, False
    if not Grant.objects.behoud().filter(organisation=organisation, round=round).exists():
        raise ValidationError(
            _(
                "Uw organisatie heeft in ronde %(round)s geen subsidie voor behoud ontvangen "
                "en hoeft in deze ronde niet te delen."
            )
            % {"round": round.name},
            code="no_grant",
        )
    try:
        with transaction.atomic():
            share = Share.objects.create(
                organisation=organisation, round=round, region=organisation.region, created_by=by
            )
            sync_share(share)
            audit_log(action="share.start", actor=by, obj=share)
    except IntegrityError:
        return Share.objects.get(organisation=organisation, round=round), False
    return share, True


def share_save_draft(*, share: Share, by: User, changes: dict[str, Any]) -> Share:
    """Save whatever is filled in; only what the database itself forbids is refused here."""
    require(by, "shares.edit", share)
    unknown = set(changes) - DRAFT_FIELDS
    if unknown:
        raise ValueError(f"not a draft field: {sorted(unknown)}")
    for field, value in changes.items():
        setattr(share, field, value)
    if (
        share.people_reached is not None
        and share.people_retained is not None
        and share.people_retained > share.people_reached
    ):
        raise ValidationError(
            {
                "people_retained": _(
                    "Het aantal behouden mensen kan niet groter zijn dan het aantal bereikte "
                    "mensen."
                )
            }
        )
    if share.method != Method.AGREED and "method" in changes:
        share.agreement_request = ""
    with transaction.atomic():
        share.save()
        sync_share(share)
        audit_log(
            action="share.save_draft", actor=by, obj=share, details={"fields": sorted(changes)}
        )
    return share


def share_submit(*, share: Share, by: User) -> Share:
    require(by, "shares.edit", share)
    errors = submission_errors(
        share,
        grant=grant_for(share=share),
        file_kinds=set(share.files.values_list("kind", flat=True)),
    )
    if errors:
        raise ValidationError(errors)
    with transaction.atomic():
        files.share_discard_unused_files(share=share, by=by)
        share = execute(share=share, action="submit", by=by)
    _mail(
        to=_project_lead_emails(share),
        subject=_("Nieuwe deelbijdrage van %(org)s") % {"org": share.organisation.name},
        body=_(
            "%(org)s heeft de deelbijdrage voor ronde %(round)s ingediend in regio %(region)s.\n"
            "Beoordelen: %(url)s"
        )
        % _mail_context(share),
    )
    return share


def share_request_changes(*, share: Share, by: User, comment: str) -> Share:
    if not comment.strip():
        raise ValidationError(
            {"comment": _("Schrijf wat de organisatie moet aanvullen of veranderen.")}
        )
    share = execute(share=share, action="request_changes", by=by, comment=comment)
    _mail(
        to=_member_emails(share),
        subject=_("Aanvulling gevraagd op uw deelbijdrage"),
        body=_(
            "De projectleider vraagt een aanvulling op uw deelbijdrage voor ronde %(round)s:\n\n"
            "%(comment)s\n\nBekijken en aanpassen: %(url)s"
        )
        % {**_mail_context(share), "comment": comment},
    )
    return share


def share_approve(*, share: Share, by: User, comment: str = "") -> Share:
    share = execute(share=share, action="approve", by=by, comment=comment)
    _mail(
        to=_member_emails(share),
        subject=_("Uw deelbijdrage is goedgekeurd"),
        body=_("De projectleider heeft uw deelbijdrage voor ronde %(round)s goedgekeurd.\n%(url)s")
        % _mail_context(share),
    )
    return share


def share_set_consent(*, share: Share, by: User, consent: bool) -> Share:
    """Consent publishes an approved share; withdrawing it takes a published one offline."""
    require(by, "shares.manage", share)
    with transaction.atomic():
        share.consent_to_publish = consent
        if consent and share.status == Status.APPROVED:
            return execute(share=share, action="publish", by=by)
        if not consent and share.status == Status.PUBLISHED:
            return execute(share=share, action="withdraw_consent", by=by)
        share.save(update_fields=["consent_to_publish", "updated_at"])
        audit_log(
            action="share.consent_given" if consent else "share.consent_withdrawn",
            actor=by,
            obj=share,
        )
    return share


def share_unpublish(*, share: Share, by: User, comment: str = "") -> Share:
    return execute(share=share, action="unpublish", by=by, comment=comment)


def share_withdraw(*, share: Share, by: User, comment: str = "") -> Share:
    return execute(share=share, action="withdraw", by=by, comment=comment)


def share_reopen(*, share: Share, by: User) -> Share:
    return execute(share=share, action="reopen", by=by)


def share_request_agreement(*, share: Share, by: User, proposal: str) -> Share:
    """Method 6: the organisation proposes its own form; the project lead decides."""
    require(by, "shares.edit", share)
    if share.method != Method.AGREED:
        raise ValidationError(
            {"method": _("Vraag alleen akkoord als u kiest voor een andere, afgesproken vorm.")}
        )
    if not proposal.strip():
        raise ValidationError(
            {"agreement_request": _("Beschrijf in welke vorm u uw aanpak wilt delen.")}
        )
    share.agreement_request = proposal
    share.agreement_requested_at = timezone.now()
    share.agreement_decision = ""
    share.agreement_text = ""
    share.agreed_by = None
    share.agreement_decided_at = None
    with transaction.atomic():
        share.save()
        audit_log(action="share.agreement_request", actor=by, obj=share)
    _mail(
        to=_project_lead_emails(share),
        subject=_("%(org)s vraagt akkoord voor een andere vorm van delen")
        % {"org": share.organisation.name},
        body=_("Voorstel:\n%(proposal)s\n\n%(url)s")
        % {**_mail_context(share), "proposal": proposal},
    )
    return share


def share_decide_agreement(*, share: Share, by: User, agree: bool, note: str) -> Share:
    require(by, "shares.review", share)
    if share.agreement_requested_at is None:
        raise ValidationError(_("De organisatie heeft (nog) geen akkoord gevraagd."))
    if not note.strip():
        raise ValidationError(
            {"agreement_text": _("Leg vast wat is afgesproken, of waarom u niet akkoord gaat.")}
        )
    share.agreement_decision = AgreementDecision.AGREE if agree else AgreementDecision.DECLINE
    share.agreement_text = note
    share.agreed_by = by
    share.agreement_decided_at = timezone.now()
    with transaction.atomic():
        share.save()
        audit_log(
            action="share.agreement_decide",
            actor=by,
            obj=share,
            details={"decision": share.agreement_decision},
        )
    return share


def activity_invite(
    *, share: Share, by: User, what: str, when: datetime.date
) -> ActivityInvitation:
    require(by, "shares.review", share)
    if share.status not in (Status.APPROVED, Status.PUBLISHED):
        raise ValidationError(_("U kunt pas uitnodigen nadat de deelbijdrage is goedgekeurd."))
    if not what.strip():
        raise ValidationError({"what": _("Beschrijf de activiteit.")})
    with transaction.atomic():
        invitation = ActivityInvitation.objects.create(
            share=share, what=what, when=when, invited_by=by
        )
        audit_log(action="share.activity_invite", actor=by, obj=share, details={"what": what})
    _mail(
        to=_member_emails(share),
        subject=_("Uitnodiging: deel uw aanpak bij een activiteit"),
        body=_("De projectleider nodigt u uit voor: %(what)s (%(when)s).\n%(url)s")
        % {**_mail_context(share), "what": what, "when": when.isoformat()},
    )
    return invitation


def activity_respond(
    *, invitation: ActivityInvitation, by: User, accept: bool, note: str = ""
) -> ActivityInvitation:
    require(by, "shares.manage", invitation.share)
    invitation.response = InvitationResponse.ACCEPTED if accept else InvitationResponse.DECLINED
    invitation.response_note = note
    invitation.responded_by = by
    invitation.responded_at = timezone.now()
    with transaction.atomic():
        invitation.save()
        audit_log(
            action="share.activity_respond",
            actor=by,
            obj=invitation.share,
            details={"response": invitation.response},
        )
    return invitation


def share_select_for_edition(*, share: Share, by: User, selected: bool) -> Share:
    require(by, "shares.select_for_edition", share)
    share.selected_for_edition = selected
    with transaction.atomic():
        share.save(update_fields=["selected_for_edition", "updated_at"])
        audit_log(
            action="share.select_for_edition", actor=by, obj=share, details={"selected": selected}
        )
    return share


def send_reminders(*, round: Round, organisations: list[Organisation], by: User) -> int:
    """E-mail the members of organisations in the lead's region that have not shared yet."""
    sent = 0
    for organisation in organisations:
        require(by, "shares.compliance", organisation.region)
        to = list(organisation.members.filter(is_active=True).values_list("email", flat=True))
        if not to:
            continue
        _mail(
            to=to,
            subject=_("Herinnering: deel uw aanpak voor behoud (ronde %(round)s)")
            % {"round": round.name},
            body=_(
                "Uw organisatie ontving in ronde %(round)s subsidie voor behoud. Deel uw aanpak "
                "uiterlijk %(deadline)s via %(url)s"
            )
            % {
                "round": round.name,
                "deadline": round.sharing_deadline.strftime("%d-%m-%Y"),
                "url": f"{settings.SITE_URL}/delen",
            },
        )
        with transaction.atomic():
            Reminder.objects.create(round=round, organisation=organisation, sent_by=by)
            audit_log(
                action="share.reminder", actor=by, obj=organisation, details={"round": round.name}
            )
        sent += 1
    return sent


def _mail(*, to: list[str], subject: str, body: str) -> None:
    if to:
        send_mail_on_commit(subject=subject, body=body, to=to)


def _mail_context(share: Share) -> dict[str, str]:
    return {
        "org": share.organisation.name,
        "round": share.round.name,
        "region": share.region.name,
        "url": f"{settings.SITE_URL}{share.get_absolute_url()}",
    }


def _project_lead_emails(share: Share) -> list[str]:
    return list(
        User.objects.filter(
            is_active=True,
            region_roles__region=share.region_id,
            region_roles__role=Role.PROJECT_LEAD,
        )
        .values_list("email", flat=True)
        .distinct()
    )


def _member_emails(share: Share) -> list[str]:
    return list(share.organisation.members.filter(is_active=True).values_list("email", flat=True))

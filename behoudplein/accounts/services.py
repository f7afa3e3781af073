"""State changes for people: invitations, accepting them, API tokens."""

from __future__ import annotations

import datetime
import secrets
from collections.abc import Iterable

from django.conf import settings
from django.core import signing
from django.core.exceptions import ValidationError
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from behoudplein.core.audit import audit_log
from behoudplein.core.mail import send_mail_on_commit
from behoudplein.core.permissions import require
from behoudplein.organisations.models import Organisation, Region

from .constants import REGION_ROLES, Role
from .models import ApiToken, Invitation, RegionRole, User

_SALT = "behoudplein.invitation"


class InvitationError(Exception):
    """An invitation link that cannot be used; the message is shown to the visitor."""


def invitation_token(invitation: Invitation) -> str:
    return signing.dumps({"i": invitation.pk, "n": invitation.nonce}, salt=_SALT)


def invitation_create(
    *,
    by: User,
    email: str,
    role: str,
    full_name: str = "",
    organisation: Organisation | None = None,
    regions: Iterable[Region] = (),
    ip_address: str | None = None,
) -> Invitation:
    regions = list(regions)
    invitation = Invitation(
        email=email.strip().lower(),
        full_name=full_name,
        role=role,
        organisation=organisation,
        invited_by=by,
        expires_at=timezone.now() + datetime.timedelta(days=settings.INVITATION_MAX_AGE_DAYS),
    )
    require(by, "accounts.invite", invitation)
    for region in regions:
        require(by, "accounts.invite_for_region", region)
    if role == Role.MEMBER and organisation is None:
        raise ValidationError({"organisation": _("Kies de organisatie van de medewerker.")})
    if role in REGION_ROLES and not regions:
        raise ValidationError({"regions": _("Kies minstens één regio voor deze rol.")})
    if User.objects.filter(email__iexact=invitation.email).exists():
        raise ValidationError({"email": _("Er bestaat al een account met dit e-mailadres.")})
    with transaction.atomic():
        invitation.save()
        invitation.regions.set(regions)
        audit_log(
            action="invitation.create",
            actor=by,
            obj=invitation,
            ip_address=ip_address,
            details={"role": role},
        )
        link = settings.SITE_URL + reverse(
            "accounts:invitation_accept", args=[invitation_token(invitation)]
        )
        send_mail_on_commit(
            subject=_("Uitnodiging voor Behoudplein"),
            body=render_to_string(
                "accounts/email/invitation.txt",
                {"invitation": invitation, "link": link, "by": by},
            ),
            to=[invitation.email],
        )
    return invitation


def invitation_from_token(token: str) -> Invitation:
    max_age = datetime.timedelta(days=settings.INVITATION_MAX_AGE_DAYS)
    try:
        data = signing.loads(token, salt=_SALT, max_age=max_age)
    except signing.SignatureExpired:
        raise InvitationError(_("Deze uitnodiging is verlopen. Vraag een nieuwe aan.")) from None
    except signing.BadSignature:
        raise InvitationError(_("Deze uitnodigingslink is ongeldig.")) from None
    invitation = Invitation.objects.filter(pk=data.get("i"), nonce=data.get("n")).first()
    if invitation is None:
        raise InvitationError(_("Deze uitnodigingslink is ongeldig."))
    if invitation.accepted_at is not None:
        raise InvitationError(_("Deze uitnodiging is al gebruikt. U kunt gewoon inloggen."))
    if invitation.is_expired:
        raise InvitationError(_("Deze uitnodiging is verlopen. Vraag een nieuwe aan."))
    return invitation


def invitation_accept(
    *, token: str, password: str, full_name: str = "", ip_address: str | None = None
) -> User:
    with transaction.atomic():
        invitation = invitation_from_token(token)
        # Lock the row: two clicks on the same link must not create two accounts.
        invitation = Invitation.objects.select_for_update().get(pk=invitation.pk)
        if invitation.accepted_at is not None:
            raise InvitationError(_("Deze uitnodiging is al gebruikt. U kunt gewoon inloggen."))
        if User.objects.filter(email__iexact=invitation.email).exists():
            raise InvitationError(_("Er bestaat al een account met dit e-mailadres."))
        user = User.objects.create_user(
            invitation.email,
            password,
            full_name=full_name or invitation.full_name,
            organisation=invitation.organisation,
            is_editor=invitation.role == Role.EDITOR,
            is_superuser=invitation.role == Role.ADMINISTRATOR,
        )
        if invitation.role in REGION_ROLES:
            RegionRole.objects.bulk_create(
                RegionRole(user=user, region=region, role=invitation.role)
                for region in invitation.regions.all()
            )
        invitation.accepted_at = timezone.now()
        invitation.user = user
        invitation.save(update_fields=["accepted_at", "user"])
        audit_log(action="invitation.accept", actor=user, obj=invitation, ip_address=ip_address)
    return user


def invitation_purge_expired(*, now: datetime.datetime | None = None) -> int:
    """Unused invitations hold an e-mail address: erase them once they expire."""
    now = now or timezone.now()
    deleted, _details = Invitation.objects.filter(
        accepted_at__isnull=True, expires_at__lte=now
    ).delete()
    return int(deleted)


def api_token_create(*, user: User, name: str) -> tuple[ApiToken, str]:
    key = "bp_" + secrets.token_urlsafe(32)
    token = ApiToken.objects.create(
        user=user, name=name, key_hash=ApiToken.hash_key(key), prefix=key[:8]
    )
    audit_log(action="api_token.create", actor=user, obj=token)
    return token, key


def api_token_user(key: str) -> User | None:
    token = (
        ApiToken.objects.select_related("user")
        .filter(key_hash=ApiToken.hash_key(key), user__is_active=True)
        .first()
    )
    if token is None:
        return None
    now = timezone.now()
    if token.last_used_at is None or now - token.last_used_at > datetime.timedelta(minutes=5):
        ApiToken.objects.filter(pk=token.pk).update(last_used_at=now)
    return token.user

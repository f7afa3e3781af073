from __future__ import annotations

import hashlib
import secrets
from functools import cached_property

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser, BaseUserManager, PermissionsMixin
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .constants import REGION_ROLES, TWO_FACTOR_ROLES, Role


class UserManager(BaseUserManager["User"]):
    use_in_migrations = True

    def create_user(self, email: str, password: str | None = None, **extra: object) -> User:
        if not email:
            raise ValueError("email is required")
        user = self.model(email=self.normalize_email(email).lower(), **extra)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_superuser(self, email: str, password: str | None = None, **extra: object) -> User:
        extra.setdefault("is_superuser", True)
        return self.create_user(email, password, **extra)


class User(AbstractBaseUser, PermissionsMixin):
    """A person who logs in with an e-mail address. A beheerder is a superuser."""

    email = models.EmailField(_("e-mailadres"), unique=True)
    full_name = models.CharField(_("naam"), max_length=200, blank=True)
    organisation = models.ForeignKey(
        "organisations.Organisation",
        verbose_name=_("organisatie"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="members",
    )
    is_editor = models.BooleanField(_("redacteur"), default=False)
    is_active = models.BooleanField(_("actief"), default=True)
    date_joined = models.DateTimeField(_("aangemaakt"), default=timezone.now)

    objects = UserManager()

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS: list[str] = []

    class Meta:
        verbose_name = _("gebruiker")
        verbose_name_plural = _("gebruikers")
        ordering = ["email"]

    def __str__(self) -> str:
        return self.full_name or self.email

    @property
    def is_staff(self) -> bool:
        return self.is_active and (self.is_superuser or self.is_editor)

    @property
    def is_administrator(self) -> bool:
        return self.is_active and self.is_superuser

    @cached_property
    def _region_roles(self) -> dict[str, frozenset[int]]:
        roles: dict[str, set[int]] = {role.value: set() for role in REGION_ROLES}
        for role, region_id in self.region_roles.values_list("role", "region_id"):
            roles[role].add(region_id)
        return {role: frozenset(ids) for role, ids in roles.items()}

    @property
    def project_lead_region_ids(self) -> frozenset[int]:
        return self._region_roles[Role.PROJECT_LEAD]

    @property
    def coordinator_region_ids(self) -> frozenset[int]:
        return self._region_roles[Role.COORDINATOR]

    @property
    def roles(self) -> list[Role]:
        found = []
        if self.organisation_id:
            found.append(Role.MEMBER)
        if self.project_lead_region_ids:
            found.append(Role.PROJECT_LEAD)
        if self.coordinator_region_ids:
            found.append(Role.COORDINATOR)
        if self.is_editor:
            found.append(Role.EDITOR)
        if self.is_superuser:
            found.append(Role.ADMINISTRATOR)
        return found

    @property
    def needs_two_factor(self) -> bool:
        if not settings.OTP_REQUIRED:
            return False
        if settings.DEMO_WAIVES_OTP and self.email.endswith("@" + settings.DEMO_EMAIL_DOMAIN):
            return False
        return any(role in TWO_FACTOR_ROLES for role in self.roles)


class RegionRole(models.Model):
    """A projectleider or matchtafel-coördinator acts for one or more regions."""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="region_roles")
    region = models.ForeignKey(
        "organisations.Region", verbose_name=_("regio"), on_delete=models.CASCADE, related_name="+"
    )
    role = models.CharField(
        _("rol"), max_length=20, choices=[(r.value, r.label) for r in REGION_ROLES]
    )

    class Meta:
        verbose_name = _("regiorol")
        verbose_name_plural = _("regiorollen")
        constraints = [
            models.UniqueConstraint(fields=["user", "region", "role"], name="unique_region_role")
        ]

    def __str__(self) -> str:
        return f"{self.user} – {self.get_role_display()} – {self.region}"


def new_nonce() -> str:
    """32 hex characters: fits the column (token_hex() alone gives 64, which PostgreSQL refuses)."""
    return secrets.token_hex(16)


class Invitation(models.Model):
    email = models.EmailField(_("e-mailadres"))
    full_name = models.CharField(_("naam"), max_length=200, blank=True)
    role = models.CharField(_("rol"), max_length=20, choices=Role.choices)
    organisation = models.ForeignKey(
        "organisations.Organisation",
        verbose_name=_("organisatie"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="invitations",
    )
    regions = models.ManyToManyField(
        "organisations.Region", verbose_name=_("regio's"), blank=True, related_name="+"
    )
    invited_by = models.ForeignKey(
        User, null=True, on_delete=models.SET_NULL, related_name="invitations_sent"
    )
    nonce = models.CharField(max_length=32, default=new_nonce, editable=False)
    created_at = models.DateTimeField(_("verstuurd"), auto_now_add=True)
    expires_at = models.DateTimeField(_("verloopt"))
    accepted_at = models.DateTimeField(_("geaccepteerd"), null=True, blank=True)
    user = models.ForeignKey(
        User, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("uitnodiging")
        verbose_name_plural = _("uitnodigingen")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return self.email

    @property
    def is_expired(self) -> bool:
        return self.expires_at <= timezone.now()


class ApiToken(models.Model):
    """A personal API token; only its hash is stored, the token itself is shown once."""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="api_tokens")
    name = models.CharField(_("naam"), max_length=100)
    key_hash = models.CharField(max_length=64, unique=True, editable=False)
    prefix = models.CharField(max_length=8, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    last_used_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("API-token")
        verbose_name_plural = _("API-tokens")

    def __str__(self) -> str:
        return f"{self.name} ({self.prefix}…)"

    @staticmethod
    def hash_key(key: str) -> str:
        return hashlib.sha256(key.encode()).hexdigest()

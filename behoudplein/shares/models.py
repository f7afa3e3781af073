from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from .constants import (
    METHOD_FILE_KIND,
    SMALL_ORGANISATION_MAX_EUR,
    AgreementDecision,
    FileKind,
    InvitationResponse,
    Method,
    Status,
    Theme,
)
from .querysets import GrantQuerySet, ShareQuerySet


class Round(models.Model):
    """A subsidy round such as "T4": organisations with a behoud grant share once per round."""

    name = models.CharField(_("naam"), max_length=20, unique=True)
    period_start = models.DateField(_("begin looptijd"))
    period_end = models.DateField(_("einde looptijd"))
    sharing_deadline = models.DateField(_("uiterste datum delen"))

    class Meta:
        verbose_name = _("subsidieronde")
        verbose_name_plural = _("subsidierondes")
        ordering = ["-period_start"]
        constraints = [
            models.CheckConstraint(
                condition=Q(period_end__gte=F("period_start")), name="round_period_in_order"
            )
        ]

    def __str__(self) -> str:
        return self.name


class Grant(models.Model):
    """What an organisation was granted in a round: themes and the maximum subsidy."""

    organisation = models.ForeignKey(
        "organisations.Organisation",
        verbose_name=_("organisatie"),
        on_delete=models.CASCADE,
        related_name="grants",
    )
    round = models.ForeignKey(
        Round, verbose_name=_("ronde"), on_delete=models.PROTECT, related_name="grants"
    )
    # Comma-separated Theme values; a plain text column filters alike on SQLite and PostgreSQL.
    themes = models.CharField(_("thema's"), max_length=200)
    max_subsidy_eur = models.PositiveIntegerField(_("maximale subsidie (euro)"))

    objects = GrantQuerySet.as_manager()

    class Meta:
        verbose_name = _("subsidietoekenning")
        verbose_name_plural = _("subsidietoekenningen")
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "round"], name="grant_once_per_organisation_round"
            )
        ]

    def __str__(self) -> str:
        return f"{self.organisation} – {self.round}"

    @property
    def theme_list(self) -> list[str]:
        return [t for t in self.themes.split(",") if t]

    @property
    def theme_labels(self) -> list[str]:
        labels = dict(Theme.choices)
        return [str(labels.get(t, t)) for t in self.theme_list]

    @property
    def is_small(self) -> bool:
        return self.max_subsidy_eur <= SMALL_ORGANISATION_MAX_EUR


class Share(models.Model):
    """An organisation's one share (deelbijdrage) of its retention approach in a round."""

    organisation = models.ForeignKey(
        "organisations.Organisation",
        verbose_name=_("organisatie"),
        on_delete=models.PROTECT,
        related_name="shares",
    )
    round = models.ForeignKey(
        Round, verbose_name=_("ronde"), on_delete=models.PROTECT, related_name="shares"
    )
    region = models.ForeignKey(
        "organisations.Region",
        verbose_name=_("regio waarin u deelt"),
        on_delete=models.PROTECT,
        related_name="shares",
    )
    region_reason = models.TextField(_("waarom deze regio"), blank=True)
    method = models.CharField(
        _("manier van delen"), max_length=20, choices=Method.choices, blank=True
    )
    answer_1 = models.TextField(_("antwoord op vraag 1"), blank=True)
    answer_2 = models.TextField(_("antwoord op vraag 2"), blank=True)
    answer_3 = models.TextField(_("antwoord op vraag 3"), blank=True)
    answer_4 = models.TextField(_("antwoord op vraag 4"), blank=True)
    answer_5 = models.TextField(_("antwoord op vraag 5"), blank=True)
    summary = models.TextField(_("korte openbare samenvatting"), blank=True)
    marker_1 = models.CharField(_("waar komt vraag 1 aan bod"), max_length=200, blank=True)
    marker_2 = models.CharField(_("waar komt vraag 2 aan bod"), max_length=200, blank=True)
    marker_3 = models.CharField(_("waar komt vraag 3 aan bod"), max_length=200, blank=True)
    marker_4 = models.CharField(_("waar komt vraag 4 aan bod"), max_length=200, blank=True)
    marker_5 = models.CharField(_("waar komt vraag 5 aan bod"), max_length=200, blank=True)
    people_reached = models.PositiveIntegerField(_("aantal bereikte mensen"), null=True, blank=True)
    people_retained = models.PositiveIntegerField(
        _("aantal mensen dat (mede) hierdoor behouden blijft"), null=True, blank=True
    )
    url = models.URLField(_("webadres van website of dashboard"), max_length=500, blank=True)
    video_url = models.URLField(_("link naar de video"), max_length=500, blank=True)
    consent_to_publish = models.BooleanField(_("toestemming om te publiceren"), default=False)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.DRAFT
    )
    selected_for_edition = models.BooleanField(_("geselecteerd voor de uitgave"), default=False)

    agreement_request = models.TextField(_("voorgestelde vorm"), blank=True)
    agreement_requested_at = models.DateTimeField(_("afstemming gevraagd op"), null=True)
    agreement_decision = models.CharField(
        _("besluit projectleider"), max_length=10, choices=AgreementDecision.choices, blank=True
    )
    agreement_text = models.TextField(_("wat is afgesproken"), blank=True)
    agreed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("afgesproken door"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    agreement_decided_at = models.DateTimeField(_("besloten op"), null=True)

    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(_("aangemaakt"), auto_now_add=True)
    updated_at = models.DateTimeField(_("gewijzigd"), auto_now=True)
    submitted_at = models.DateTimeField(_("ingediend op"), null=True, blank=True)
    published_at = models.DateTimeField(_("gepubliceerd op"), null=True, blank=True)

    objects = ShareQuerySet.as_manager()

    class Meta:
        verbose_name = _("deelbijdrage")
        verbose_name_plural = _("deelbijdragen")
        ordering = ["-updated_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "round"], name="share_once_per_organisation_round"
            ),
            models.CheckConstraint(
                condition=Q(people_reached__isnull=True)
                | Q(people_retained__isnull=True)
                | Q(people_retained__lte=F("people_reached")),
                name="share_retained_not_above_reached",
            ),
            models.CheckConstraint(
                condition=Q(people_reached__isnull=True) | Q(people_reached__gte=0),
                name="share_reached_not_negative",
            ),
            models.CheckConstraint(
                condition=Q(people_retained__isnull=True) | Q(people_retained__gte=0),
                name="share_retained_not_negative",
            ),
        ]
        indexes = [models.Index(fields=["status", "region"])]

    def __str__(self) -> str:
        return f"{self.organisation} – {self.round}"

    def get_absolute_url(self) -> str:
        return reverse("shares:detail", args=[self.pk])

    def get_public_url(self) -> str:
        return reverse("shares:public_detail", args=[self.pk])

    @property
    def answers(self) -> list[str]:
        return [self.answer_1, self.answer_2, self.answer_3, self.answer_4, self.answer_5]

    @property
    def markers(self) -> list[str]:
        return [self.marker_1, self.marker_2, self.marker_3, self.marker_4, self.marker_5]

    @property
    def attachment_kind(self) -> str | None:
        """The kind of upload the chosen method takes (a publication, …), or None."""
        return METHOD_FILE_KIND.get(Method(self.method)) if self.method else None

    @property
    def shared_elsewhere(self) -> bool:
        return self.region_id != self.organisation.region_id


class ShareFile(models.Model):
    """An attachment; stored under a random name outside the web root, served after a check."""

    share = models.ForeignKey(Share, on_delete=models.CASCADE, related_name="files")
    kind = models.CharField(_("soort"), max_length=20, choices=FileKind.choices)
    storage_name = models.CharField(max_length=255, unique=True, editable=False)
    original_name = models.CharField(_("bestandsnaam"), max_length=255)
    content_type = models.CharField(max_length=120)
    size = models.PositiveBigIntegerField(_("grootte"))
    page_count = models.PositiveIntegerField(null=True, blank=True)
    word_count = models.PositiveIntegerField(null=True, blank=True)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    uploaded_at = models.DateTimeField(_("geüpload"), auto_now_add=True)

    class Meta:
        verbose_name = _("bijlage")
        verbose_name_plural = _("bijlagen")
        ordering = ["uploaded_at", "pk"]

    def __str__(self) -> str:
        return self.original_name

    def get_download_url(self) -> str:
        return reverse("shares:download", args=[self.pk])


class ShareTransition(models.Model):
    """One step of the timeline: who moved the share from which state to which, and why."""

    share = models.ForeignKey(Share, on_delete=models.CASCADE, related_name="transitions")
    action = models.CharField(_("actie"), max_length=40)
    from_status = models.CharField(_("van"), max_length=20, choices=Status.choices, blank=True)
    to_status = models.CharField(_("naar"), max_length=20, choices=Status.choices)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("door"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    at = models.DateTimeField(_("op"), auto_now_add=True)
    comment = models.TextField(_("toelichting"), blank=True)

    class Meta:
        verbose_name = _("statuswijziging")
        verbose_name_plural = _("statuswijzigingen")
        ordering = ["at", "pk"]

    def __str__(self) -> str:
        return f"{self.share}: {self.from_status} → {self.to_status}"


class ActivityInvitation(models.Model):
    """The projectleider asks the organisation to help spread its approach at an activity."""

    share = models.ForeignKey(Share, on_delete=models.CASCADE, related_name="invitations")
    what = models.CharField(_("activiteit"), max_length=300)
    when = models.DateField(_("datum"))
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    invited_at = models.DateTimeField(auto_now_add=True)
    response = models.CharField(
        _("reactie"), max_length=10, choices=InvitationResponse.choices, blank=True
    )
    response_note = models.TextField(_("toelichting bij de reactie"), blank=True)
    responded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    responded_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("uitnodiging voor activiteit")
        verbose_name_plural = _("uitnodigingen voor activiteiten")
        ordering = ["-invited_at"]

    def __str__(self) -> str:
        return self.what


class Reminder(models.Model):
    """A reminder to share, sent to an organisation's members for a round: when and by whom,
    so the compliance overview shows who was reminded already."""

    round = models.ForeignKey(Round, on_delete=models.CASCADE, related_name="reminders")
    organisation = models.ForeignKey(
        "organisations.Organisation", on_delete=models.CASCADE, related_name="share_reminders"
    )
    sent_at = models.DateTimeField(_("verstuurd"), auto_now_add=True)
    sent_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("herinnering")
        verbose_name_plural = _("herinneringen")
        indexes = [models.Index(fields=["round", "organisation", "-sent_at"])]

    def __str__(self) -> str:
        return f"{self.organisation} ({self.round}, {self.sent_at:%Y-%m-%d})"

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from .constants import Branch, OrganisationKind
from .querysets import OrganisationQuerySet
from .validators import validate_kvk_number


def _choice_label(choices: type[models.TextChoices], value: str) -> str:
    """The translated label of `value`, or the value itself when it is not a choice."""
    try:
        return str(choices(value).label)
    except ValueError:
        return str(value)


class LabourMarketRegion(models.Model):
    """An arbeidsmarktregio: an editable list, used as tags on regions and content."""

    name = models.CharField(_("naam"), max_length=120, unique=True)
    slug = models.SlugField(_("slug"), max_length=120, unique=True)

    class Meta:
        verbose_name = _("arbeidsmarktregio")
        verbose_name_plural = _("arbeidsmarktregio's")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Region(models.Model):
    """A region of the sector plan: project leaders and the matchtafel belong to one."""

    name = models.CharField(_("naam"), max_length=120, unique=True)
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    labour_market_regions = models.ManyToManyField(
        LabourMarketRegion,
        verbose_name=_("arbeidsmarktregio's"),
        related_name="regions",
        blank=True,
    )

    class Meta:
        verbose_name = _("regio")
        verbose_name_plural = _("regio's")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Organisation(models.Model):
    name = models.CharField(_("naam"), max_length=200)
    kvk_number = models.CharField(
        _("KvK-nummer"),
        max_length=8,
        unique=True,
        validators=[validate_kvk_number],
        help_text=_("Het nummer van de inschrijving bij de Kamer van Koophandel: 8 cijfers."),
        error_messages={"unique": _("Er is al een organisatie met dit KvK-nummer.")},
    )
    region = models.ForeignKey(
        Region,
        verbose_name=_("vestigingsregio"),
        on_delete=models.PROTECT,
        related_name="organisations",
        help_text=_("De regio waar de organisatie bij de KvK is ingeschreven."),
    )
    branch = models.CharField(_("branche"), max_length=30, choices=Branch.choices)
    kind = models.CharField(_("soort organisatie"), max_length=30, choices=OrganisationKind.choices)
    city = models.CharField(_("plaats"), max_length=120, blank=True)
    website = models.URLField(_("website"), blank=True)
    created_at = models.DateTimeField(_("aangemaakt"), auto_now_add=True)

    objects = OrganisationQuerySet.as_manager()

    class Meta:
        verbose_name = _("organisatie")
        verbose_name_plural = _("organisaties")
        ordering = ["name"]
        indexes = [models.Index(fields=["branch", "name"])]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(kvk_number__regex=r"^[0-9]{8}$"),
                name="organisation_kvk_number_8_digits",
            )
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("organisations:detail", args=[self.pk])

    # Django's generated get_FOO_display() rebuilds and hashes the whole (lazily translated)
    # choices list on every call: a list page paid hundreds of gettext calls per request.
    def get_branch_display(self) -> str:
        return _choice_label(Branch, self.branch)

    def get_kind_display(self) -> str:
        return _choice_label(OrganisationKind, self.kind)

    @property
    def may_join_matchtafel(self) -> bool:
        return self.kind != OrganisationKind.REINTEGRATION

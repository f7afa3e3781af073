from __future__ import annotations

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from .constants import LessonSection, TagKind
from .querysets import ProjectQuerySet


class SourceDocument(models.Model):
    """An imported report, identified by its title, client and date (SPEC: re-import)."""

    title = models.CharField(_("titel"), max_length=300)
    client = models.CharField(_("opdrachtgever"), max_length=300, blank=True)
    author_organisation = models.CharField(_("auteur (organisatie)"), max_length=300, blank=True)
    date = models.CharField(_("datum"), max_length=40, blank=True)
    annexes = models.CharField(_("bijlagen"), max_length=200, blank=True)
    checksum = models.CharField(_("controlegetal (SHA-256)"), max_length=64)
    document_type = models.CharField(_("documenttype"), max_length=60)
    imported_at = models.DateTimeField(_("geïmporteerd op"))
    imported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("geïmporteerd door"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("brondocument")
        verbose_name_plural = _("brondocumenten")
        ordering = ["-imported_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["title", "client", "date"], name="knowledge_unique_source_document"
            )
        ]

    def __str__(self) -> str:
        return self.title


class Tag(models.Model):
    kind = models.CharField(_("soort"), max_length=20, choices=TagKind.choices)
    name = models.CharField(_("naam"), max_length=120)

    class Meta:
        verbose_name = _("label")
        verbose_name_plural = _("labels")
        ordering = ["kind", "name"]
        constraints = [
            models.UniqueConstraint(fields=["kind", "name"], name="knowledge_unique_tag")
        ]

    def __str__(self) -> str:
        return self.name


class TagRule(models.Model):
    """At import a project gets tag `tag_name` when its text contains one of the keywords."""

    kind = models.CharField(_("soort"), max_length=20, choices=TagKind.choices)
    tag_name = models.CharField(_("label"), max_length=120)
    keywords = models.TextField(
        _("trefwoorden"),
        help_text=_("Eén trefwoord of woordgroep per regel; hoofdletters tellen niet."),
    )

    class Meta:
        verbose_name = _("labelregel")
        verbose_name_plural = _("labelregels")
        ordering = ["kind", "tag_name"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.tag_name}"

    def keyword_list(self) -> list[str]:
        return [k.strip().lower() for k in self.keywords.splitlines() if k.strip()]


class Project(models.Model):
    code = models.CharField(_("code"), max_length=40, unique=True)
    title = models.CharField(_("titel"), max_length=400)
    annex = models.CharField(_("bijlage/categorie"), max_length=40, blank=True)
    szw_number = models.CharField(_("projectnummer SZW"), max_length=200, blank=True)
    project_numbers = models.JSONField(_("projectnummers"), default=list, blank=True)
    submitter = models.CharField(_("indiener"), max_length=400, blank=True)
    executor = models.CharField(_("uitvoerder"), max_length=600, blank=True)
    period_start = models.CharField(_("begin (tekst)"), max_length=10, blank=True)
    period_end = models.CharField(_("einde (tekst)"), max_length=10, blank=True)
    period_start_date = models.DateField(_("begindatum"), null=True, blank=True)
    period_end_date = models.DateField(_("einddatum"), null=True, blank=True)
    direct_costs_eur = models.BigIntegerField(_("begrote directe kosten"), null=True, blank=True)
    max_subsidy_eur = models.BigIntegerField(_("maximale subsidie"), null=True, blank=True)
    requested_subsidy_eur = models.BigIntegerField(_("gevraagde subsidie"), null=True, blank=True)
    granted_subsidy_eur = models.BigIntegerField(_("toegekende subsidie"), null=True, blank=True)
    direct_costs_amended_eur = models.BigIntegerField(null=True, blank=True)
    max_subsidy_amended_eur = models.BigIntegerField(null=True, blank=True)
    requested_subsidy_amended_eur = models.BigIntegerField(null=True, blank=True)
    granted_subsidy_amended_eur = models.BigIntegerField(null=True, blank=True)
    direct_costs_text = models.CharField(max_length=300, blank=True)
    max_subsidy_text = models.CharField(max_length=300, blank=True)
    requested_subsidy_text = models.CharField(max_length=300, blank=True)
    granted_subsidy_text = models.CharField(max_length=300, blank=True)
    requested_pct = models.IntegerField(_("gevraagd percentage"), null=True, blank=True)
    granted_pct = models.IntegerField(_("toegekend percentage"), null=True, blank=True)
    cause = models.TextField(_("aanleiding"), blank=True)
    goal = models.TextField(_("doel"), blank=True)
    continuation = models.TextField(_("borging"), blank=True)
    source_document = models.ForeignKey(
        SourceDocument,
        verbose_name=_("brondocument"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="projects",
    )
    source_line = models.PositiveIntegerField(_("regel in het brondocument"), null=True, blank=True)
    toc_position = models.PositiveIntegerField(_("plaats in de inhoudsopgave"), default=0)
    is_published = models.BooleanField(_("gepubliceerd"), default=True)
    imported_values = models.JSONField(default=dict, blank=True, editable=False)
    import_warnings = models.JSONField(default=list, blank=True, editable=False)
    tags = models.ManyToManyField(
        Tag, verbose_name=_("labels"), blank=True, related_name="projects"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = ProjectQuerySet.as_manager()

    class Meta:
        verbose_name = _("project")
        verbose_name_plural = _("projecten")
        ordering = ["toc_position", "code"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(requested_pct__isnull=True) | models.Q(requested_pct__gte=0),
                name="knowledge_requested_pct_not_negative",
            )
        ]

    def __str__(self) -> str:
        return f"{self.code} – {self.title}"

    def get_absolute_url(self) -> str:
        return reverse("knowledge:project_detail", args=[self.code])

    @property
    def subsidy_eur(self) -> int | None:
        """The subsidy used for sorting and size filters: requested, else granted."""
        return (
            self.requested_subsidy_eur
            if self.requested_subsidy_eur is not None
            else (self.granted_subsidy_eur)
        )


class Activity(models.Model):
    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="activities")
    order = models.PositiveIntegerField(_("volgorde"))
    title = models.CharField(_("titel"), max_length=400, blank=True)
    intended = models.TextField(_("beoogd"), blank=True)
    realised = models.TextField(_("gerealiseerd"), blank=True)

    class Meta:
        verbose_name = _("activiteit")
        verbose_name_plural = _("activiteiten")
        ordering = ["project", "order"]
        constraints = [
            models.UniqueConstraint(fields=["project", "order"], name="knowledge_activity_order")
        ]

    def __str__(self) -> str:
        return self.title or f"{self.project.code} #{self.order}"


class Lesson(models.Model):
    """An obstacle, success factor or lesson; one shared by several projects is stored once."""

    section = models.CharField(_("sectie"), max_length=20, choices=LessonSection.choices)
    text = models.TextField(_("tekst"))
    projects = models.ManyToManyField(
        Project, through="LessonLink", related_name="lessons", verbose_name=_("projecten")
    )

    class Meta:
        verbose_name = _("les")
        verbose_name_plural = _("lessen")
        ordering = ["section", "pk"]

    def __str__(self) -> str:
        return self.text[:80]


class LessonLink(models.Model):
    lesson = models.ForeignKey(Lesson, on_delete=models.CASCADE, related_name="links")
    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="lesson_links")
    position = models.PositiveIntegerField(_("plaats in de sectie"))

    class Meta:
        ordering = ["project", "lesson__section", "position"]
        constraints = [
            models.UniqueConstraint(fields=["lesson", "project"], name="knowledge_lesson_link")
        ]

    def __str__(self) -> str:
        return f"{self.project_id} #{self.position}"


class Outcome(models.Model):
    """A number in an activity's intended text paired with one in its realised text."""

    activity = models.ForeignKey(Activity, on_delete=models.CASCADE, related_name="outcomes")
    unit = models.CharField(_("eenheid"), max_length=60)
    intended_value = models.PositiveIntegerField(_("beoogd aantal"))
    realised_value = models.PositiveIntegerField(_("gerealiseerd aantal"))
    confidence = models.FloatField(_("zekerheid"), default=1.0)
    edited_by_editor = models.BooleanField(_("door redacteur aangepast"), default=False)
    is_removed = models.BooleanField(_("verwijderd"), default=False)

    class Meta:
        verbose_name = _("resultaat")
        verbose_name_plural = _("resultaten")
        ordering = ["activity", "pk"]

    def __str__(self) -> str:
        return f"{self.realised_value} van {self.intended_value} {self.unit}"

    @property
    def attainment_pct(self) -> int | None:
        if not self.intended_value:
            return None
        return round(100 * self.realised_value / self.intended_value)


class LessonTheme(models.Model):
    name = models.CharField(_("naam"), max_length=120, unique=True)
    order = models.PositiveIntegerField(_("volgorde"), default=0)

    class Meta:
        verbose_name = _("lesthema")
        verbose_name_plural = _("lesthema's")
        ordering = ["order", "name"]

    def __str__(self) -> str:
        return self.name


class LessonThemeRule(models.Model):
    """A lesson belongs to the theme when its text contains one of the keywords."""

    theme = models.ForeignKey(LessonTheme, on_delete=models.CASCADE, related_name="rules")
    keywords = models.TextField(
        _("trefwoorden"),
        help_text=_("Eén trefwoord of woordgroep per regel; hoofdletters tellen niet."),
    )

    class Meta:
        verbose_name = _("themaregel")
        verbose_name_plural = _("themaregels")

    def __str__(self) -> str:
        return f"{self.theme}: {', '.join(self.keyword_list())[:60]}"

    def keyword_list(self) -> list[str]:
        return [k.strip().lower() for k in self.keywords.splitlines() if k.strip()]

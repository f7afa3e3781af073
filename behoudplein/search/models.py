"""The search index: one row per findable record, plus the statistics the ranker needs.

The analyzer's terms are stored per field as space-separated strings; each database adds its
own full-text structure over them in a migration (SQLite: the FTS5 table `search_fts` kept in
step by triggers; PostgreSQL: the generated `search_vector` tsvector column with a GIN index).
"""

from __future__ import annotations

from django.db import models
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _


class SearchDocument(models.Model):
    kind = models.CharField(_("soort"), max_length=30)
    key = models.JSONField(_("sleutel"))
    natural_key = models.CharField(_("sleutel (tekst)"), max_length=300)
    title = models.CharField(_("titel"), max_length=500)
    url = models.CharField(_("adres"), max_length=500)
    body = models.TextField(_("tekst"), blank=True)
    tags = models.TextField(_("labels"), blank=True)
    context = models.CharField(_("context"), max_length=300, blank=True, default="")
    # Facets: space-separated slugs (portable, no JSON operators needed), and one year.
    regions = models.CharField(_("regio's"), max_length=500, blank=True)
    sectors = models.CharField(_("sectoren"), max_length=500, blank=True)
    year = models.PositiveIntegerField(_("jaar"), null=True, blank=True)
    # Who may find it: everyone when public, else members of the organisation and
    # administrators, and unless `owner_only` also project leads of the region and editors.
    public = models.BooleanField(_("openbaar"), default=False)
    organisation_id = models.BigIntegerField(null=True, blank=True)
    region_id = models.BigIntegerField(null=True, blank=True)
    # Not public and only for its organisation (and administrators): see IndexInput.
    owner_only = models.BooleanField(default=False)
    code_terms = models.TextField(blank=True)
    title_terms = models.TextField(blank=True)
    tags_terms = models.TextField(blank=True)
    body_terms = models.TextField(blank=True)
    code_length = models.PositiveIntegerField(default=0)
    title_length = models.PositiveIntegerField(default=0)
    tags_length = models.PositiveIntegerField(default=0)
    body_length = models.PositiveIntegerField(default=0)
    indexed_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("zoekdocument")
        verbose_name_plural = _("zoekdocumenten")
        constraints = [
            models.UniqueConstraint(fields=["kind", "natural_key"], name="search_document_key")
        ]
        # No btree index on public/kind: search filters the full-text index's matches, and
        # a btree on them only tempted PostgreSQL into detoasting every public vector.

    def __str__(self) -> str:
        return f"{self.kind}: {self.title}"


class SearchTerm(models.Model):
    """Document frequency of an index term: the ranker's idf, the same for both backends."""

    term = models.CharField(max_length=64, unique=True)
    document_count = models.IntegerField(default=0)

    def __str__(self) -> str:
        return f"{self.term} ({self.document_count})"


class SearchWord(models.Model):
    """How often a folded word occurs in the indexed text: compound parts and spelling."""

    word = models.CharField(max_length=64, unique=True)
    count = models.IntegerField(default=0)

    def __str__(self) -> str:
        return f"{self.word} ({self.count})"


class FieldTotals(models.Model):
    """How many documents, and the summed length of each field: BM25's averages."""

    document_count = models.IntegerField(default=0)
    code_total = models.BigIntegerField(default=0)
    title_total = models.BigIntegerField(default=0)
    tags_total = models.BigIntegerField(default=0)
    body_total = models.BigIntegerField(default=0)

    class Meta:
        abstract = True


class SearchIndexState(FieldTotals):
    """One row: a version that moves on every change, so every process knows its caches are
    stale, and the totals BM25 needs (document count, field lengths)."""

    version = models.BigIntegerField(default=0)
    # Which analysis made the stored terms (`engine.analyzer_fingerprint`): after an upgrade
    # that changes it, `migrate` rebuilds the index (see `upkeep.after_migrate`).
    analyzer = models.CharField(max_length=40, blank=True, default="")

    def __str__(self) -> str:
        return f"index v{self.version}"


class SearchKindStats(FieldTotals):
    """Documents and field lengths per kind: BM25 normalises a lesson's length against
    lessons and a project's against projects, not one against the other."""

    kind = models.CharField(max_length=30, unique=True)

    def __str__(self) -> str:
        return f"{self.kind}: {self.document_count}"


class Synonym(models.Model):
    """Abbreviations and synonyms an editor maintains: 'GGZ' = 'geestelijke gezondheidszorg'."""

    term = models.CharField(_("term"), max_length=100, unique=True)
    alternatives = models.TextField(
        _("gelijkwaardige termen"),
        help_text=_("Eén term of woordgroep per regel; werkt in beide richtingen."),
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("synoniem")
        verbose_name_plural = _("synoniemen")
        ordering = ["term"]
        constraints = [
            # One entry per term whatever its case: 'VVT' and 'vvt' are one term to search.
            models.UniqueConstraint(Lower("term"), name="search_synonym_term_any_case")
        ]

    def __str__(self) -> str:
        return self.term

    def alternative_list(self) -> list[str]:
        return [line.strip() for line in self.alternatives.splitlines() if line.strip()]

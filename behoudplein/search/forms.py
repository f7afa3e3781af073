"""Reading search parameters from a query string: one parser for the page, API and CLI."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .analysis import fold, tokenize
from .analysis.normalize import join
from .analysis.synonyms import MAX_PHRASE_WORDS
from .models import Synonym
from .registry import ALL_KINDS

MAX_FACET_VALUE = 120


# What each number parameter is called in messages (the page's readers do not see the
# parameter names; API clients find them in brackets).
PARAMETER_LABELS = {
    "page": gettext_lazy("Het paginanummer (page)"),
    "limit": gettext_lazy("Het aantal resultaten per pagina (limit)"),
    "year": gettext_lazy("Het jaar (year)"),
}


def _integer(raw: str | None, name: str, default: int | None) -> int | None:
    if raw is None or raw.strip() == "":
        return default
    try:
        return int(raw.strip())
    except ValueError:
        raise ValidationError(
            _("%(name)s moet een geheel getal zijn.") % {"name": PARAMETER_LABELS[name]},
            code=name,
        ) from None


def unknown_kind(kind: str) -> ValidationError:
    return ValidationError(
        _("Onbekende soort “%(kind)s” (kind): kies uit %(kinds)s.")
        % {"kind": kind[:MAX_FACET_VALUE], "kinds": ", ".join(ALL_KINDS)},
        code="kind",
    )


def parse_params(data: Mapping[str, Any], *, default_limit: int) -> dict[str, Any]:
    """Keyword arguments for services.search; ValidationError with a clear Dutch message."""
    kind = (data.get("kind") or "").strip() or None
    if kind is not None and kind not in ALL_KINDS:
        raise unknown_kind(kind)
    year = _integer(data.get("year"), "year", None)
    if year is not None and not 1900 <= year <= 2200:
        raise ValidationError(
            _("%(name)s moet tussen 1900 en 2200 liggen.") % {"name": PARAMETER_LABELS["year"]},
            code="year",
        )
    filters = {
        "region": (data.get("region") or "").strip()[:MAX_FACET_VALUE] or None,
        "sector": (data.get("sector") or "").strip()[:MAX_FACET_VALUE] or None,
        "year": year,
    }
    return {
        "query": str(data.get("q") or ""),
        "kind": kind,
        "filters": filters,
        "page": _integer(data.get("page"), "page", 1),
        "limit": _integer(data.get("limit"), "limit", default_limit),
    }


MAX_SYNONYM_LINES = 20
MAX_PHRASE_CHARS = 100


def _phrase_words(text: str) -> tuple[str, ...]:
    """The words of a term or phrase as search compares them (folded, without punctuation)."""
    return tuple(tokenize(fold(text)))


def _written_together(text: str) -> str:
    return "".join(join(word) for word in _phrase_words(text))


class SynonymChecks(forms.BaseForm):
    """The checks of one entry of the list, for the editors' screen and the admin: a term and
    its equivalents, each checked the way search reads it, so nothing saved is silently
    ignored."""

    synonym: Synonym | None = None  # the entry being changed, which may keep its own term

    def clean_term(self) -> str:
        term = " ".join(self.cleaned_data["term"].split())
        _check_phrase(term)
        # One entry per term, case, spaces, dots and hyphens aside: 'VVT', 'vvt' and 'V.V.T.'
        # are one term to an editor. An entry that keeps its term may be saved as it is, even
        # where older entries ('VVT' and 'V.V.T.') already overlap.
        written = _written_together(term)
        own = self.synonym
        if own is not None and _written_together(own.term) == written:
            return term
        for pk, other in Synonym.objects.values_list("pk", "term"):
            if (own is None or pk != own.pk) and _written_together(other) == written:
                raise ValidationError(
                    _("“%(term)s” staat al in de lijst; wijzig die regel.") % {"term": other},
                    code="exists",
                )
        return term

    def clean_alternatives(self) -> str:
        lines = [" ".join(line.split()) for line in self.cleaned_data["alternatives"].splitlines()]
        lines = list(dict.fromkeys(line for line in lines if line))
        if len(lines) > MAX_SYNONYM_LINES:
            raise ValidationError(
                _("Geef hoogstens %(max)s termen, één per regel.") % {"max": MAX_SYNONYM_LINES},
                code="too_many",
            )
        for line in lines:
            if len(line) > MAX_PHRASE_CHARS:
                raise ValidationError(
                    _("“%(line)s” is langer dan %(max)s tekens.")
                    % {"line": line[:40] + "…", "max": MAX_PHRASE_CHARS},
                    code="too_long",
                )
            _check_phrase(line)
        return "\n".join(lines)

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        term, alternatives = cleaned.get("term"), cleaned.get("alternatives")
        if term and alternatives is not None:
            # Spaces, hyphens and dots aside ('W.L.Z', 'wlz'): search treats these as one.
            own = _written_together(term)
            if all(_written_together(line) == own for line in alternatives.splitlines()):
                self.add_error(
                    "alternatives",
                    ValidationError(
                        _("Geef minstens één term die anders is dan “%(term)s”.") % {"term": term},
                        code="same",
                    ),
                )
        return cleaned


def _check_phrase(text: str) -> None:
    words = _phrase_words(text)
    if not words:
        raise ValidationError(
            _("“%(text)s” bevat geen woord of afkorting om op te zoeken.") % {"text": text},
            code="no_words",
        )
    if len(words) > MAX_PHRASE_WORDS:
        raise ValidationError(
            _("“%(text)s” heeft meer dan %(max)s woorden; kies een kortere woordgroep.")
            % {"text": text, "max": MAX_PHRASE_WORDS},
            code="too_many_words",
        )


class SynonymForm(SynonymChecks, forms.Form):
    """The editors' screen: a new entry, or a change to ``synonym``."""

    term = forms.CharField(label=gettext_lazy("Term of afkorting"), max_length=MAX_PHRASE_CHARS)
    alternatives = forms.CharField(
        label=gettext_lazy("Gelijkwaardige termen"),
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=gettext_lazy("Eén term of woordgroep per regel; werkt in beide richtingen."),
    )

    def __init__(self, *args: Any, synonym: Synonym | None = None, **kwargs: Any) -> None:
        self.synonym = synonym
        if synonym is not None and "initial" not in kwargs:
            kwargs["initial"] = {"term": synonym.term, "alternatives": synonym.alternatives}
        super().__init__(*args, **kwargs)


class SynonymAdminForm(SynonymChecks, forms.ModelForm):
    """The same checks in the admin, which editors may use for this model."""

    class Meta:
        model = Synonym
        fields = ["term", "alternatives"]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # The instance takes the submitted term only after cleaning: until then it is the entry
        # as stored.
        self.synonym = self.instance if self.instance.pk else None

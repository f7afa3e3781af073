from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from .constants import LessonSection
from .selectors import SORTS, SUBSIDY_BANDS


class ProjectFilterForm(forms.Form):
    q = forms.CharField(label=_("Zoeken"), required=False)
    sector = forms.CharField(label=_("Sector"), required=False)
    region = forms.CharField(label=_("Arbeidsmarktregio"), required=False)
    target_group = forms.CharField(label=_("Doelgroep"), required=False)
    annex = forms.CharField(label=_("Categorie (bijlage)"), required=False)
    year = forms.IntegerField(
        label=_("Looptijd omvat jaar"), required=False, min_value=1990, max_value=2100
    )
    subsidy = forms.ChoiceField(
        label=_("Subsidie"), required=False, choices=[("", "")] + [(k, k) for k in SUBSIDY_BANDS]
    )
    sort = forms.ChoiceField(
        label=_("Sorteren"), required=False, choices=[("", "")] + [(k, k) for k in SORTS]
    )
    section = forms.ChoiceField(
        label=_("Soort"), required=False, choices=[("", ""), *list(LessonSection.choices)]
    )


class ImportUploadForm(forms.Form):
    file = forms.FileField(
        label=_("Document"),
        help_text=_(
            "Tekst, PDF of Word (docx), ten hoogste 50 MB. Het type wordt aan de inhoud herkend."
        ),
    )
    draft = forms.BooleanField(label=_("Nog niet publiceren (concept)"), required=False)


class OutcomeForm(forms.Form):
    intended_value = forms.IntegerField(label=_("Beoogd aantal"), min_value=0)
    realised_value = forms.IntegerField(label=_("Gerealiseerd aantal"), min_value=0)
    unit = forms.CharField(label=_("Eenheid"), max_length=60)

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from behoudplein.organisations.constants import Branch
from behoudplein.organisations.models import Organisation, Region

from .constants import QUESTIONS, Method, Status, Theme
from .models import Round, Share

CONTENT_FIELDS_QUESTIONNAIRE = [f"answer_{n}" for n in range(1, 6)]
CONTENT_FIELDS_MEDIUM = ["summary", *(f"marker_{n}" for n in range(1, 6))]
REACH_FIELDS = ["people_reached", "people_retained"]


class MethodForm(forms.ModelForm):
    class Meta:
        model = Share
        fields = ["method", "region", "region_reason"]
        widgets = {
            "method": forms.RadioSelect,
            "region_reason": forms.Textarea(attrs={"rows": 3}),
        }
        help_texts = {
            "region": _(
                "Standaard de regio waar uw organisatie bij de KvK is gevestigd. De "
                "projectleider van de gekozen regio beoordeelt uw bijdrage."
            ),
            "region_reason": _(
                "Alleen nodig als u een andere regio kiest, bijvoorbeeld omdat de aanpak "
                "specifiek voor die regio is."
            ),
        }

    def __init__(self, *args: Any, small: bool, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["method"].required = False
        self.fields["method"].choices = list(Method.choices)
        if not small:
            self.fields["method"].help_text = _(
                "De digitale vragenlijst (5) is alleen voor kleine organisaties met een "
                "maximale subsidie tot en met € 15.000."
            )


class ContentForm(forms.ModelForm):
    class Meta:
        model = Share
        fields = [*CONTENT_FIELDS_QUESTIONNAIRE, *CONTENT_FIELDS_MEDIUM, *REACH_FIELDS]
        widgets = {
            **{name: forms.Textarea(attrs={"rows": 5}) for name in CONTENT_FIELDS_QUESTIONNAIRE},
            "summary": forms.Textarea(attrs={"rows": 4}),
            "people_reached": forms.NumberInput(attrs={"min": 0}),
            "people_retained": forms.NumberInput(attrs={"min": 0}),
        }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        questionnaire = self.instance.method == Method.QUESTIONNAIRE
        drop = CONTENT_FIELDS_MEDIUM if questionnaire else CONTENT_FIELDS_QUESTIONNAIRE
        for name in drop:
            del self.fields[name]
        for number, question in enumerate(QUESTIONS, start=1):
            if questionnaire:
                self.fields[f"answer_{number}"].label = _("Vraag %(n)s: %(q)s") % {
                    "n": number,
                    "q": question,
                }
            else:
                self.fields[f"marker_{number}"].help_text = question

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        reached, retained = data.get("people_reached"), data.get("people_retained")
        if reached is not None and retained is not None and retained > reached:
            self.add_error(
                "people_retained",
                _(
                    "Het aantal behouden mensen kan niet groter zijn dan het aantal bereikte "
                    "mensen."
                ),
            )
        return data


class MediaForm(forms.ModelForm):
    upload = forms.FileField(label=_("Bestand"), required=False)

    class Meta:
        model = Share
        fields = ["url", "video_url"]
        widgets = {
            "url": forms.URLInput(attrs={"placeholder": "https://"}),
            "video_url": forms.URLInput(attrs={"placeholder": "https://"}),
        }
        help_texts = {
            "video_url": _("YouTube, Vimeo of een ander https-adres. Of upload hieronder."),
        }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        method = self.instance.method
        if method != Method.WEBSITE:
            del self.fields["url"]
        if method != Method.VIDEO:
            del self.fields["video_url"]
        if method == Method.VIDEO:
            self.fields["upload"].label = _("Videobestand (mp4 of webm)")
        elif method == Method.PRESENTATION:
            self.fields["upload"].label = _("Presentatie (pdf, pptx of odp)")
        elif method == Method.PUBLICATION:
            self.fields["upload"].label = _("Publicatie (pdf of docx, 1 tot 3 A4)")
        else:
            del self.fields["upload"]


class AgreementRequestForm(forms.Form):
    agreement_request = forms.CharField(
        label=_("Welke vorm stelt u voor?"), widget=forms.Textarea(attrs={"rows": 4})
    )


class AgreementDecisionForm(forms.Form):
    decision = forms.ChoiceField(
        label=_("Besluit"),
        choices=[("agree", _("Akkoord")), ("decline", _("Niet akkoord"))],
        widget=forms.RadioSelect,
    )
    agreement_text = forms.CharField(
        label=_("Wat is afgesproken (of waarom niet)"), widget=forms.Textarea(attrs={"rows": 3})
    )


class CommentForm(forms.Form):
    comment = forms.CharField(
        label=_("Wat moet de organisatie aanvullen?"), widget=forms.Textarea(attrs={"rows": 4})
    )


class InviteForm(forms.Form):
    what = forms.CharField(label=_("Activiteit"), max_length=300)
    when = forms.DateField(label=_("Datum"), widget=forms.DateInput(attrs={"type": "date"}))


class InvitationResponseForm(forms.Form):
    response = forms.ChoiceField(
        label=_("Uw reactie"),
        choices=[("accepted", _("Ik doe mee")), ("declined", _("Ik doe niet mee"))],
        widget=forms.RadioSelect,
    )
    note = forms.CharField(
        label=_("Toelichting"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )


class GrantForm(forms.Form):
    organisation = forms.ModelChoiceField(
        label=_("Organisatie"), queryset=Organisation.objects.none()
    )
    round = forms.ModelChoiceField(label=_("Ronde"), queryset=Round.objects.all())
    themes = forms.MultipleChoiceField(
        label=_("Thema's"), choices=Theme.choices, widget=forms.CheckboxSelectMultiple
    )
    max_subsidy_eur = forms.IntegerField(label=_("Maximale subsidie (euro)"), min_value=0)

    def __init__(self, *args: Any, organisations: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = organisations


class GrantImportForm(forms.Form):
    file = forms.FileField(label=_("CSV- of Excel-bestand"))
    dry_run = forms.BooleanField(label=_("Alleen controleren, niets opslaan"), required=False)


def _choices(items: list[tuple[str, Any]], empty: Any) -> list[tuple[str, Any]]:
    return [("", empty), *items]


class ShareFilterForm(forms.Form):
    """Filters for the gallery and the overviews; all from the query string."""

    ronde = forms.ChoiceField(label=_("Ronde"), required=False)
    regio = forms.ChoiceField(label=_("Regio"), required=False)
    branche = forms.ChoiceField(label=_("Branche"), required=False)
    methode = forms.ChoiceField(label=_("Manier van delen"), required=False)
    omvang = forms.ChoiceField(label=_("Omvang organisatie"), required=False)
    status = forms.ChoiceField(label=_("Status"), required=False)

    def __init__(self, *args: Any, with_status: bool = False, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["ronde"].choices = _choices(
            [(r.name, r.name) for r in Round.objects.all()], _("Alle rondes")
        )
        self.fields["regio"].choices = _choices(
            [(r.slug, r.name) for r in Region.objects.all()], _("Alle regio's")
        )
        self.fields["branche"].choices = _choices(list(Branch.choices), _("Alle branches"))
        self.fields["methode"].choices = _choices(list(Method.choices), _("Alle manieren"))
        self.fields["omvang"].choices = _choices(
            [("klein", _("Klein (tot en met € 15.000)")), ("regulier", _("Regulier"))],
            _("Alle"),
        )
        if with_status:
            self.fields["status"].choices = _choices(list(Status.choices), _("Alle statussen"))
        else:
            del self.fields["status"]

    def filters(self) -> dict[str, str]:
        if not self.is_valid():
            return {}
        return {key: value for key, value in self.cleaned_data.items() if value}


class ComplianceFilterForm(forms.Form):
    ronde = forms.ChoiceField(label=_("Ronde"), required=False)
    regio = forms.ChoiceField(label=_("Regio"), required=False)
    stand = forms.ChoiceField(
        label=_("Stand"),
        required=False,
        choices=[
            ("", _("Alle organisaties")),
            ("niet_gedeeld", _("Nog niet ingediend")),
            ("te_beoordelen", _("Te beoordelen")),
            ("afgerond", _("Goedgekeurd of gepubliceerd")),
        ],
    )
    q = forms.CharField(label=_("Naam of KvK-nummer"), required=False, max_length=100)

    def __init__(self, *args: Any, regions: list[Region], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["ronde"].choices = [(r.name, r.name) for r in Round.objects.all()]
        self.fields["regio"].choices = [(r.slug, r.name) for r in regions]

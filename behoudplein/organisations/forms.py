from typing import Any

from django import forms
from django.db.models import QuerySet

from .models import Organisation, Region


class OrganisationForm(forms.ModelForm):
    class Meta:
        model = Organisation
        fields = ["name", "kvk_number", "region", "branch", "kind", "city", "website"]
        widgets = {"kvk_number": forms.TextInput(attrs={"inputmode": "numeric", "maxlength": 8})}

    def __init__(self, *args: Any, regions: QuerySet[Region] | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if regions is not None:
            # Only regions the user may hand the organisation to; another one is a field error.
            self.fields["region"].queryset = regions  # type: ignore[attr-defined]


class OrganisationFilterForm(forms.Form):
    """The list's filters; every value comes from the query string so a filter is a link."""

    q = forms.CharField(required=False, max_length=100)
    branch = forms.ChoiceField(required=False)
    kind = forms.ChoiceField(required=False)
    region = forms.SlugField(required=False)
    arbeidsmarktregio = forms.SlugField(required=False)

    def __init__(self, *args: object, **kwargs: object) -> None:
        from .constants import Branch, OrganisationKind

        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.fields["branch"].choices = [("", ""), *Branch.choices]
        self.fields["kind"].choices = [("", ""), *OrganisationKind.choices]

from django.db import models
from django.utils.translation import gettext_lazy as _


class Branch(models.TextChoices):
    VVT = "vvt", _("VVT")
    DISABILITY_CARE = "gehandicaptenzorg", _("Gehandicaptenzorg")
    MENTAL_HEALTH = "ggz", _("GGZ")
    HOSPITALS = "ziekenhuizen", _("Ziekenhuizen")
    YOUTH_CARE = "jeugdzorg", _("Jeugdzorg")
    CHILDCARE = "kinderopvang", _("Kinderopvang")
    WELFARE = "welzijn", _("Welzijn en maatschappelijke dienstverlening")
    GENERAL_PRACTICE = "huisartsenzorg", _("Huisartsenzorg")
    OTHER = "overig", _("Overig")


class OrganisationKind(models.TextChoices):
    CARE = "care", _("Zorg- of welzijnsorganisatie")
    SCHOOL = "school", _("School")
    UWV = "uwv", _("UWV / leerbedrijf")
    SOCIAL_EMPLOYMENT = "social_employment", _("Sociaal werkbedrijf / werkgeversservicepunt")
    REINTEGRATION = "reintegration", _("Re-integratiebedrijf")
    EMPLOYERS_ASSOCIATION = "employers_association", _("Werkgeversvereniging")
    OTHER = "other", _("Anders")

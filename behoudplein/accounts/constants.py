from django.db import models
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    MEMBER = "member", _("Organisatiemedewerker")
    PROJECT_LEAD = "project_lead", _("Projectleider")
    COORDINATOR = "coordinator", _("Matchtafel-coördinator")
    EDITOR = "editor", _("Redacteur")
    ADMINISTRATOR = "administrator", _("Beheerder")


REGION_ROLES = (Role.PROJECT_LEAD, Role.COORDINATOR)
# Roles that see other organisations' data: two-factor authentication is required for them.
TWO_FACTOR_ROLES = (Role.PROJECT_LEAD, Role.COORDINATOR, Role.EDITOR, Role.ADMINISTRATOR)

from django.db import models
from django.utils.translation import gettext_lazy as _


class LessonSection(models.TextChoices):
    OBSTACLES = "obstacles", _("Knelpunt")
    SUCCESS_FACTORS = "success_factors", _("Succesfactor")
    LESSONS = "lessons", _("Les")


# The fragment of a lesson on its project's page ('#knelpunt-2'): search results link there.
_ANCHOR_WORDS = {"obstacles": "knelpunt", "success_factors": "succesfactor", "lessons": "les"}


def lesson_anchor(section: str, position: int) -> str:
    return f"{_ANCHOR_WORDS.get(section, 'les')}-{position}"


class TagKind(models.TextChoices):
    SECTOR = "sector", _("Sector")
    REGION = "region", _("Arbeidsmarktregio")
    TARGET_GROUP = "target_group", _("Doelgroep")


# The amount fields of a project, each with `_eur`, `_amended_eur` and `_text` companions.
AMOUNT_FIELDS = ("direct_costs", "max_subsidy", "requested_subsidy", "granted_subsidy")

# Fields copied from an imported record onto a Project and watched for hand edits.
IMPORTED_FIELDS = (
    "title",
    "annex",
    "szw_number",
    "submitter",
    "executor",
    "period_start",
    "period_end",
    *(f"{name}_eur" for name in AMOUNT_FIELDS),
    *(f"{name}_amended_eur" for name in AMOUNT_FIELDS),
    *(f"{name}_text" for name in AMOUNT_FIELDS),
    "requested_pct",
    "granted_pct",
    "cause",
    "goal",
    "continuation",
)

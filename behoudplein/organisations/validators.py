import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

_KVK = re.compile(r"\d{8}")


def validate_kvk_number(value: str) -> None:
    if not _KVK.fullmatch(value or ""):
        raise ValidationError(
            _("Een KvK-nummer bestaat uit precies 8 cijfers, zonder spaties of letters."),
            code="invalid_kvk",
        )

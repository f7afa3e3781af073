"""Who may do what in search: plain predicates, registered with the core permission layer."""

from __future__ import annotations

from typing import Any

from behoudplein.accounts.roles import is_administrator, is_editor
from behoudplein.core.permissions import rule


@rule("search.manage_synonyms")
def can_manage_synonyms(user: Any, _obj: Any = None) -> bool:
    """Editors keep the abbreviations and synonyms (screen and admin)."""
    return is_editor(user) or is_administrator(user)


def sees_everything(user: Any) -> bool:
    """Administrators find every record."""
    return is_administrator(user)


def reviews_everything(user: Any) -> bool:
    """Editors find unpublished records too, but not an organisation's own drafts."""
    return is_editor(user)

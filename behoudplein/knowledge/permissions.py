"""Who may do what in the Kennisbank: plain predicates, registered with the core rules."""

from __future__ import annotations

from typing import Any

from behoudplein.accounts.roles import is_administrator, is_editor
from behoudplein.core.permissions import rule


def _curator(user: Any) -> bool:
    return is_editor(user) or is_administrator(user)


@rule("knowledge.view_project")
def can_view_project(user: Any, project: Any) -> bool:
    return bool(getattr(project, "is_published", False)) or _curator(user)


@rule("knowledge.import")
def can_import(user: Any, obj: Any = None) -> bool:
    return _curator(user)


@rule("knowledge.edit_outcome")
def can_edit_outcome(user: Any, outcome: Any = None) -> bool:
    return _curator(user)


@rule("knowledge.view_unpublished")
def can_view_unpublished(user: Any, obj: Any = None) -> bool:
    return _curator(user)


@rule("knowledge.curate")
def can_curate(user: Any, obj: Any = None) -> bool:
    """Editors and administrators curate projects, tags and theme rules (also in the admin)."""
    return _curator(user)

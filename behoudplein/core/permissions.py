"""The one permission layer: named rules, each a plain predicate `(user, obj) -> bool`.

Every app declares its rules in its own `permissions.py` with `@rule("app.action")`; they are
collected at start-up (CoreConfig.ready). `behoudplein permissions` prints them all, so there is
one place to read who may do what. Views, the API and templates ask `can(user, name, obj)`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.core.exceptions import PermissionDenied

Predicate = Callable[[Any, Any], bool]

_RULES: dict[str, Predicate] = {}


def rule(name: str) -> Callable[[Predicate], Predicate]:
    def register(predicate: Predicate) -> Predicate:
        if name in _RULES and _RULES[name] is not predicate:
            raise ValueError(f"permission rule {name!r} is defined twice")
        _RULES[name] = predicate
        return predicate

    return register


def can(user: Any, name: str, obj: Any = None) -> bool:
    try:
        predicate = _RULES[name]
    except KeyError:
        raise KeyError(f"unknown permission rule {name!r}") from None
    if user is None or not getattr(user, "is_active", False):
        user = None
    return bool(predicate(user, obj))


def require(user: Any, name: str, obj: Any = None) -> None:
    if not can(user, name, obj):
        raise PermissionDenied(name)


def all_rules() -> dict[str, Predicate]:
    return dict(sorted(_RULES.items()))


class RulesBackend:
    """Lets `user.has_perm("rule.name", obj)` and Django's admin ask the same rules."""

    def authenticate(self, request: Any, **credentials: Any) -> None:
        return None

    def has_perm(self, user_obj: Any, perm: str, obj: Any = None) -> bool:
        return perm in _RULES and can(user_obj, perm, obj)

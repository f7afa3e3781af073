"""The kinds of content search knows, in one place.

Each content app has a function yielding its ``IndexInput`` records (all of them, public or
not); a later module adds one line here. Kinds and their natural keys follow SPEC.md.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from django.apps import apps
from django.utils.translation import gettext_lazy as _

# kind -> (app that must be installed, "module:function" yielding that kind's documents)
KINDS: dict[str, tuple[str, str]] = {
    "project": ("behoudplein.knowledge", "behoudplein.knowledge.search_documents:projects"),
    "lesson": ("behoudplein.knowledge", "behoudplein.knowledge.search_documents:lessons"),
    "share": ("behoudplein.shares", "behoudplein.shares.search_documents:shares"),
}
# Records whose names other kinds' documents show (a share its organisation's name and
# region, a project its tags): model label -> (app that must be installed, "module:function"
# that indexes again the documents showing that record, given the record). Called through
# `search.services.related_changed` by the forms and admin screens that change such records.
FOLLOWS: dict[str, list[tuple[str, str]]] = {
    "organisations.organisation": [
        ("behoudplein.shares", "behoudplein.shares.search_documents:follow_organisation")
    ],
    "organisations.region": [
        ("behoudplein.shares", "behoudplein.shares.search_documents:follow_region")
    ],
    "shares.round": [("behoudplein.shares", "behoudplein.shares.search_documents:follow_round")],
    "knowledge.tag": [
        ("behoudplein.knowledge", "behoudplein.knowledge.search_documents:follow_tag")
    ],
    "knowledge.lessontheme": [
        ("behoudplein.knowledge", "behoudplein.knowledge.search_documents:follow_theme")
    ],
}
# Every kind SPEC.md names; a kind whose module is not built yet simply has no results.
ALL_KINDS = (
    "project",
    "lesson",
    "share",
    "intervention",
    "service",
    "action_project",
    "action_goal",
)
KIND_LABELS = {
    "project": _("Project"),
    "lesson": _("Les"),
    "share": _("Deelbijdrage"),
    "intervention": _("Interventie"),
    "service": _("Dienst"),
    "action_project": _("Actielijnproject"),
    "action_goal": _("Actielijndoel"),
}


@dataclass(frozen=True)
class Facets:
    regions: tuple[str, ...] = ()
    sectors: tuple[str, ...] = ()
    year: int | None = None


# What content apps store per document (fields, URLs, context lines). Raise it with a change
# that existing documents should get: `migrate` then rebuilds the index (see upkeep.py).
# 2: context lines; lessons link to their place on the project page.
# 3: a lesson shows, links to and is labelled by its published projects only.
# 4: an organisation's own drafts are marked `owner_only`; lessons carry their themes' names.
DOCUMENT_FORMAT = 4


@dataclass(frozen=True)
class IndexInput:
    """One findable record, as a content app describes it."""

    kind: str
    key: Any
    title: str
    url: str
    body: str = ""
    tags: str = ""
    code: str = ""
    facets: Facets = field(default_factory=Facets)
    public: bool = False
    # Who finds a record that is not public: members of its organisation; administrators;
    # editors and the project leads of its region (`region_id`) too, unless it is
    # `owner_only`: an organisation's own working copy, which reviewers see once submitted.
    organisation_id: int | None = None
    region_id: int | None = None
    owner_only: bool = False
    # One short line under the title in the results page, e.g. the project a lesson is from;
    # shown as it is, not searched (say it in title, tags or body as well to find it).
    context: str = ""


def _load(path: str) -> Callable[..., Any]:
    """The function a "module:function" path names."""
    module, name = path.split(":")
    function: Callable[..., Any] = getattr(importlib.import_module(module), name)
    return function


def followers(label: str) -> list[Callable[[Any], None]]:
    """The functions that index again what shows a record of this model (see FOLLOWS)."""
    return [_load(path) for app, path in FOLLOWS.get(label, []) if apps.is_installed(app)]


def registered_kinds() -> list[str]:
    return [kind for kind, (app, _) in KINDS.items() if apps.is_installed(app)]


def all_documents(kinds: list[str] | None = None) -> Iterator[IndexInput]:
    """Every document of every registered kind (what `reindex` indexes)."""
    for kind in kinds or registered_kinds():
        yield from _load(KINDS[kind][1])()

from __future__ import annotations

from typing import Any

from django.db import models

from behoudplein.accounts.roles import is_administrator, is_editor


class ProjectQuerySet(models.QuerySet):
    def published(self) -> ProjectQuerySet:
        return self.filter(is_published=True)

    def visible_to(self, user: Any) -> ProjectQuerySet:
        if is_editor(user) or is_administrator(user):
            return self
        return self.published()

    def for_list(self) -> ProjectQuerySet:
        return self.select_related("source_document").prefetch_related("tags")

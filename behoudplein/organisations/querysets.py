from __future__ import annotations

from typing import TYPE_CHECKING

from django.db import models

if TYPE_CHECKING:
    pass


class OrganisationQuerySet(models.QuerySet["Organisation"]):
    def for_list(self) -> OrganisationQuerySet:
        return self.select_related("region").order_by("name", "pk")

    def in_region(self, region_slug: str) -> OrganisationQuerySet:
        return self.filter(region__slug=region_slug)

    def in_labour_market_region(self, slug: str) -> OrganisationQuerySet:
        """Organisations established in a region that covers this labour-market region."""
        return self.filter(region__labour_market_regions__slug=slug).distinct()

    def search_name(self, text: str) -> OrganisationQuerySet:
        text = text.strip()
        if not text:
            return self
        if text.isdigit():
            return self.filter(kvk_number__startswith=text)
        return self.filter(name__icontains=text)

"""What Delen puts in the search index: shares, findable by everyone once published.

Unpublished shares are indexed too, but only for those who may open them anyway (members of
the organisation, administrators; once submitted also the project leads of the region and
editors): `sync_share` runs after every transition and save, so a share that is unpublished
disappears from public results at once.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from behoudplein.search import services as search
from behoudplein.search.registry import Facets, IndexInput

from .constants import QUESTIONS, Status
from .models import Share
from .permissions import PRIVATE_STATUSES

NOT_INDEXED = frozenset({Status.WITHDRAWN})


def share_key(share: Share) -> dict[str, str]:
    return _key(share.organisation.kvk_number, share.round.name)


def _key(kvk_number: str, round_name: str) -> dict[str, str]:
    return {"organisation": kvk_number, "round": round_name}


def share_input(share: Share) -> IndexInput:
    organisation = share.organisation
    answers = "\n".join(
        f"{question}\n{answer}"
        for question, answer in zip(QUESTIONS, share.answers, strict=True)
        if answer
    )
    body = "\n".join(p for p in (share.summary, answers, share.region_reason) if p)
    tags = " ".join(
        p
        for p in (
            organisation.get_branch_display(),
            share.region.name,
            organisation.city,
            share.get_method_display(),
            f"ronde {share.round.name}",
        )
        if p
    )
    published = share.status == Status.PUBLISHED
    return IndexInput(
        kind="share",
        key=share_key(share),
        title=f"{organisation.name}: aanpak behoud ({share.round.name})",
        url=share.get_public_url() if published else share.get_absolute_url(),
        body=body,
        tags=tags,
        facets=Facets(
            regions=(share.region.slug,),
            sectors=(organisation.branch,) if organisation.branch else (),
            year=share.round.period_start.year,
        ),
        public=published,
        organisation_id=share.organisation_id,
        region_id=share.region_id,
        # A concept is the organisation's own (see shares.view): no reviewer finds it.
        owner_only=share.status in PRIVATE_STATUSES,
    )


def _queryset(**filters: Any) -> Iterator[Share]:
    return (
        Share.objects.filter(**filters)
        .exclude(status__in=NOT_INDEXED)
        .select_related("organisation", "round", "region")
        .order_by("pk")
        .iterator()
    )


def shares() -> Iterator[IndexInput]:
    for share in _queryset():
        yield share_input(share)


def _sync(shares: Iterable[Share]) -> None:
    """Index these shares again and drop documents whose key no share has any longer (a
    renamed round, a changed KvK number)."""
    search.index_documents(share_input(share) for share in shares)
    keep = {
        search.natural_key(_key(kvk, name))
        for kvk, name in Share.objects.exclude(status__in=NOT_INDEXED).values_list(
            "organisation__kvk_number", "round__name"
        )
    }
    search.remove_documents_except(kinds=["share"], keep={("share", key) for key in keep})


def follow_organisation(organisation: Any) -> None:
    """Its name, branch and city are in its shares' documents."""
    _sync(_queryset(organisation=organisation))


def follow_region(region: Any) -> None:
    _sync(_queryset(region=region))


def follow_round(round_: Any) -> None:
    _sync(_queryset(round=round_))


def sync_share(share: Share) -> None:
    share = Share.objects.select_related("organisation", "round", "region").get(pk=share.pk)
    if share.status in NOT_INDEXED:
        search.remove_document(kind="share", key=share_key(share))
    else:
        search.index_documents([share_input(share)])

"""Demo rounds, grants and shares in every state (organisations and texts are invented)."""

from __future__ import annotations

import datetime
import io
from typing import Any

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.utils import timezone

from behoudplein.accounts.constants import Role
from behoudplein.accounts.models import RegionRole, User
from behoudplein.organisations.models import Organisation, Region

from .constants import FileKind, Method, Status
from .files import STORAGE_PREFIX
from .models import ActivityInvitation, Grant, Reminder, Round, Share, ShareFile, ShareTransition

ORDER = 30

ROUNDS = [
    ("T3", datetime.date(2023, 1, 1), datetime.date(2024, 12, 31), datetime.date(2025, 3, 1)),
    ("T4", datetime.date(2025, 1, 1), datetime.date(2026, 12, 31), datetime.date(2027, 3, 1)),
]

# KvK, round, themes, maximum subsidy
GRANTS = [
    ("61000001", "T3", "behoud,instroom", 60_000),
    ("61000001", "T4", "behoud", 45_000),
    ("61000002", "T4", "behoud,opleiden", 38_000),
    ("61000003", "T4", "behoud", 25_000),
    ("61000004", "T3", "behoud", 9_500),
    ("61000004", "T4", "behoud", 12_000),
    ("61000005", "T4", "behoud", 14_000),
    ("61000006", "T4", "instroom", 30_000),
    ("62000001", "T4", "behoud", 120_000),
    ("62000002", "T4", "behoud", 52_000),
    ("62000003", "T4", "behoud,zijinstroom", 33_000),
    ("62000004", "T4", "behoud", 18_000),
    ("63000001", "T4", "behoud", 27_000),
    ("64000001", "T4", "behoud", 41_000),
    ("65000001", "T4", "behoud", 22_000),
]

SUMMARIES = {
    "website": "Op ons dashboard staat per team hoeveel collega's een loopbaangesprek hadden, "
    "hoeveel er intern doorstroomden en wat zij ervan vonden.",
    "video": "In acht minuten vertellen drie wijkverpleegkundigen hoe het maatjesprogramma hen "
    "door het eerste jaar hielp, en wat de teamleider anders is gaan doen.",
    "publication": "Een verslag van twee jaar 'vitaal roosteren': medewerkers kiezen zelf "
    "hun diensten binnen vaste spelregels. Met cijfers over verzuim en vertrek.",
    "agreed": "We delen onze aanpak in een werksessie op de regionale HR-dag.",
}
MARKERS = {
    "website": [
        "tabblad Aanpak",
        "tabblad Projecten",
        "tabblad Cijfers",
        "tabblad Beleid",
        "tabblad Tips",
    ],
    "video": ["minuut 0:40", "minuut 2:15", "minuut 4:30", "minuut 6:05", "minuut 7:20"],
    "publication": ["paragraaf 1", "paragraaf 2", "paragraaf 3 en tabel", "paragraaf 4", "slot"],
    "agreed": ["deel 1", "deel 2", "deel 3", "deel 4", "afsluiting"],
}
ANSWERS = [
    "Iedere medewerker heeft twee keer per jaar een gesprek over werkplezier en ontwikkeling.",
    "Een interne vacaturebank, meeloopdagen op andere afdelingen en een budget voor scholing.",
    "Het vertrek in het eerste jaar daalde van ruim een kwart naar ongeveer een zesde. "
    "Les: het werkt alleen als leidinggevenden er tijd voor krijgen.",
    "Ja: de gesprekken zijn opgenomen in de jaarcyclus en in het opleidingsplan.",
    "Begin met één team, meet vanaf de start en deel de uitkomsten openlijk.",
]

# KvK, round, method, status, consent, region slug (None = establishment region), extras
SHARES: list[tuple[str, str, str, str, bool, str | None, dict[str, Any]]] = [
    ("61000001", "T3", Method.WEBSITE, Status.PUBLISHED, True, None, {}),
    ("61000001", "T4", Method.VIDEO, Status.DRAFT, False, None, {}),
    ("61000004", "T3", Method.QUESTIONNAIRE, Status.APPROVED, False, None, {}),
    ("61000002", "T4", Method.VIDEO, Status.SUBMITTED, True, None, {}),
    ("61000003", "T4", Method.WEBSITE, Status.CHANGES_REQUESTED, False, None, {}),
    ("61000005", "T4", Method.PUBLICATION, Status.PUBLISHED, True, None, {"selected": True}),
    ("62000001", "T4", Method.WEBSITE, Status.PUBLISHED, True, None, {}),
    ("62000002", "T4", Method.WEBSITE, Status.APPROVED, False, None, {}),
    ("62000003", "T4", Method.VIDEO, Status.WITHDRAWN, False, None, {}),
    ("62000004", "T4", Method.WEBSITE, Status.SUBMITTED, False, "flevoland", {}),
    ("63000001", "T4", Method.AGREED, Status.DRAFT, False, None, {"agreement": True}),
    ("64000001", "T4", Method.VIDEO, Status.PUBLISHED, True, None, {"vimeo": True}),
]

PATHS = {
    Status.DRAFT: [],
    Status.SUBMITTED: [(Status.DRAFT, Status.SUBMITTED, "")],
    Status.CHANGES_REQUESTED: [
        (Status.DRAFT, Status.SUBMITTED, ""),
        (
            Status.SUBMITTED,
            Status.CHANGES_REQUESTED,
            "Kunt u op het dashboard ook laten zien hoeveel mensen zijn gebleven?",
        ),
    ],
    Status.APPROVED: [
        (Status.DRAFT, Status.SUBMITTED, ""),
        (Status.SUBMITTED, Status.APPROVED, ""),
    ],
    Status.PUBLISHED: [
        (Status.DRAFT, Status.SUBMITTED, ""),
        (Status.SUBMITTED, Status.PUBLISHED, "Mooi voorbeeld voor de regio."),
    ],
    Status.WITHDRAWN: [(Status.DRAFT, Status.WITHDRAWN, "We delen volgend jaar.")],
}


def load() -> None:
    rounds = {}
    for name, start, end, deadline in ROUNDS:
        rounds[name], _ = Round.objects.update_or_create(
            name=name,
            defaults={"period_start": start, "period_end": end, "sharing_deadline": deadline},
        )
    organisations = {o.kvk_number: o for o in Organisation.objects.select_related("region")}
    for kvk, round_name, themes, amount in GRANTS:
        Grant.objects.update_or_create(
            organisation=organisations[kvk],
            round=rounds[round_name],
            defaults={"themes": themes, "max_subsidy_eur": amount},
        )
    leads = {
        role.region_id: role.user
        for role in RegionRole.objects.filter(role=Role.PROJECT_LEAD).select_related("user")
    }
    for kvk, round_name, method, status, consent, region_slug, extra in SHARES:
        organisation = organisations[kvk]
        if Share.objects.filter(organisation=organisation, round=rounds[round_name]).exists():
            continue
        region = Region.objects.get(slug=region_slug) if region_slug else organisation.region
        _create_share(
            organisation, rounds[round_name], method, status, consent, region, extra, leads
        )
    _remind_one_per_round(leads)


def _remind_one_per_round(leads: dict[int, User]) -> None:
    """The compliance overview shows 'last reminded': one organisation per round that has not
    shared yet was reminded by its region's projectleider."""
    for grant in Grant.objects.behoud().select_related("organisation", "round"):
        organisation, round_ = grant.organisation, grant.round
        if Reminder.objects.filter(round=round_).exists():
            continue
        if Share.objects.filter(organisation=organisation, round=round_).exists():
            continue
        lead = leads.get(organisation.region_id)
        if lead is not None:
            Reminder.objects.create(round=round_, organisation=organisation, sent_by=lead)


def _create_share(
    organisation: Organisation,
    round: Round,
    method: str,
    status: str,
    consent: bool,
    region: Region,
    extra: dict[str, Any],
    leads: dict[int, User],
) -> None:
    member = organisation.members.first()
    lead = leads.get(region.pk)
    fields: dict[str, Any] = {
        "method": method,
        "status": status,
        "consent_to_publish": consent,
        "people_reached": 40 + len(organisation.name) * 3,
        "people_retained": 20 + len(organisation.name),
        "selected_for_edition": bool(extra.get("selected")),
    }
    if region != organisation.region:
        fields["region_reason"] = "Onze aanpak is opgezet samen met twee Flevolandse partners."
    if method == Method.QUESTIONNAIRE:
        fields.update({f"answer_{n}": text for n, text in enumerate(ANSWERS, start=1)})
    else:
        fields["summary"] = SUMMARIES.get(method, SUMMARIES["website"])
        markers = MARKERS.get(method, MARKERS["website"])
        fields.update({f"marker_{n}": text for n, text in enumerate(markers, start=1)})
    if method == Method.WEBSITE:
        fields["url"] = f"https://www.{organisation.kvk_number}.voorbeeld.nl/behoud"
    if method == Method.VIDEO:
        fields["video_url"] = (
            "https://vimeo.com/76979871"
            if extra.get("vimeo")
            else "https://www.youtube.com/watch?v=aqz-KE-bpKQ"
        )
    if extra.get("agreement"):
        fields.update(
            agreement_request="Een werksessie van een uur op de regionale HR-dag.",
            agreement_requested_at=timezone.now(),
        )
    if status == Status.PUBLISHED:
        fields["published_at"] = timezone.now()
    if status != Status.DRAFT:
        fields["submitted_at"] = timezone.now()
    share = Share.objects.create(
        organisation=organisation, round=round, region=region, created_by=member, **fields
    )
    for from_status, to_status, comment in PATHS[Status(status)]:
        by = (
            lead
            if to_status in (Status.APPROVED, Status.PUBLISHED, Status.CHANGES_REQUESTED)
            else member
        )
        ShareTransition.objects.create(
            share=share,
            action="demo",
            from_status=from_status,
            to_status=to_status,
            by=by,
            comment=comment,
        )
    if method == Method.PUBLICATION:
        _attach_publication(share)
    if status == Status.PUBLISHED and method == Method.WEBSITE:
        ActivityInvitation.objects.create(
            share=share,
            what="Korte pitch op de regionale kennismiddag behoud",
            when=timezone.localdate() + datetime.timedelta(days=45),
            invited_by=lead,
        )
    if status == Status.APPROVED and method == Method.QUESTIONNAIRE:
        ActivityInvitation.objects.create(
            share=share,
            what="Rondetafelgesprek kleine organisaties",
            when=timezone.localdate() + datetime.timedelta(days=20),
            invited_by=lead,
            response="accepted",
            response_note="We sturen onze HR-adviseur.",
            responded_by=member,
            responded_at=timezone.now(),
        )


def _attach_publication(share: Share) -> None:
    from pypdf import PdfWriter

    writer = PdfWriter()
    for _ in range(2):
        writer.add_blank_page(width=595, height=842)
    out = io.BytesIO()
    writer.write(out)
    name = default_storage.save(
        f"{STORAGE_PREFIX}/{share.pk}/demo-publicatie.pdf", ContentFile(out.getvalue())
    )
    ShareFile.objects.create(
        share=share,
        kind=FileKind.PUBLICATION,
        storage_name=name,
        original_name="vitaal-roosteren.pdf",
        content_type="application/pdf",
        size=len(out.getvalue()),
        page_count=2,
    )

"""The rules a share must meet before it can be submitted, as Dutch messages per field.

Kept apart from the services so the preview page can show what is still missing.
"""

from __future__ import annotations

from urllib.parse import urlparse

from django.utils.translation import gettext as _

from .constants import (
    METHOD_FILE_KIND,
    SMALL_ORGANISATION_MAX_EUR,
    AgreementDecision,
    FileKind,
    Method,
)
from .models import Grant, Share

Errors = dict[str, list[str]]


def is_https_url(value: str) -> bool:
    parsed = urlparse(value or "")
    return parsed.scheme == "https" and bool(parsed.netloc) and "." in parsed.netloc


def euro(amount: int) -> str:
    return "€ " + f"{amount:,}".replace(",", ".")


def questionnaire_refusal(share: Share, grant: Grant | None) -> str | None:
    """Method 5 is only for small organisations; the message says why it is refused."""
    if grant is None:
        return _(
            "De digitale vragenlijst is alleen voor kleine organisaties, maar voor ronde "
            "%(round)s is geen subsidie van uw organisatie bekend. Kies een andere manier."
        ) % {"round": share.round.name}
    if grant.max_subsidy_eur > SMALL_ORGANISATION_MAX_EUR:
        return _(
            "De digitale vragenlijst is alleen bedoeld voor kleine organisaties, met een "
            "maximale subsidie van %(limit)s of minder. Uw maximale subsidie in ronde "
            "%(round)s is %(amount)s. Kies een andere manier van delen."
        ) % {
            "limit": euro(SMALL_ORGANISATION_MAX_EUR),
            "round": share.round.name,
            "amount": euro(grant.max_subsidy_eur),
        }
    return None


def submission_errors(share: Share, *, grant: Grant | None, file_kinds: set[str]) -> Errors:
    errors: Errors = {}

    def add(field: str, message: str) -> None:
        errors.setdefault(field, []).append(message)

    if share.region_id != share.organisation.region_id and not share.region_reason.strip():
        add(
            "region_reason",
            _(
                "U deelt in een andere regio dan waar uw organisatie bij de KvK is gevestigd. "
                "Leg uit waarom, bijvoorbeeld omdat de aanpak specifiek voor die regio is."
            ),
        )
    if share.people_reached is None:
        add("people_reached", _("Vul in hoeveel mensen de aanpak (naar verwachting) bereikt."))
    if share.people_retained is None:
        add(
            "people_retained",
            _("Schat hoeveel mensen mede hierdoor behouden of inzetbaar blijven."),
        )
    if (
        share.people_reached is not None
        and share.people_retained is not None
        and share.people_retained > share.people_reached
    ):
        add(
            "people_retained",
            _("Het aantal behouden mensen kan niet groter zijn dan het aantal bereikte mensen."),
        )

    method = share.method
    if not method:
        add("method", _("Kies eerst hoe u uw aanpak deelt."))
        return errors

    if method == Method.QUESTIONNAIRE:
        refusal = questionnaire_refusal(share, grant)
        if refusal:
            add("method", refusal)
        for number, answer in enumerate(share.answers, start=1):
            if not answer.strip():
                add(f"answer_{number}", _("Beantwoord vraag %(n)s.") % {"n": number})
        return errors

    if not share.summary.strip():
        add("summary", _("Schrijf een korte samenvatting voor de openbare pagina."))
    for number, marker in enumerate(share.markers, start=1):
        if not marker.strip():
            add(
                f"marker_{number}",
                _(
                    "Geef aan waar vraag %(n)s aan bod komt (bijvoorbeeld een minuut, dia of "
                    "paragraaf)."
                )
                % {"n": number},
            )

    if method == Method.WEBSITE:
        if not share.url:
            add("url", _("Vul het webadres van uw website of dashboard in."))
        elif not is_https_url(share.url):
            add("url", _("Het webadres moet een volledig adres zijn dat begint met https://."))
    elif method == Method.VIDEO:
        if share.video_url and not is_https_url(share.video_url):
            add("video_url", _("De link naar de video moet beginnen met https://."))
        elif not share.video_url and FileKind.VIDEO not in file_kinds:
            add("video_url", _("Geef een link naar de video of upload het videobestand."))
    elif method in METHOD_FILE_KIND:
        if METHOD_FILE_KIND[Method(method)] not in file_kinds:
            add(
                "files",
                _("Upload de presentatie.")
                if method == Method.PRESENTATION
                else _("Upload de publicatie (pdf of docx van 1 tot 3 A4)."),
            )
    elif method == Method.AGREED and share.agreement_decision != AgreementDecision.AGREE:
        add(
            "method",
            _(
                "Een andere vorm van delen kan pas worden ingediend als de projectleider "
                "ermee heeft ingestemd. Vraag eerst om akkoord."
            ),
        )
    return errors

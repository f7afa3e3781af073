from typing import Final

from django.db import models
from django.utils.translation import gettext_lazy as _

# A small organisation: its maximum subsidy in the round is at most this amount (euros).
SMALL_ORGANISATION_MAX_EUR: Final = 15_000


class Theme(models.TextChoices):
    BEHOUD = "behoud", _("Behoud")
    INSTROOM = "instroom", _("Instroom")
    OPLEIDEN = "opleiden", _("Opleiden")
    ZIJINSTROOM = "zijinstroom", _("Zij-instroom")


class Method(models.TextChoices):
    WEBSITE = "website", _("1. Link naar eigen website of dashboard")
    VIDEO = "video", _("2. Video")
    PRESENTATION = "presentation", _("3. Presentatie")
    PUBLICATION = "publication", _("4. Publicatie van 1 tot 3 A4")
    QUESTIONNAIRE = "questionnaire", _("5. Digitale vragenlijst (kleine organisaties)")
    AGREED = "agreed", _("6. Andere vorm, afgesproken met de projectleider")


class Status(models.TextChoices):
    DRAFT = "draft", _("Concept")
    SUBMITTED = "submitted", _("Ingediend")
    CHANGES_REQUESTED = "changes_requested", _("Aanvulling gevraagd")
    APPROVED = "approved", _("Goedgekeurd")
    PUBLISHED = "published", _("Gepubliceerd")
    WITHDRAWN = "withdrawn", _("Ingetrokken")


EDITABLE_STATUSES: Final = frozenset({Status.DRAFT, Status.CHANGES_REQUESTED})
DONE_STATUSES: Final = frozenset({Status.SUBMITTED, Status.APPROVED, Status.PUBLISHED})


class FileKind(models.TextChoices):
    VIDEO = "video", _("Video")
    PRESENTATION = "presentation", _("Presentatie")
    PUBLICATION = "publication", _("Publicatie")


# Which upload belongs to which method.
METHOD_FILE_KIND: Final = {
    Method.VIDEO: FileKind.VIDEO,
    Method.PRESENTATION: FileKind.PRESENTATION,
    Method.PUBLICATION: FileKind.PUBLICATION,
}


class AgreementDecision(models.TextChoices):
    AGREE = "agree", _("Akkoord")
    DECLINE = "decline", _("Niet akkoord")


class InvitationResponse(models.TextChoices):
    ACCEPTED = "accepted", _("Aangenomen")
    DECLINED = "declined", _("Afgeslagen")


QUESTIONS: Final = (
    _(
        "Hoe werkt uw organisatie aan het behoud van medewerkers, en met welk programma of welke "
        "programma's?"
    ),
    _("Welke projecten of activiteiten zijn uit die aanpak voortgekomen?"),
    _("Wat levert de aanpak blijvend op, en wat heeft u ervan geleerd?"),
    _(
        "Draagt de aanpak structureel bij aan uw beleid voor duurzame inzetbaarheid of minder "
        "uitstroom? Zo ja, hoe?"
    ),
    _("Wat kunnen andere organisaties in de regio hiervan overnemen of leren?"),
)

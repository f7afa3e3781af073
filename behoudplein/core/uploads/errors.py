"""Every refusal an upload can meet: a stable code and the message the uploader reads.

The msgids are Dutch, like the rest of the project; the English is in locale/en/LC_MESSAGES.
"""

from __future__ import annotations

from typing import Any, Final

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

EMPTY: Final = "empty"
TOO_LARGE: Final = "too_large"
EXECUTABLE: Final = "executable"
UNKNOWN_KIND: Final = "unknown_kind"
KIND_NOT_ALLOWED: Final = "kind_not_allowed"
ZIP_BOMB: Final = "zip_bomb"
ARCHIVE_ENCRYPTED: Final = "archive_encrypted"
PDF_UNREADABLE: Final = "pdf_unreadable"
PDF_ENCRYPTED: Final = "pdf_encrypted"
PDF_PAGE_COUNT: Final = "pdf_page_count"
PDF_NOT_A4: Final = "pdf_not_a4"
DOCX_UNREADABLE: Final = "docx_unreadable"
DOCX_TOO_LONG: Final = "docx_too_long"
INFECTED: Final = "infected"
SCAN_UNAVAILABLE: Final = "scan_unavailable"

MESSAGES: Final = {
    EMPTY: _("Het bestand is leeg."),
    TOO_LARGE: _("Het bestand is %(size)s; hier zijn bestanden van maximaal %(limit)s toegestaan."),
    EXECUTABLE: _("Dit bestand is een programma. Programma's kunnen niet worden geüpload."),
    UNKNOWN_KIND: _(
        "De inhoud van dit bestand is niet herkend, wat de bestandsnaam ook zegt. Hier "
        "toegestaan: %(allowed)s."
    ),
    KIND_NOT_ALLOWED: _("Dit bestand is van het type %(kind)s. Hier toegestaan: %(allowed)s."),
    ZIP_BOMB: _(
        "Dit bestand pakt uit tot veel meer gegevens dan het bevat, of verbergt archieven in "
        "zich, en is voor de veiligheid geweigerd."
    ),
    ARCHIVE_ENCRYPTED: _(
        "Dit bestand bevat onderdelen met een wachtwoord. Haal de beveiliging weg en upload het "
        "opnieuw."
    ),
    PDF_UNREADABLE: _(
        "Deze pdf kan niet worden geopend; misschien is het bestand beschadigd. Sla het opnieuw "
        "op als pdf en upload het nog eens."
    ),
    PDF_ENCRYPTED: _(
        "Deze pdf is beveiligd met een wachtwoord of versleuteling. Haal de beveiliging weg en "
        "upload hem opnieuw."
    ),
    PDF_PAGE_COUNT: _(
        "De pdf heeft een verkeerd aantal pagina's: %(count)s. Toegestaan is %(min)s tot %(max)s "
        "pagina's."
    ),
    PDF_NOT_A4: _(
        "Pagina %(page)s is %(width)s × %(height)s mm; dat is geen A4 (210 × 297 mm). Sla het "
        "document op met A4-pagina's en upload het opnieuw."
    ),
    DOCX_UNREADABLE: _(
        "Dit Word-document kan niet worden geopend; misschien is het bestand beschadigd."
    ),
    DOCX_TOO_LONG: _(
        "Dit document telt %(count)s woorden; toegestaan zijn maximaal %(limit)s woorden. "
        "Kort de tekst in en upload het opnieuw."
    ),
    INFECTED: _("Dit bestand bevat een virus (%(signature)s) en is geweigerd."),
    SCAN_UNAVAILABLE: _(
        "De virusscan is nu niet beschikbaar, daarom kan het bestand niet worden aangenomen. "
        "Probeer het later opnieuw."
    ),
}


def refusal(code: str, **params: Any) -> ValidationError:
    """The ValidationError for ``code``; raise it, or let a form show it as a field error."""
    return ValidationError(MESSAGES[code], code=code, params=params or None)

"""Every refusal an upload can meet: a stable code and the message the uploader reads.

The msgids are English; the Dutch lives in the project's django.po (see TRANSLATIONS_nl.txt).
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
    EMPTY: _("The file is empty."),
    TOO_LARGE: _("The file is %(size)s; files of at most %(limit)s are allowed here."),
    EXECUTABLE: _("This file is a program. Programs cannot be uploaded."),
    UNKNOWN_KIND: _(
        "The content of this file was not recognised, whatever its name says. "
        "Allowed here: %(allowed)s."
    ),
    KIND_NOT_ALLOWED: _("This file is of type %(kind)s. Allowed here: %(allowed)s."),
    ZIP_BOMB: _(
        "This file unpacks to far more data than it contains, or hides archives inside it, "
        "and has been refused for safety."
    ),
    ARCHIVE_ENCRYPTED: _(
        "This file contains password-protected parts. Remove the protection and upload it again."
    ),
    PDF_UNREADABLE: _(
        "This PDF cannot be opened; it may be damaged. Save it as PDF again and upload it again."
    ),
    PDF_ENCRYPTED: _(
        "This PDF is protected with a password or encryption. Remove the protection and "
        "upload it again."
    ),
    PDF_PAGE_COUNT: _(
        "The PDF has the wrong number of pages: %(count)s. Allowed: %(min)s to %(max)s pages."
    ),
    PDF_NOT_A4: _(
        "Page %(page)s measures %(width)s by %(height)s mm, which is not A4 (210 by 297 mm). "
        "Save the document on A4 pages and upload it again."
    ),
    DOCX_UNREADABLE: _("This Word document cannot be opened; it may be damaged."),
    DOCX_TOO_LONG: _(
        "This document has %(count)s words; at most %(limit)s words are allowed. "
        "Shorten the text and upload it again."
    ),
    INFECTED: _("This file contains a virus (%(signature)s) and has been refused."),
    SCAN_UNAVAILABLE: _(
        "The virus scan is not available right now, so the file cannot be accepted. "
        "Please try again later."
    ),
}


def refusal(code: str, **params: Any) -> ValidationError:
    """The ValidationError for ``code``; raise it, or let a form show it as a field error."""
    return ValidationError(MESSAGES[code], code=code, params=params or None)

"""Reading what a document holds: PDF pages and their size, the words in a docx."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO, Final

import docx
from docx.oxml.ns import qn
from lxml import etree
from pypdf import PdfReader

A4_POINTS: Final = (595.0, 842.0)
POINTS_PER_MM: Final = 72 / 25.4


class UnreadableDocumentError(Exception):
    """The document could not be parsed."""


class EncryptedDocumentError(Exception):
    """The PDF is encrypted (even with an empty password we do not accept it)."""


@dataclass(frozen=True)
class PageSize:
    width: float
    height: float

    @property
    def width_mm(self) -> int:
        return round(self.width / POINTS_PER_MM)

    @property
    def height_mm(self) -> int:
        return round(self.height / POINTS_PER_MM)


def is_close_to_a4(size: PageSize, tolerance: float = 0.10) -> bool:
    """True when both sides are within ``tolerance`` of A4, in portrait or landscape."""
    short, long = sorted((abs(size.width), abs(size.height)))
    a4_short, a4_long = A4_POINTS
    return abs(short - a4_short) <= a4_short * tolerance and (
        abs(long - a4_long) <= a4_long * tolerance
    )


def open_pdf(fileobj: IO[bytes]) -> PdfReader:
    """Open a PDF for reading, raising our own errors for damaged or encrypted files."""
    fileobj.seek(0)
    try:
        reader = PdfReader(fileobj, strict=False)
        encrypted = reader.is_encrypted
        if not encrypted:
            # Walking the page tree is where many damaged files fail; do it while we are
            # still catching.
            len(reader.pages)
    except Exception as exc:
        # pypdf raises a wide range of errors (PdfReadError, KeyError, ValueError, ...) on
        # damaged input; to the uploader they all mean the same thing.
        raise UnreadableDocumentError(str(exc)) from exc
    finally:
        fileobj.seek(0)
    if encrypted:
        raise EncryptedDocumentError
    return reader


def pdf_page_sizes(reader: PdfReader) -> list[PageSize]:
    sizes = []
    try:
        for page in reader.pages:
            box = page.cropbox
            sizes.append(PageSize(width=float(box.width), height=float(box.height)))
    except Exception as exc:
        raise UnreadableDocumentError(str(exc)) from exc
    return sizes


def docx_word_count(fileobj: IO[bytes]) -> int:
    """Count the words a reader sees in the body of a docx: paragraphs, tables and text boxes.

    Runs are joined without a space, because Word splits one word across runs freely.
    Headers, footers and comments are not counted: they do not make a page longer.
    """
    fileobj.seek(0)
    try:
        body = docx.Document(fileobj).element.body
        return len("".join(_text_fragments(body)).split())
    except Exception as exc:
        raise UnreadableDocumentError(str(exc)) from exc
    finally:
        fileobj.seek(0)


_PARAGRAPH: Final = qn("w:p")
_TEXT: Final = qn("w:t")
_SEPARATORS: Final = frozenset({qn("w:tab"), qn("w:br"), qn("w:cr")})
# Word stores a text box twice (DrawingML and a VML fallback); counting both would double it.
_FALLBACK: Final = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def _text_fragments(element: etree._Element) -> Iterator[str]:
    """Yield the text in document order, with a line break around every paragraph."""
    for child in element:
        tag = child.tag
        if tag == _FALLBACK:
            continue
        if tag == _TEXT:
            yield child.text or ""
        elif tag in _SEPARATORS:
            yield " "
        elif tag == _PARAGRAPH:
            yield "\n"
            yield from _text_fragments(child)
            yield "\n"
        else:
            # Runs, hyperlinks, fields, tables, text boxes: their text belongs where they are.
            yield from _text_fragments(child)

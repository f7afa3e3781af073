"""Turn the bytes of an uploaded file into numbered text lines.

The format is recognised from the content (magic bytes), never from the file name: a name is
only used to warn when its extension disagrees with what the bytes turned out to be.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import PurePath
from typing import TYPE_CHECKING, Literal

from behoudplein.importer import messages

if TYPE_CHECKING:
    from docx.table import Table
    from docx.text.paragraph import Paragraph

DocumentFormat = Literal["text", "pdf", "docx"]

DEFAULT_MAX_BYTES = 50 * 1024 * 1024
# A docx is a zip: refuse archives that would inflate far beyond the accepted upload size.
_MAX_INFLATION = 4

_PDF_MAGIC = b"%PDF-"
_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_DOCX_PART = "word/document.xml"

_EXTENSION_FORMATS: dict[str, DocumentFormat] = {
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".markdown": "text",
    ".csv": "text",
    ".tsv": "text",
    ".pdf": "pdf",
    ".docx": "docx",
}

_LINE_BREAK = re.compile(r"\r\n|\r|\n")
# Control, surrogate and private-use characters; tab, newline, CR and form feed are fine.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ud800-\uf8ff]")
# Share of control characters above which decoded "text" is treated as binary data.
_MAX_CONTROL_RATIO = 0.01


class UnreadableDocument(Exception):
    """The file cannot be read as a document; ``message`` is Dutch and shown to the user."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass
class ExtractedDocument:
    """Text lines of a document; ``line_pages[i]`` is the 1-based page of ``lines[i]``."""

    lines: list[str]
    format: DocumentFormat
    line_pages: list[int] | None = None
    warnings: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n".join(self.lines)

    def page_of(self, line_number: int) -> int | None:
        """Page of a 1-based line number, when the format keeps pages."""
        if self.line_pages is None or not 1 <= line_number <= len(self.line_pages):
            return None
        return self.line_pages[line_number - 1]


def detect_format(data: bytes) -> DocumentFormat:
    """Recognise the format from the first bytes; raise ``UnreadableDocument`` otherwise."""
    if not data:
        raise UnreadableDocument(messages.EMPTY_FILE)
    if _PDF_MAGIC in data[:1024]:
        return "pdf"
    if data.startswith(_ZIP_MAGIC):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                names = set(archive.namelist())
        except zipfile.BadZipFile as exc:
            raise UnreadableDocument(messages.BINARY_CONTENT) from exc
        if _DOCX_PART not in names:
            raise UnreadableDocument(messages.UNSUPPORTED_ARCHIVE)
        return "docx"
    if data.startswith(_OLE_MAGIC):
        raise UnreadableDocument(messages.LEGACY_WORD)
    return "text"


def extract_document(
    data: bytes,
    *,
    filename: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> ExtractedDocument:
    """Read ``data`` as text, PDF or docx; ``filename`` only feeds a mismatch warning."""
    if len(data) > max_bytes:
        raise UnreadableDocument(messages.TOO_LARGE.format(size=len(data), limit=max_bytes))
    document_format = detect_format(data)
    if document_format == "pdf":
        document = _extract_pdf(data)
    elif document_format == "docx":
        document = _extract_docx(data, max_bytes=max_bytes)
    else:
        document = _extract_text(data)
    if not any(line.strip() for line in document.lines):
        raise UnreadableDocument(messages.NO_TEXT)
    warning = _extension_warning(filename, document_format)
    if warning:
        document.warnings.insert(0, warning)
    return document


def _extension_warning(filename: str | None, actual: DocumentFormat) -> str | None:
    if not filename:
        return None
    extension = PurePath(filename).suffix.lower()
    expected = _EXTENSION_FORMATS.get(extension)
    if expected is None or expected == actual:
        return None
    return messages.EXTENSION_MISMATCH.format(
        extension=extension, actual=messages.FORMAT_NAMES[actual]
    )


def _split_lines(text: str) -> list[str]:
    lines = _LINE_BREAK.split(text)
    if len(lines) > 1 and lines[-1] == "":
        lines.pop()
    return lines


def _looks_binary(text: str) -> bool:
    if not text:
        return False
    limit = int(len(text) * _MAX_CONTROL_RATIO)
    # Stops at the first character past the limit instead of counting the whole file.
    matches = enumerate(_CONTROL.finditer(text), start=1)
    return any(count > limit for count, _ in matches)


def _decode_text(data: bytes) -> tuple[str, list[str]]:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), []
        except UnicodeDecodeError as exc:
            raise UnreadableDocument(messages.BINARY_CONTENT) from exc
    if b"\x00" in data:
        raise UnreadableDocument(messages.BINARY_CONTENT)
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), [messages.DECODED_AS_CP1252]
    except UnicodeDecodeError as exc:
        raise UnreadableDocument(messages.BINARY_CONTENT) from exc


def _extract_text(data: bytes) -> ExtractedDocument:
    text, warnings = _decode_text(data)
    if _looks_binary(text):
        raise UnreadableDocument(messages.BINARY_CONTENT)
    pages = text.split("\f")
    if len(pages) == 1:
        return ExtractedDocument(lines=_split_lines(text), format="text", warnings=warnings)
    # Form feeds (as written by pdftotext) mark page breaks: keep them as page numbers.
    lines: list[str] = []
    line_pages: list[int] = []
    for number, page in enumerate(pages, start=1):
        page_lines = _split_lines(page) if page else []
        lines.extend(page_lines)
        line_pages.extend([number] * len(page_lines))
    return ExtractedDocument(lines=lines, format="text", line_pages=line_pages, warnings=warnings)


def _extract_pdf(data: bytes) -> ExtractedDocument:
    from pypdf import PdfReader

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise UnreadableDocument(messages.PDF_ENCRYPTED)
        page_texts = [page.extract_text() or "" for page in reader.pages]
    except UnreadableDocument:
        raise
    except Exception as exc:  # pypdf raises many types for damaged files
        raise UnreadableDocument(messages.PDF_UNREADABLE.format(error=exc)) from exc
    if not any(text.strip() for text in page_texts):
        raise UnreadableDocument(messages.PDF_NO_TEXT)
    lines: list[str] = []
    line_pages: list[int] = []
    for number, text in enumerate(page_texts, start=1):
        page_lines = _split_lines(text) if text else []
        lines.extend(page_lines)
        line_pages.extend([number] * len(page_lines))
    return ExtractedDocument(lines=lines, format="pdf", line_pages=line_pages)


def _extract_docx(data: bytes, *, max_bytes: int) -> ExtractedDocument:
    from docx import Document
    from docx.table import Table as DocxTable
    from docx.text.paragraph import Paragraph as DocxParagraph

    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        inflated = sum(info.file_size for info in archive.infolist())
    if inflated > _MAX_INFLATION * max_bytes:
        raise UnreadableDocument(messages.TOO_LARGE.format(size=inflated, limit=max_bytes))
    try:
        document = Document(io.BytesIO(data))
    except Exception as exc:  # python-docx surfaces zip, XML and key errors alike
        raise UnreadableDocument(messages.DOCX_UNREADABLE.format(error=exc)) from exc
    lines: list[str] = []
    for block in document.iter_inner_content():
        # A blank line after each block, as text converted from PDF has between paragraphs:
        # the parsers read a paragraph as the lines between blank lines.
        if isinstance(block, DocxParagraph):
            line = _paragraph_line(block)
            if line.strip():
                lines.extend((line, ""))
        elif isinstance(block, DocxTable):
            lines.extend(_table_lines(block))
            lines.append("")
    return ExtractedDocument(lines=lines, format="docx")


def _paragraph_line(paragraph: Paragraph) -> str:
    text = paragraph.text.replace("\n", " ").replace("\t", " ")
    style = paragraph.style.name if paragraph.style is not None else ""
    style = (style or "").lower()
    level = _heading_level(style)
    if level and text.strip():
        return "#" * level + " " + text.strip()
    if "list" in style and text.strip():
        return "- " + text.strip()
    return text


def _heading_level(style: str) -> int:
    if style == "title":
        return 1
    match = re.fullmatch(r"(?:heading|kop)\s*(\d)", style)
    return min(int(match.group(1)), 6) if match else 0


def _table_lines(table: Table) -> list[str]:
    rows: list[str] = []
    for row in table.rows:
        seen: list[object] = []
        cells: list[str] = []
        for cell in row.cells:
            # Merged cells come back once per grid column; keep each underlying cell once.
            if any(cell._tc is element for element in seen):
                continue
            seen.append(cell._tc)
            cells.append(" ".join(cell.text.split()))
        rows.append("\t".join(cells))
    return rows

"""What a file is, decided by its content; the name a user gave it plays no part."""

from __future__ import annotations

import zipfile
from typing import IO, Final

from lxml import etree

from behoudplein.core.uploads.archives import is_zip, read_member

PDF: Final = "pdf"
DOCX: Final = "docx"
PPTX: Final = "pptx"
ODP: Final = "odp"
MP4: Final = "mp4"
WEBM: Final = "webm"

KINDS: Final = (PDF, DOCX, PPTX, ODP, MP4, WEBM)
ZIP_KINDS: Final = frozenset({DOCX, PPTX, ODP})

EXTENSIONS: Final = {kind: kind for kind in KINDS}
CONTENT_TYPES: Final = {
    PDF: "application/pdf",
    DOCX: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    PPTX: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    ODP: "application/vnd.oasis.opendocument.presentation",
    MP4: "video/mp4",
    WEBM: "video/webm",
}
LABELS: Final = {
    PDF: "PDF",
    DOCX: "Word (docx)",
    PPTX: "PowerPoint (pptx)",
    ODP: "OpenDocument (odp)",
    MP4: "MP4",
    WEBM: "WebM",
}

HEAD_BYTES: Final = 4096

_EXECUTABLE_MAGICS: Final = (
    b"MZ",  # Windows PE / DOS
    b"\x7fELF",
    b"\xfe\xed\xfa\xce",  # Mach-O 32-bit, big and little endian
    b"\xce\xfa\xed\xfe",
    b"\xfe\xed\xfa\xcf",  # Mach-O 64-bit
    b"\xcf\xfa\xed\xfe",
    b"\xca\xfe\xba\xbe",  # Mach-O universal (also a Java class file)
    b"#!",  # script with an interpreter line
)

_PDF_MAGIC: Final = b"%PDF-"
# The PDF header may follow a little junk; readers accept it within the first kilobyte.
_PDF_HEADER_WINDOW: Final = 1024

_OOXML_MAIN_TYPES: Final = {
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml": DOCX,
    "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml": PPTX,
}
_CONTENT_TYPES_NS: Final = "{http://schemas.openxmlformats.org/package/2006/content-types}"
_MANIFEST_MAX_BYTES: Final = 1024 * 1024
_ODP_MIMETYPE: Final = b"application/vnd.oasis.opendocument.presentation"

# ISO-BMFF brands that carry a still image or audio only: an ftyp box, but not a video.
_NON_VIDEO_BRANDS: Final = frozenset(
    {b"heic", b"heix", b"heim", b"heis", b"mif1", b"msf1", b"avif", b"avis", b"M4A ", b"M4B "}
)

_EBML_MAGIC: Final = b"\x1a\x45\xdf\xa3"
_EBML_DOCTYPE_ID: Final = 0x4282

# A hardened parser: no DTD, no entities, no network, no huge trees.
_XML_PARSER: Final = etree.XMLParser(
    resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False
)


def sniff(fileobj: IO[bytes]) -> str | None:
    """Return the kind of file in ``fileobj`` (one of ``KINDS``), or None when unknown.

    Executables are always None. Call ``archives.check_zip`` first when the content may be a zip:
    sniffing reads one small, size-checked manifest member, not the whole archive.
    """
    fileobj.seek(0)
    head = fileobj.read(HEAD_BYTES)
    fileobj.seek(0)
    if not head or is_executable(head):
        return None
    if _PDF_MAGIC in head[:_PDF_HEADER_WINDOW]:
        return PDF
    if is_zip(head):
        try:
            return _sniff_zip(fileobj)
        finally:
            fileobj.seek(0)
    if _is_mp4(head):
        return MP4
    if _is_webm(head):
        return WEBM
    return None


def is_executable(head: bytes) -> bool:
    return head.startswith(_EXECUTABLE_MAGICS)


def _sniff_zip(fileobj: IO[bytes]) -> str | None:
    try:
        with zipfile.ZipFile(fileobj) as archive:
            mimetype = read_member(archive, "mimetype", 256)
            if mimetype is not None:
                return ODP if mimetype.strip() == _ODP_MIMETYPE else None
            manifest = read_member(archive, "[Content_Types].xml", _MANIFEST_MAX_BYTES)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, RuntimeError, NotImplementedError):
        # RuntimeError: encrypted member; NotImplementedError: unsupported compression.
        return None
    return _ooxml_kind(manifest) if manifest else None


def _ooxml_kind(manifest: bytes) -> str | None:
    try:
        root = etree.fromstring(manifest, parser=_XML_PARSER)
    except etree.XMLSyntaxError:
        return None
    found = {
        _OOXML_MAIN_TYPES[content_type]
        for override in root.iter(f"{_CONTENT_TYPES_NS}Override")
        if (content_type := override.get("ContentType")) in _OOXML_MAIN_TYPES
    }
    # A package that claims to be a document and a presentation at once is neither.
    return found.pop() if len(found) == 1 else None


def _is_mp4(head: bytes) -> bool:
    if len(head) < 12 or head[4:8] != b"ftyp":
        return False
    box_size = int.from_bytes(head[:4], "big")
    return box_size >= 12 and head[8:12] not in _NON_VIDEO_BRANDS


def _is_webm(head: bytes) -> bool:
    if not head.startswith(_EBML_MAGIC):
        return False
    try:
        size, offset = _read_vint(head, len(_EBML_MAGIC), keep_marker=False)
        end = min(offset + size, len(head))
        while offset < end:
            element_id, offset = _read_vint(head, offset, keep_marker=True)
            length, offset = _read_vint(head, offset, keep_marker=False)
            if element_id == _EBML_DOCTYPE_ID:
                return head[offset : offset + length].rstrip(b"\0") == b"webm"
            offset += length
    except ValueError:
        return False
    return False


def _read_vint(data: bytes, offset: int, *, keep_marker: bool) -> tuple[int, int]:
    """Decode an EBML variable-length integer; return (value, offset after it)."""
    if offset >= len(data):
        raise ValueError("truncated")
    first = data[offset]
    length = 8 - first.bit_length() + 1
    if first == 0 or offset + length > len(data):
        raise ValueError("invalid or truncated vint")
    value = first if keep_marker else first & ((1 << (8 - length)) - 1)
    for byte in data[offset + 1 : offset + length]:
        value = (value << 8) | byte
    return value, offset + length

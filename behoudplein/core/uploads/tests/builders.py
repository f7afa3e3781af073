"""Small real files of every kind, made in memory, for the upload tests."""

from __future__ import annotations

import io
import zipfile

import docx
from pypdf import PdfWriter

A4 = (595.0, 842.0)
A3 = (842.0, 1191.0)
LETTER = (612.0, 792.0)

DOCX_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
PPTX_MAIN = "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"
ODP_MIMETYPE = "application/vnd.oasis.opendocument.presentation"


def pdf_bytes(pages: int = 2, size: tuple[float, float] = A4, password: str | None = None) -> bytes:
    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(width=size[0], height=size[1])
    if password is not None:
        writer.encrypt(user_password=password, algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def docx_bytes(words: int, *, in_table: bool = False) -> bytes:
    document = docx.Document()
    text = " ".join(f"woord{i}" for i in range(words))
    if in_table:
        document.add_table(rows=1, cols=1).cell(0, 0).text = text
    else:
        document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def content_types_xml(main_type: str, part: str) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="xml" ContentType="application/xml"/>'
        f'<Override PartName="{part}" ContentType="{main_type}"/>'
        "</Types>"
    )


def zip_bytes(members: dict[str, bytes | str], *, stored_first: str | None = None) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        if stored_first is not None:
            archive.writestr(stored_first, members[stored_first], zipfile.ZIP_STORED)
        for name, data in members.items():
            if name != stored_first:
                archive.writestr(name, data)
    return out.getvalue()


def pptx_bytes() -> bytes:
    return zip_bytes(
        {
            "[Content_Types].xml": content_types_xml(PPTX_MAIN, "/ppt/presentation.xml"),
            "ppt/presentation.xml": "<p:presentation/>",
        }
    )


def odp_bytes(mimetype: str = ODP_MIMETYPE) -> bytes:
    return zip_bytes(
        {"mimetype": mimetype, "content.xml": "<office:document-content/>"},
        stored_first="mimetype",
    )


def mp4_bytes(brand: bytes = b"isom") -> bytes:
    ftyp = b"\x00\x00\x00\x18ftyp" + brand + b"\x00\x00\x02\x00" + b"isomiso2"
    return ftyp + b"\x00\x00\x00\x08free" + b"\x00" * 256


def _ebml(element_id: bytes, payload: bytes) -> bytes:
    assert len(payload) < 127
    return element_id + bytes([0x80 | len(payload)]) + payload


def webm_bytes(doctype: bytes = b"webm") -> bytes:
    header = (
        _ebml(b"\x42\x86", b"\x01")  # EBMLVersion
        + _ebml(b"\x42\xf7", b"\x01")  # EBMLReadVersion
        + _ebml(b"\x42\xf2", b"\x04")  # EBMLMaxIDLength
        + _ebml(b"\x42\xf3", b"\x08")  # EBMLMaxSizeLength
        + _ebml(b"\x42\x82", doctype)  # DocType
        + _ebml(b"\x42\x87", b"\x04")  # DocTypeVersion
    )
    segment = b"\x18\x53\x80\x67" + b"\x01\xff\xff\xff\xff\xff\xff\xff"
    return _ebml(b"\x1a\x45\xdf\xa3", header) + segment + b"\x00" * 256


def zip_bomb_bytes(megabytes: int = 200) -> bytes:
    """A docx-looking zip with one member of ``megabytes`` zeros, written in streaming mode."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", content_types_xml(DOCX_MAIN, "/word/document.xml"))
        archive.writestr("word/document.xml", "<w:document/>")
        megabyte = bytes(1024 * 1024)
        with archive.open("word/media/image1.png", "w", force_zip64=True) as member:
            for _ in range(megabytes):
                member.write(megabyte)
    return out.getvalue()

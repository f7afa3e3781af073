import io

import pytest

from behoudplein.core.uploads import kinds
from behoudplein.core.uploads.tests import builders


def sniff(data: bytes) -> str | None:
    return kinds.sniff(io.BytesIO(data))


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (builders.pdf_bytes(), "pdf"),
        (builders.docx_bytes(5), "docx"),
        (builders.pptx_bytes(), "pptx"),
        (builders.odp_bytes(), "odp"),
        (builders.mp4_bytes(), "mp4"),
        (builders.mp4_bytes(b"mp42"), "mp4"),
        (builders.webm_bytes(), "webm"),
    ],
)
def test_sniff_recognises_each_kind_by_content(data: bytes, kind: str) -> None:
    assert sniff(data) == kind


@pytest.mark.parametrize(
    "head",
    [b"MZ\x90\x00\x03", b"\x7fELF\x02\x01\x01", b"\xcf\xfa\xed\xfe\x07", b"#!/bin/sh\n"],
    ids=["pe", "elf", "macho", "script"],
)
def test_executables_are_never_a_kind_even_with_a_pdf_inside(head: bytes) -> None:
    data = head + b"\x00" * 64 + builders.pdf_bytes()
    assert kinds.is_executable(data)
    assert sniff(data) is None


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"just some text",
        builders.webm_bytes(b"matroska"),
        builders.mp4_bytes(b"heic"),
        builders.odp_bytes("application/vnd.oasis.opendocument.text"),
        builders.zip_bytes({"readme.txt": "hello"}),
        builders.zip_bytes({"[Content_Types].xml": "<not xml"}),
        b"PK\x03\x04 but not really a zip",
    ],
    ids=["empty", "text", "mkv", "heic", "odt", "plain-zip", "bad-manifest", "broken-zip"],
)
def test_unknown_content_is_none(data: bytes) -> None:
    assert sniff(data) is None


def test_docm_macro_document_is_not_docx() -> None:
    macro_type = "application/vnd.ms-word.document.macroEnabled.main+xml"
    data = builders.zip_bytes(
        {"[Content_Types].xml": builders.content_types_xml(macro_type, "/word/document.xml")}
    )
    assert sniff(data) is None


def test_manifest_with_entities_is_not_expanded() -> None:
    laughs = (
        '<?xml version="1.0"?><!DOCTYPE t [<!ENTITY a "aaaaaaaaaa">'
        '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        f'<Override PartName="/word/document.xml" ContentType="{builders.DOCX_MAIN}"/>'
        "<x>&b;</x></Types>"
    )
    # Whatever the parser makes of it, it must not expand entities or reach the network.
    assert sniff(builders.zip_bytes({"[Content_Types].xml": laughs})) in {None, "docx"}


def test_sniff_leaves_the_file_at_the_start() -> None:
    fileobj = io.BytesIO(builders.docx_bytes(3))
    fileobj.seek(100)
    assert kinds.sniff(fileobj) == "docx"
    assert fileobj.tell() == 0


def test_every_kind_has_extension_content_type_and_label() -> None:
    for kind in kinds.KINDS:
        assert kinds.EXTENSIONS[kind]
        assert kinds.CONTENT_TYPES[kind]
        assert kinds.LABELS[kind]

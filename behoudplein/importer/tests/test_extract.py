from __future__ import annotations

import io
import random
import zipfile

import pytest
from docx import Document
from pypdf import PdfWriter

from behoudplein.importer.extract import (
    ExtractedDocument,
    UnreadableDocument,
    detect_format,
    extract_document,
)
from behoudplein.importer.tests.pdf_builder import text_pdf

_RANDOM = random.Random(20200211)


def _random_bytes(count: int) -> bytes:
    return _RANDOM.randbytes(count)


def _docx_bytes() -> bytes:
    document = Document()
    document.add_heading("Evaluatie van projecten", level=1)
    document.add_paragraph("Een inleidende alinea.")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Projectnummer"
    table.cell(0, 1).text = "2016AB123"
    table.cell(1, 0).text = "Subsidieperiode"
    table.cell(1, 1).text = "1 januari 2017 t/m 30 juni 2019"
    document.add_paragraph("Eerste punt", style="List Bullet")
    document.add_heading("Knelpunten", level=2)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _blank_pdf() -> bytes:
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def test_utf8_text_keeps_line_numbers() -> None:
    document = extract_document("\n# Titel\n\nRegel één\tcel\n".encode())
    assert document.format == "text"
    assert document.lines == ["", "# Titel", "", "Regel één\tcel"]
    assert document.line_pages is None
    assert document.warnings == []


def test_windows_line_endings_and_bom() -> None:
    document = extract_document(b"\xef\xbb\xbfeen\r\ntwee\rdrie\n")
    assert document.lines == ["een", "twee", "drie"]


def test_cp1252_fallback_with_warning() -> None:
    document = extract_document("Coördinatie € 1.000".encode("cp1252"))
    assert document.lines == ["Coördinatie € 1.000"]
    assert len(document.warnings) == 1


def test_utf16_with_bom() -> None:
    document = extract_document("Projectnummer\t2016AB1\n".encode("utf-16"))
    assert document.lines == ["Projectnummer\t2016AB1"]


def test_form_feeds_become_pages() -> None:
    document = extract_document(b"pagina een\nnog een\fpagina twee\n")
    assert document.lines == ["pagina een", "nog een", "pagina twee"]
    assert document.line_pages == [1, 1, 2]
    assert document.page_of(3) == 2
    assert document.page_of(99) is None


def test_docx_paragraphs_headings_and_tables() -> None:
    document = extract_document(_docx_bytes())
    assert document.format == "docx"
    assert "# Evaluatie van projecten" in document.lines
    assert "Een inleidende alinea." in document.lines
    assert "Projectnummer\t2016AB123" in document.lines
    assert "Subsidieperiode\t1 januari 2017 t/m 30 juni 2019" in document.lines
    assert "- Eerste punt" in document.lines
    assert "## Knelpunten" in document.lines
    # Document order is kept: the table sits between the paragraph and the list.
    assert document.lines.index("Een inleidende alinea.") < document.lines.index(
        "Projectnummer\t2016AB123"
    )


def test_pdf_lines_know_their_page() -> None:
    data = text_pdf([["Projectnummer 2016AB1", "Aanleiding"], ["Knelpunten"]])
    document = extract_document(data)
    assert document.format == "pdf"
    assert document.line_pages is not None
    pages = dict(zip(document.lines, document.line_pages, strict=True))
    assert pages["Projectnummer 2016AB1"] == 1
    assert pages["Aanleiding"] == 1
    assert pages["Knelpunten"] == 2


def test_pdf_without_text_layer_is_refused() -> None:
    with pytest.raises(UnreadableDocument) as caught:
        extract_document(_blank_pdf())
    assert "tekstlaag" in caught.value.message


def test_damaged_pdf_is_refused() -> None:
    with pytest.raises(UnreadableDocument):
        extract_document(b"%PDF-1.4\n" + _random_bytes(64))


def test_empty_file_is_refused() -> None:
    with pytest.raises(UnreadableDocument) as caught:
        extract_document(b"")
    assert caught.value.message == "Het bestand is leeg."


def test_whitespace_only_is_refused() -> None:
    with pytest.raises(UnreadableDocument):
        extract_document(b" \n\t\n")


def test_binary_garbage_is_refused() -> None:
    garbage = bytes(range(256)) * 8
    with pytest.raises(UnreadableDocument):
        extract_document(garbage)


def test_random_bytes_are_refused() -> None:
    data = _random_bytes(4096)
    with pytest.raises(UnreadableDocument):
        extract_document(data)


def test_png_is_refused() -> None:
    png = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + _random_bytes(200)
    with pytest.raises(UnreadableDocument):
        extract_document(png, filename="verslag.txt")


def test_zip_that_is_not_docx_is_refused() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("notes.txt", "hallo")
    with pytest.raises(UnreadableDocument):
        extract_document(buffer.getvalue())


def test_legacy_word_is_refused() -> None:
    with pytest.raises(UnreadableDocument) as caught:
        extract_document(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100)
    assert ".docx" in caught.value.message


def test_size_limit_is_configurable() -> None:
    with pytest.raises(UnreadableDocument) as caught:
        extract_document(b"a" * 101, max_bytes=100)
    assert "te groot" in caught.value.message
    assert extract_document(b"a" * 100, max_bytes=100).lines == ["a" * 100]


def test_misleading_extension_warns_but_content_wins() -> None:
    document = extract_document(b"gewone tekst\n", filename="rapport.pdf")
    assert document.format == "text"
    assert len(document.warnings) == 1
    assert ".pdf" in document.warnings[0]


def test_pdf_named_txt_is_read_as_pdf() -> None:
    document = extract_document(text_pdf([["Inhoud"]]), filename="notities.txt")
    assert document.format == "pdf"
    assert document.warnings and ".txt" in document.warnings[0]


def test_matching_or_unknown_extension_gives_no_warning() -> None:
    assert extract_document(b"tekst", filename="a.md").warnings == []
    assert extract_document(b"tekst", filename="a.unknown").warnings == []
    assert extract_document(_docx_bytes(), filename="a.docx").warnings == []


def test_detect_format_uses_content_only() -> None:
    assert detect_format(_docx_bytes()) == "docx"
    assert detect_format(text_pdf([["x"]])) == "pdf"
    assert detect_format(b"plain") == "text"


def test_text_property_joins_lines() -> None:
    assert ExtractedDocument(lines=["a", "b"], format="text").text == "a\nb"

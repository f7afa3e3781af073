import io

import docx
import pytest

from behoudplein.core.uploads import documents
from behoudplein.core.uploads.tests import builders


def word_count(document: docx.document.Document) -> int:
    out = io.BytesIO()
    document.save(out)
    return documents.docx_word_count(out)


def test_a_word_split_over_runs_counts_once_and_tabs_separate_words() -> None:
    document = docx.Document()
    paragraph = document.add_paragraph()
    paragraph.add_run("Beh")
    paragraph.add_run("oud")
    paragraph.add_run("plein\tis").add_tab()
    paragraph.add_run("mooi")
    document.add_paragraph("tweede")
    document.add_paragraph("alinea")
    assert word_count(document) == 5  # Behoudplein, is, mooi, tweede, alinea


def test_nested_tables_count_every_cell_once() -> None:
    document = docx.Document()
    table = document.add_table(rows=2, cols=2)
    for index, cell in enumerate(table._cells):
        cell.text = f"cel{index} tekst"
    table.cell(0, 0).add_table(rows=1, cols=1).cell(0, 0).text = "genest woord"
    assert word_count(document) == 10


def test_docx_word_count_rewinds_and_reports_damage() -> None:
    fileobj = io.BytesIO(builders.docx_bytes(7))
    assert documents.docx_word_count(fileobj) == 7
    assert fileobj.tell() == 0
    with pytest.raises(documents.UnreadableDocumentError):
        documents.docx_word_count(io.BytesIO(builders.pptx_bytes()))


@pytest.mark.parametrize(
    ("width", "height", "close"),
    [
        (595, 842, True),
        (842, 595, True),
        (612, 792, True),  # Letter
        (612, 1008, False),  # Legal
        (536, 758, True),  # just inside -10%
        (530, 842, False),  # just outside
        (420, 595, False),  # A5
    ],
)
def test_close_to_a4(width: float, height: float, close: bool) -> None:
    assert documents.is_close_to_a4(documents.PageSize(width, height)) is close


def test_page_size_in_millimetres() -> None:
    size = documents.PageSize(595, 842)
    assert (size.width_mm, size.height_mm) == (210, 297)

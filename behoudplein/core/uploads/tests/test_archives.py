import io
import zipfile

import pytest

from behoudplein.core.uploads import archives
from behoudplein.core.uploads.tests import builders


def check(data: bytes, limits: archives.ZipLimits | None = None) -> None:
    archives.check_zip(io.BytesIO(data), limits)


def test_ordinary_office_files_pass() -> None:
    check(builders.docx_bytes(200))
    check(builders.pptx_bytes())
    check(builders.odp_bytes())


def test_zip_bomb_of_zeros_is_refused_by_ratio() -> None:
    with pytest.raises(archives.ZipBombError, match="compresses"):
        check(builders.zip_bomb_bytes(200))


def test_total_uncompressed_size_is_limited() -> None:
    data = builders.zip_bytes({f"part{i}.bin": bytes(1000) for i in range(10)})
    with pytest.raises(archives.ZipBombError, match="more than 5000 bytes"):
        check(data, archives.ZipLimits(max_total_bytes=5000))


def test_too_many_members_are_refused() -> None:
    data = builders.zip_bytes({f"m{i}": "" for i in range(21)})
    check(data, archives.ZipLimits(max_members=21))
    with pytest.raises(archives.ZipBombError, match="members"):
        check(data, archives.ZipLimits(max_members=20))


def test_nested_zip_is_refused_whatever_its_name() -> None:
    inner = builders.zip_bytes({"a.txt": "a"})
    with pytest.raises(archives.ZipBombError, match="nested"):
        check(builders.zip_bytes({"word/document.xml": "<w/>", "word/media/logo.png": inner}))
    with pytest.raises(archives.ZipBombError, match="nested"):
        check(builders.zip_bytes({"word/document.xml": "<w/>", "extra.zip": b"not even a zip"}))


def test_embedded_workbook_is_allowed_one_level_deep_and_checked() -> None:
    workbook = builders.zip_bytes({"xl/workbook.xml": "<workbook/>"})
    check(builders.zip_bytes({"ppt/embeddings/Microsoft_Excel_Sheet1.xlsx": workbook}))

    nested_twice = builders.zip_bytes({"xl/embeddings/inner.xlsx": workbook})
    with pytest.raises(archives.ZipBombError, match="nested"):
        check(builders.zip_bytes({"ppt/embeddings/sheet.xlsx": nested_twice}))

    bomb_inside = builders.zip_bomb_bytes(5)
    with pytest.raises(archives.ZipBombError, match="compresses"):
        check(builders.zip_bytes({"word/embeddings/sheet.xlsx": bomb_inside}))


def test_encrypted_member_is_refused() -> None:
    data = bytearray(builders.zip_bytes({"word/document.xml": "<w/>"}))
    # Set the "encrypted" flag in the central directory entry, as a password tool would.
    central = data.index(b"PK\x01\x02")
    data[central + 8] |= 0x1
    with pytest.raises(archives.EncryptedArchiveError):
        check(bytes(data))


def test_not_a_zip_raises_bad_zip_file() -> None:
    with pytest.raises(zipfile.BadZipFile):
        check(b"PK\x03\x04 nope")


def test_read_member_refuses_members_declared_too_big() -> None:
    data = builders.zip_bytes({"big.xml": "x" * 5000, "small.xml": "ok"})
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert archives.read_member(archive, "big.xml", 1000) is None
        assert archives.read_member(archive, "small.xml", 1000) == b"ok"
        assert archives.read_member(archive, "missing.xml", 1000) is None

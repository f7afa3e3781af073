import io
import re
from collections.abc import Iterable
from typing import Any

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.utils import translation

from behoudplein.core.uploads import checks
from behoudplein.core.uploads.archives import ZipLimits
from behoudplein.core.uploads.scanning import EICAR, EicarScanner, NoopScanner
from behoudplein.core.uploads.tests import builders

ALL = {"pdf", "docx", "pptx", "odp", "mp4", "webm"}
MB = 1024 * 1024


def run(data: bytes, allowed: Iterable[str] = ALL, **options: Any) -> checks.UploadCheck:
    options.setdefault("max_bytes", 50 * MB)
    options.setdefault("scanner", NoopScanner())
    return checks.check_upload(io.BytesIO(data), allowed=set(allowed), **options)


def dutch(error: ValidationError) -> str:
    """The message as a Dutch reader sees it (the msgids are Dutch, the site's language)."""
    with translation.override("nl"):
        return str(error.messages[0])


def refusal(data: bytes, allowed: Iterable[str] = ALL, **options: Any) -> ValidationError:
    with pytest.raises(ValidationError) as info:
        run(data, allowed, **options)
    return info.value


def test_valid_two_page_a4_pdf_is_accepted_with_its_page_count() -> None:
    result = run(builders.pdf_bytes(2), {"pdf"}, pdf_pages=(1, 3), require_a4=True)
    assert result.kind == "pdf"
    assert result.page_count == 2
    assert result.word_count is None
    assert result.content_type == "application/pdf"
    assert result.size == len(builders.pdf_bytes(2))


def test_five_page_pdf_is_refused_with_count_and_range() -> None:
    error = refusal(builders.pdf_bytes(5), {"pdf"}, pdf_pages=(1, 3))
    assert error.code == "pdf_page_count"
    assert error.params == {"count": 5, "min": 1, "max": 3}
    assert "5" in dutch(error)
    assert "1 tot 3 pagina's" in dutch(error)


@pytest.mark.parametrize(
    "size", [builders.A4, builders.LETTER, (842.0, 595.0)], ids=["a4", "letter", "landscape"]
)
def test_a4_and_sizes_close_to_it_are_accepted(size: tuple[float, float]) -> None:
    assert run(builders.pdf_bytes(1, size), {"pdf"}, require_a4=True).page_count == 1


def test_a3_is_refused_when_a4_is_required() -> None:
    error = refusal(builders.pdf_bytes(1, builders.A3), {"pdf"}, require_a4=True)
    assert error.code == "pdf_not_a4"
    assert error.params == {"page": 1, "width": 297, "height": 420}
    # Without the A4 requirement the same file is fine.
    assert run(builders.pdf_bytes(1, builders.A3), {"pdf"}).page_count == 1


@pytest.mark.parametrize(
    "data",
    [b"%PDF-1.7\nthis is not a pdf at all", builders.pdf_bytes(2)[:60]],
    ids=["garbage", "truncated"],
)
def test_broken_pdf_is_refused(data: bytes) -> None:
    assert refusal(data, {"pdf"}).code == "pdf_unreadable"


def test_encrypted_pdf_is_refused() -> None:
    data = builders.pdf_bytes(1, password="geheim")
    error = refusal(data, {"pdf"})
    assert error.code == "pdf_encrypted"


def test_docx_under_the_word_limit_is_accepted_with_its_word_count() -> None:
    result = run(builders.docx_bytes(1200), {"docx"}, docx_max_words=1500)
    assert result.kind == "docx"
    assert result.word_count == 1200


def test_docx_over_the_word_limit_is_refused_with_count_and_limit() -> None:
    error = refusal(builders.docx_bytes(1501), {"docx"}, docx_max_words=1500)
    assert error.code == "docx_too_long"
    assert error.params == {"count": 1501, "limit": 1500}
    assert "1501" in dutch(error)
    assert "1500" in dutch(error)


def test_docx_words_in_tables_count_too() -> None:
    assert run(builders.docx_bytes(40, in_table=True), {"docx"}).word_count == 40


def test_pptx_odp_mp4_and_webm_are_accepted() -> None:
    assert run(builders.pptx_bytes()).kind == "pptx"
    assert run(builders.odp_bytes()).kind == "odp"
    assert run(builders.mp4_bytes()).kind == "mp4"
    assert run(builders.webm_bytes()).kind == "webm"


def test_kind_not_allowed_names_the_allowed_kinds() -> None:
    error = refusal(builders.pptx_bytes(), {"pdf", "docx"})
    assert error.code == "kind_not_allowed"
    assert error.params == {"kind": "PowerPoint (pptx)", "allowed": "PDF, Word (docx)"}


def test_unknown_content_is_refused_and_names_the_allowed_kinds() -> None:
    error = refusal(b"hello, I am a text file", {"mp4", "webm"})
    assert error.code == "unknown_kind"
    assert error.params == {"allowed": "MP4, WebM"}


def test_renamed_executable_is_refused() -> None:
    upload = SimpleUploadedFile("verslag.pdf", b"MZ\x90\x00" + bytes(200) + b"This program")
    with pytest.raises(ValidationError) as info:
        checks.check_upload(upload, allowed={"pdf"}, max_bytes=MB, scanner=NoopScanner())
    assert info.value.code == "executable"


def test_zip_bomb_is_refused() -> None:
    error = refusal(builders.zip_bomb_bytes(200), {"docx"})
    assert error.code == "zip_bomb"


def test_zip_limits_come_from_the_argument_or_settings() -> None:
    data = builders.docx_bytes(10)
    assert refusal(data, {"docx"}, zip_limits=ZipLimits(max_members=2)).code == "zip_bomb"
    with override_settings(UPLOAD_ZIP_MAX_MEMBERS=2):
        assert refusal(data, {"docx"}).code == "zip_bomb"


def test_too_large_and_empty_files_are_refused() -> None:
    error = refusal(builders.pdf_bytes(1), {"pdf"}, max_bytes=100)
    assert error.code == "too_large"
    assert error.params is not None
    assert error.params["limit"].startswith("100")
    assert refusal(b"", {"pdf"}).code == "empty"


def test_eicar_is_refused_as_infected_before_anything_else() -> None:
    upload = SimpleUploadedFile("eicar.pdf", EICAR)
    with pytest.raises(ValidationError) as info:
        checks.check_upload(upload, allowed={"pdf"}, max_bytes=MB, scanner=EicarScanner())
    assert info.value.code == "infected"
    assert [dutch(info.value)] == [
        "Dit bestand bevat een virus (Eicar-Test-Signature) en is geweigerd."
    ]


def test_eicar_hidden_in_a_valid_pdf_is_refused() -> None:
    data = builders.pdf_bytes(1) + b"\n%" + EICAR
    assert refusal(data, {"pdf"}, scanner=EicarScanner()).code == "infected"


@pytest.mark.parametrize("name", ["../../etc/passwd.pdf", "..\\..\\boot.ini.pdf", "a/b.exe"])
def test_storage_name_never_uses_the_original_name(name: str) -> None:
    upload = SimpleUploadedFile(name, builders.pdf_bytes(1))
    upload.name = name  # Django strips directories itself; make sure we never needed that.
    result = checks.check_upload(upload, allowed={"pdf"}, max_bytes=MB, scanner=NoopScanner())
    assert re.fullmatch(r"[0-9a-f]{32}\.pdf", result.storage_name)
    for part in ("etc", "passwd", "boot", "..", "/", "\\", "exe"):
        assert part not in result.storage_name


def test_extension_comes_from_content_not_from_the_claimed_name() -> None:
    upload = SimpleUploadedFile("slides.pdf", builders.pptx_bytes())
    result = checks.check_upload(upload, allowed={"pptx"}, max_bytes=MB, scanner=NoopScanner())
    assert result.storage_name.endswith(".pptx")
    assert (
        result.storage_name
        != checks.check_upload(
            upload, allowed={"pptx"}, max_bytes=MB, scanner=NoopScanner()
        ).storage_name
    )


def test_unknown_allowed_kind_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="exe"):
        run(builders.pdf_bytes(1), {"pdf", "exe"})


def test_publication_preset_uses_settings() -> None:
    with override_settings(UPLOAD_DOCX_MAX_WORDS=100):
        error = refusal_of(checks.check_publication_upload, builders.docx_bytes(101))
    assert error.params == {"count": 101, "limit": 100}
    assert refusal_of(checks.check_publication_upload, builders.pdf_bytes(4)).code == (
        "pdf_page_count"
    )
    assert refusal_of(checks.check_publication_upload, builders.pdf_bytes(1, builders.A3)).code == (
        "pdf_not_a4"
    )
    assert refusal_of(checks.check_publication_upload, builders.pptx_bytes()).code == (
        "kind_not_allowed"
    )
    result = checks.check_publication_upload(
        io.BytesIO(builders.docx_bytes(1500)), scanner=NoopScanner()
    )
    assert result.word_count == 1500


def test_video_and_presentation_presets_use_their_size_limits() -> None:
    with override_settings(UPLOAD_VIDEO_MAX_BYTES=100):
        assert refusal_of(checks.check_video_upload, builders.mp4_bytes()).code == "too_large"
    assert checks.check_video_upload(io.BytesIO(builders.webm_bytes()), scanner=NoopScanner())
    with override_settings(UPLOAD_PRESENTATION_MAX_BYTES=100):
        error = refusal_of(checks.check_presentation_upload, builders.odp_bytes())
    assert error.code == "too_large"
    result = checks.check_presentation_upload(
        io.BytesIO(builders.pdf_bytes(12)), scanner=NoopScanner()
    )
    assert result.page_count == 12


def test_default_scanner_comes_from_settings() -> None:
    with override_settings(VIRUS_SCANNER="eicar"):
        assert refusal(EICAR, {"pdf"}, scanner=None).code == "infected"


def refusal_of(check: Any, data: bytes) -> ValidationError:
    with pytest.raises(ValidationError) as info:
        check(io.BytesIO(data), scanner=NoopScanner())
    return info.value

"""Checking an upload before it is stored: size, real kind, safety, pages, words, viruses.

``check_upload`` is the general door; ``check_video_upload``, ``check_presentation_upload``
and ``check_publication_upload`` fill it in for the three ways of sharing, from settings.
"""

from __future__ import annotations

import os
import uuid
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from typing import IO, Final

from django.conf import settings
from django.template.defaultfilters import filesizeformat

from behoudplein.core.uploads import errors
from behoudplein.core.uploads.archives import (
    EncryptedArchiveError,
    ZipBombError,
    ZipLimits,
    check_zip,
    is_zip,
)
from behoudplein.core.uploads.documents import (
    EncryptedDocumentError,
    UnreadableDocumentError,
    docx_word_count,
    is_close_to_a4,
    open_pdf,
    pdf_page_sizes,
)
from behoudplein.core.uploads.kinds import (
    CONTENT_TYPES,
    DOCX,
    EXTENSIONS,
    HEAD_BYTES,
    KINDS,
    LABELS,
    MP4,
    ODP,
    PDF,
    PPTX,
    WEBM,
    is_executable,
    sniff,
)
from behoudplein.core.uploads.scanning import ScanError, Scanner, get_scanner

MB: Final = 1024 * 1024
VIDEO_KINDS: Final = frozenset({MP4, WEBM})
PRESENTATION_KINDS: Final = frozenset({PDF, PPTX, ODP})
PUBLICATION_KINDS: Final = frozenset({PDF, DOCX})
PUBLICATION_PAGES: Final = (1, 3)


@dataclass(frozen=True)
class UploadCheck:
    """What an accepted upload turned out to be, and the name to store it under."""

    kind: str
    size: int
    storage_name: str
    page_count: int | None = None
    word_count: int | None = None

    @property
    def content_type(self) -> str:
        return CONTENT_TYPES[self.kind]


def check_upload(
    fileobj: IO[bytes],
    *,
    allowed: Iterable[str],
    max_bytes: int,
    pdf_pages: tuple[int, int] | None = None,
    require_a4: bool = False,
    docx_max_words: int | None = None,
    scanner: Scanner | None = None,
    zip_limits: ZipLimits | None = None,
) -> UploadCheck:
    """Check a seekable binary file and return what it is, or raise a Dutch ValidationError.

    The original filename is not an argument on purpose: content decides the kind and the
    storage name is random, so nothing a user typed reaches a path.
    """
    allowed = frozenset(allowed)
    if unknown := allowed - set(KINDS):
        raise ValueError(f"Unknown upload kinds: {sorted(unknown)}")

    size = _size(fileobj)
    if size == 0:
        raise errors.refusal(errors.EMPTY)
    if size > max_bytes:
        raise errors.refusal(
            errors.TOO_LARGE, size=filesizeformat(size), limit=filesizeformat(max_bytes)
        )
    _scan(fileobj, scanner or get_scanner())

    fileobj.seek(0)
    head = fileobj.read(HEAD_BYTES)
    fileobj.seek(0)
    if is_executable(head):
        raise errors.refusal(errors.EXECUTABLE)
    if is_zip(head):
        _check_archive(fileobj, zip_limits or zip_limits_from_settings())

    kind = sniff(fileobj)
    if kind is None:
        raise errors.refusal(errors.UNKNOWN_KIND, allowed=_labels(allowed))
    if kind not in allowed:
        raise errors.refusal(errors.KIND_NOT_ALLOWED, kind=LABELS[kind], allowed=_labels(allowed))

    page_count = word_count = None
    if kind == PDF:
        page_count = _check_pdf(fileobj, pages=pdf_pages, require_a4=require_a4)
    elif kind == DOCX:
        word_count = _check_docx(fileobj, max_words=docx_max_words)
    return UploadCheck(
        kind=kind,
        size=size,
        storage_name=storage_name(kind),
        page_count=page_count,
        word_count=word_count,
    )


def check_video_upload(fileobj: IO[bytes], *, scanner: Scanner | None = None) -> UploadCheck:
    return check_upload(
        fileobj,
        allowed=VIDEO_KINDS,
        max_bytes=_setting("UPLOAD_VIDEO_MAX_BYTES", 200 * MB),
        scanner=scanner,
    )


def check_presentation_upload(fileobj: IO[bytes], *, scanner: Scanner | None = None) -> UploadCheck:
    return check_upload(
        fileobj,
        allowed=PRESENTATION_KINDS,
        max_bytes=_setting("UPLOAD_PRESENTATION_MAX_BYTES", 50 * MB),
        scanner=scanner,
    )


def check_publication_upload(fileobj: IO[bytes], *, scanner: Scanner | None = None) -> UploadCheck:
    """A publication of 1 to 3 A4 pages: a PDF counted exactly, or a docx counted in words."""
    return check_upload(
        fileobj,
        allowed=PUBLICATION_KINDS,
        max_bytes=_setting("UPLOAD_PUBLICATION_MAX_BYTES", 20 * MB),
        pdf_pages=PUBLICATION_PAGES,
        require_a4=True,
        docx_max_words=_setting("UPLOAD_DOCX_MAX_WORDS", 1500),
        scanner=scanner,
    )


def storage_name(kind: str) -> str:
    """A fresh random file name with the canonical extension of the detected kind."""
    return f"{uuid.uuid4().hex}.{EXTENSIONS[kind]}"


def zip_limits_from_settings() -> ZipLimits:
    defaults = ZipLimits()
    return ZipLimits(
        max_total_bytes=_setting("UPLOAD_ZIP_MAX_TOTAL_BYTES", defaults.max_total_bytes),
        max_ratio=float(getattr(settings, "UPLOAD_ZIP_MAX_RATIO", defaults.max_ratio)),
        max_members=_setting("UPLOAD_ZIP_MAX_MEMBERS", defaults.max_members),
    )


def _setting(name: str, default: int) -> int:
    return int(getattr(settings, name, default))


def _size(fileobj: IO[bytes]) -> int:
    fileobj.seek(0, os.SEEK_END)
    size = fileobj.tell()
    fileobj.seek(0)
    return size


def _labels(kinds: Iterable[str]) -> str:
    return ", ".join(LABELS[kind] for kind in KINDS if kind in kinds)


def _scan(fileobj: IO[bytes], scanner: Scanner) -> None:
    try:
        result = scanner.scan(fileobj)
    except ScanError as exc:
        raise errors.refusal(errors.SCAN_UNAVAILABLE) from exc
    finally:
        fileobj.seek(0)
    if not result.clean:
        raise errors.refusal(errors.INFECTED, signature=result.signature or "?")


def _check_archive(fileobj: IO[bytes], limits: ZipLimits) -> None:
    try:
        check_zip(fileobj, limits)
    except ZipBombError as exc:
        raise errors.refusal(errors.ZIP_BOMB) from exc
    except EncryptedArchiveError as exc:
        raise errors.refusal(errors.ARCHIVE_ENCRYPTED) from exc
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError):
        # Not a zip we can read: sniffing will not recognise it and says so.
        pass


def _check_pdf(fileobj: IO[bytes], *, pages: tuple[int, int] | None, require_a4: bool) -> int:
    try:
        reader = open_pdf(fileobj)
    except EncryptedDocumentError as exc:
        raise errors.refusal(errors.PDF_ENCRYPTED) from exc
    except UnreadableDocumentError as exc:
        raise errors.refusal(errors.PDF_UNREADABLE) from exc
    page_count = len(reader.pages)
    if pages is not None and not pages[0] <= page_count <= pages[1]:
        raise errors.refusal(errors.PDF_PAGE_COUNT, count=page_count, min=pages[0], max=pages[1])
    if require_a4:
        try:
            sizes = pdf_page_sizes(reader)
        except UnreadableDocumentError as exc:
            raise errors.refusal(errors.PDF_UNREADABLE) from exc
        for number, size in enumerate(sizes, start=1):
            if not is_close_to_a4(size):
                raise errors.refusal(
                    errors.PDF_NOT_A4, page=number, width=size.width_mm, height=size.height_mm
                )
    return page_count


def _check_docx(fileobj: IO[bytes], *, max_words: int | None) -> int:
    try:
        words = docx_word_count(fileobj)
    except UnreadableDocumentError as exc:
        raise errors.refusal(errors.DOCX_UNREADABLE) from exc
    if max_words is not None and words > max_words:
        raise errors.refusal(errors.DOCX_TOO_LONG, count=words, limit=max_words)
    return words

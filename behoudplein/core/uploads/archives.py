"""Zip container guard: judge a zip by its central directory before anything unpacks it.

``zipfile`` only reads the central directory when it opens an archive, and ``ZipExtFile``
never returns more than a member's declared size, so checking the declared sizes here bounds
everything python-docx (or we) will later decompress.
"""

from __future__ import annotations

import tempfile
import zipfile
from dataclasses import dataclass
from typing import IO

ZIP_MAGIC = b"PK\x03\x04"
EMPTY_ZIP_MAGIC = b"PK\x05\x06"

NESTED_ARCHIVE_SUFFIXES = (".zip", ".jar", ".rar", ".7z", ".gz", ".tgz", ".bz2", ".xz", ".tar")
# Office documents routinely embed an .xlsx behind a chart; those are zips themselves. They are
# allowed one level deep and judged by the same limits, everything else nested is refused.
OFFICE_EMBEDDING_SUFFIXES = (".xlsx", ".docx", ".pptx")
EMBEDDING_FOLDERS = ("word/embeddings/", "ppt/embeddings/")

# Small members can be very repetitive (a blank bitmap, generated XML) without being a threat;
# the ratio only matters once a member is big enough to hurt.
RATIO_CHECK_MIN_BYTES = 1024 * 1024


class UnsafeArchiveError(Exception):
    """The archive is refused before anything unpacks it."""


class ZipBombError(UnsafeArchiveError):
    """The archive would unpack to too much data, or hides archives inside it."""


class EncryptedArchiveError(UnsafeArchiveError):
    """A member is password protected, so neither we nor the virus scanner can look inside."""


@dataclass(frozen=True)
class ZipLimits:
    max_total_bytes: int = 500 * 1024 * 1024
    max_ratio: float = 100.0
    max_members: int = 10_000


def is_zip(head: bytes) -> bool:
    return head.startswith((ZIP_MAGIC, EMPTY_ZIP_MAGIC))


def check_zip(fileobj: IO[bytes], limits: ZipLimits | None = None) -> None:
    """Raise ``UnsafeArchiveError`` unless the archive in ``fileobj`` stays within ``limits``.

    Raises ``zipfile.BadZipFile`` for a file that is no zip at all.
    """
    limits = limits or ZipLimits()
    fileobj.seek(0)
    try:
        with zipfile.ZipFile(fileobj) as archive:
            _check_archive(archive, limits, allow_embeddings=True)
    finally:
        fileobj.seek(0)


def read_member(archive: zipfile.ZipFile, name: str, max_bytes: int) -> bytes | None:
    """Return a member's bytes, or None when it is missing or declares more than ``max_bytes``."""
    try:
        info = archive.getinfo(name)
    except KeyError:
        return None
    if info.file_size > max_bytes:
        return None
    with archive.open(info) as member:
        return member.read(max_bytes)


def _check_archive(archive: zipfile.ZipFile, limits: ZipLimits, *, allow_embeddings: bool) -> int:
    members = archive.infolist()
    if len(members) > limits.max_members:
        raise ZipBombError(f"{len(members)} members, more than {limits.max_members}")
    total = 0
    for info in members:
        total += info.file_size
        if total > limits.max_total_bytes:
            raise ZipBombError(f"unpacks to more than {limits.max_total_bytes} bytes")
        _check_ratio(info, limits)
        if info.flag_bits & 0x1:
            raise EncryptedArchiveError(f"member {info.filename!r} is encrypted")
    for info in members:
        if not info.is_dir() and _holds_archive(archive, info):
            if not (allow_embeddings and _is_office_embedding(info.filename)):
                raise ZipBombError(f"nested archive {info.filename!r}")
            total += _check_embedding(archive, info, limits, budget=limits.max_total_bytes - total)
            if total > limits.max_total_bytes:
                raise ZipBombError(f"unpacks to more than {limits.max_total_bytes} bytes")
    return total


def _check_ratio(info: zipfile.ZipInfo, limits: ZipLimits) -> None:
    if info.file_size < RATIO_CHECK_MIN_BYTES:
        return
    if info.compress_size == 0 or info.file_size / info.compress_size > limits.max_ratio:
        raise ZipBombError(f"member {info.filename!r} compresses more than {limits.max_ratio}:1")


def _holds_archive(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bool:
    if info.filename.lower().endswith(NESTED_ARCHIVE_SUFFIXES):
        return True
    with archive.open(info) as member:
        return is_zip(member.read(4))


def _is_office_embedding(name: str) -> bool:
    lowered = name.lower()
    return lowered.startswith(EMBEDDING_FOLDERS) and lowered.endswith(OFFICE_EMBEDDING_SUFFIXES)


def _check_embedding(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, limits: ZipLimits, *, budget: int
) -> int:
    inner_limits = ZipLimits(
        max_total_bytes=budget, max_ratio=limits.max_ratio, max_members=limits.max_members
    )
    # The embedding's declared size already passed the ratio and total checks above, so copying
    # it out is bounded; spooling keeps the usual small chart workbook in memory.
    with tempfile.SpooledTemporaryFile(max_size=8 * 1024 * 1024) as copy:
        with archive.open(info) as member:
            while chunk := member.read(64 * 1024):
                copy.write(chunk)
        copy.seek(0)
        try:
            with zipfile.ZipFile(copy) as inner:
                return _check_archive(inner, inner_limits, allow_embeddings=False)
        except zipfile.BadZipFile as exc:
            raise ZipBombError(f"embedded archive {info.filename!r} is damaged") from exc

"""Attachments: checked by content, stored under a random name, deleted with care; dossiers."""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Callable
from typing import IO

from django.core.exceptions import ValidationError
from django.core.files.base import File
from django.core.files.storage import default_storage
from django.db import transaction
from django.utils.translation import gettext as _

from behoudplein.accounts.models import User
from behoudplein.core.audit import audit_log
from behoudplein.core.pdf import render_to_pdf
from behoudplein.core.permissions import require
from behoudplein.core.uploads.checks import (
    UploadCheck,
    check_presentation_upload,
    check_publication_upload,
    check_video_upload,
)

from .constants import QUESTIONS, FileKind
from .models import Share, ShareFile

STORAGE_PREFIX = "private/shares"
CHECKS: dict[str, Callable[[IO[bytes]], UploadCheck]] = {
    FileKind.VIDEO: check_video_upload,
    FileKind.PRESENTATION: check_presentation_upload,
    FileKind.PUBLICATION: check_publication_upload,
}


def share_attach_file(
    *,
    share: Share,
    by: User,
    upload: File,
    kind: str,  # type: ignore[type-arg]
) -> ShareFile:
    """Check an upload and keep it at once, so nothing is lost when the rest of a form fails."""
    require(by, "shares.edit", share)
    if kind not in CHECKS:
        raise ValidationError({"upload": _("Dit soort bijlage hoort niet bij deze deelbijdrage.")})
    try:
        result = CHECKS[kind](upload)  # type: ignore[arg-type]
    except ValidationError as error:
        raise ValidationError({"upload": error.messages}) from error
    path = f"{STORAGE_PREFIX}/{share.pk}/{result.storage_name}"
    upload.seek(0)
    stored = default_storage.save(path, upload)
    try:
        with transaction.atomic():
            # One attachment per kind: a new upload replaces the old one.
            old = list(share.files.filter(kind=kind))
            share_file = ShareFile.objects.create(
                share=share,
                kind=kind,
                storage_name=stored,
                original_name=_display_name(upload.name or ""),
                content_type=result.content_type,
                size=result.size,
                page_count=result.page_count,
                word_count=result.word_count,
                uploaded_by=by,
            )
            for previous in old:
                previous.delete()
                transaction.on_commit(lambda name=previous.storage_name: _delete(name))
            audit_log(
                action="share.attach_file",
                actor=by,
                obj=share,
                details={"kind": kind, "file": share_file.pk},
            )
    except Exception:
        _delete(stored)
        raise
    return share_file


def share_remove_file(*, share_file: ShareFile, by: User) -> None:
    require(by, "shares.edit", share_file.share)
    with transaction.atomic():
        name = share_file.storage_name
        share_file.delete()
        audit_log(action="share.remove_file", actor=by, obj=share_file.share)
        transaction.on_commit(lambda: _delete(name))


def share_discard_unused_files(*, share: Share, by: User) -> int:
    """Delete attachments of a method the share no longer uses; how many went.

    An organisation may upload a presentation, then choose to share a publication instead.
    What is not submitted is not kept (data minimisation), and nobody downstream — the
    projectleider, the public page, the dossier — ever sees an attachment of another method.
    """
    require(by, "shares.edit", share)
    unused = [f for f in share.files.all() if f.kind != share.attachment_kind]
    if not unused:
        return 0
    names = [f.storage_name for f in unused]
    with transaction.atomic():
        ShareFile.objects.filter(pk__in=[f.pk for f in unused]).delete()
        audit_log(
            action="share.discard_unused_files",
            actor=by,
            obj=share,
            details={"kinds": sorted({f.kind for f in unused})},
        )
        transaction.on_commit(lambda: _delete_all(names))
    return len(unused)


def open_file(*, share_file: ShareFile, by: User | None) -> IO[bytes]:
    require(by, "shares.download", share_file)
    return default_storage.open(share_file.storage_name, "rb")  # type: ignore[no-any-return]


def dossier_zip(*, share: Share, by: User) -> bytes:
    """Answers as PDF, the attachments and the timeline as CSV: for accountability."""
    require(by, "shares.dossier", share)
    out = io.BytesIO()
    transitions = list(share.transitions.select_related("by"))
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "deelbijdrage.pdf",
            render_to_pdf(
                "shares/pdf/share.html",
                {"share": share, "questions": _qa(share), "transitions": transitions},
            ),
        )
        for share_file in share.files.all():
            with default_storage.open(share_file.storage_name, "rb") as handle:
                name = f"bijlagen/{share_file.kind}-{share_file.pk}-{share_file.original_name}"
                archive.writestr(name, handle.read())
        timeline = io.StringIO()
        writer = csv.writer(timeline)
        writer.writerow(["datum", "actie", "van", "naar", "door", "toelichting"])
        for step in transitions:
            writer.writerow(
                [
                    step.at.isoformat(),
                    step.action,
                    step.from_status,
                    step.to_status,
                    step.by.email if step.by else "",
                    step.comment,
                ]
            )
        archive.writestr("tijdlijn.csv", timeline.getvalue())
    audit_log(action="share.dossier_export", actor=by, obj=share)
    return out.getvalue()


def _qa(share: Share) -> list[tuple[str, str, str]]:
    return [
        (str(question), answer, marker)
        for question, answer, marker in zip(QUESTIONS, share.answers, share.markers, strict=True)
    ]


def _display_name(name: str) -> str:
    """Only for showing: the last path part, without control characters, not too long."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    cleaned = "".join(ch for ch in base if ch.isprintable()).strip() or "bestand"
    return cleaned[-120:]


def _delete_all(names: list[str]) -> None:
    for name in names:
        _delete(name)


def _delete(name: str) -> None:
    if default_storage.exists(name):
        default_storage.delete(name)

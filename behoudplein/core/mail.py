"""E-mail leaves through a background task, sent only once the transaction has committed."""

from __future__ import annotations

from django.db import transaction

from .tasks import send_mail_task


def send_mail_on_commit(*, subject: str, body: str, to: list[str]) -> None:
    subject = str(subject)
    transaction.on_commit(lambda: send_mail_task.enqueue(subject=subject, body=body, to=to))

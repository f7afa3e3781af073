"""Development: DEBUG on, console e-mail, plain HTTP, SQLite in var/, 2FA waived for demo."""

import os

os.environ.setdefault("DEBUG", "1")
os.environ.setdefault("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1],testserver")
os.environ.setdefault("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
os.environ.setdefault("LOG_FORMAT", "plain")
os.environ.setdefault("TASKS_BACKEND", "django_tasks.backends.immediate.ImmediateBackend")

from .base import *  # noqa: F403
from .base import VAR_DIR

VAR_DIR.mkdir(parents=True, exist_ok=True)

# The demo accounts may skip two-factor authentication so `make run` stays a one-step try-out.
DEMO_WAIVES_OTP = True

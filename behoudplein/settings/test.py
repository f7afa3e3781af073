"""Tests: fast hashing, in-memory e-mail, immediate tasks; DATABASE_URL picks the database."""

import os
import tempfile

os.environ.setdefault("DEBUG", "0")
os.environ.setdefault("SECRET_KEY", "test-only-secret-key-not-for-production")
os.environ.setdefault("ALLOWED_HOSTS", "localhost,127.0.0.1,testserver")
os.environ.setdefault("DATABASE_URL", "sqlite:///:memory:")
os.environ.setdefault("CACHE_URL", "locmemcache://")
os.environ.setdefault("LOG_FORMAT", "plain")
# Two-factor is switched on per test; most tests exercise what happens after login.
os.environ.setdefault("OTP_REQUIRED", "0")
os.environ.setdefault("LOG_LEVEL", "WARNING")
os.environ.setdefault("TASKS_BACKEND", "django_tasks.backends.immediate.ImmediateBackend")

from .base import *  # noqa: F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
DEMO_WAIVES_OTP = False
MEDIA_ROOT = tempfile.mkdtemp(prefix="behoudplein-media-")
WHITENOISE_AUTOREFRESH = True

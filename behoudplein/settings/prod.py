"""Production: hardening only. Every value has a safe default; secrets come from the environment."""

import os

os.environ.setdefault("DEBUG", "0")

from .base import *  # noqa: F403
from .base import env

DEBUG = False
DEMO_WAIVES_OTP = False

SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
SECURE_REDIRECT_EXEMPT = [r"^health$"]
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=60 * 60 * 24 * 365)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = env.bool("SECURE_HSTS_PRELOAD", default=True)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
CSRF_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
LANGUAGE_COOKIE_SECURE = True
LANGUAGE_COOKIE_HTTPONLY = True

# Uploads are refused unless a virus scanner answers (Debian's clamav-daemon socket by default).
VIRUS_SCANNER = env.str("VIRUS_SCANNER", default="clamd")
CLAMD_SOCKET = env.str("CLAMD_SOCKET", default="/var/run/clamav/clamd.ctl") or None

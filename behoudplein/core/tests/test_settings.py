"""Settings per environment, each loaded in a fresh process with only the variables named.

The test process itself runs the test settings (which set environment defaults), so every
check here starts a subprocess with a clean environment, as an operator would.
"""

from __future__ import annotations

import json
import os
import secrets
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import behoudplein

REPO = Path(behoudplein.__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def clean_env(**variables: str) -> dict[str, str]:
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": os.environ.get("HOME", "/tmp"),
        "LANG": "C.UTF-8",
        # Test the code of this checkout, whatever the venv's editable install points at.
        "PYTHONPATH": str(REPO),
    }
    env.update(variables)
    return env


def prod_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    return clean_env(
        DJANGO_SETTINGS_MODULE="behoudplein.settings.prod",
        SECRET_KEY=secrets.token_urlsafe(64),
        ALLOWED_HOSTS="example.org",
        DEBUG="0",
        DATABASE_URL=f"sqlite:///{tmp_path / 'x.sqlite3'}",
        **extra,
    )


def settings_in_subprocess(env: dict[str, str], names: list[str]) -> dict:
    code = textwrap.dedent(
        f"""
        import json, os
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "behoudplein.settings.dev")
        import django
        django.setup()
        from django.conf import settings
        print(json.dumps({{n: getattr(settings, n, None) for n in {names!r}}}, default=str))
        """
    )
    result = subprocess.run(  # noqa: S603 - fixed command, test-only
        [sys.executable, "-c", code], env=env, cwd=REPO, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_production_check_deploy_passes_with_only_the_documented_variables(tmp_path):
    result = subprocess.run(  # noqa: S603
        [str(BIN / "behoudplein"), "check", "--deploy", "--fail-level", "WARNING"],
        env=prod_env(tmp_path),
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_refuses_to_start_without_a_secret_key(tmp_path):
    env = prod_env(tmp_path)
    del env["SECRET_KEY"]
    result = subprocess.run(  # noqa: S603
        [str(BIN / "behoudplein"), "check"],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def test_production_is_hardened(tmp_path):
    values = settings_in_subprocess(
        prod_env(tmp_path),
        [
            "DEBUG",
            "SECURE_SSL_REDIRECT",
            "SECURE_HSTS_SECONDS",
            "SESSION_COOKIE_SECURE",
            "CSRF_COOKIE_SECURE",
            "SECURE_REDIRECT_EXEMPT",
            "DEMO_WAIVES_OTP",
            "OTP_REQUIRED",
            "EMAIL_BACKEND",
            "ALLOWED_HOSTS",
        ],
    )
    assert values["DEBUG"] is False
    assert values["SECURE_SSL_REDIRECT"] is True
    assert values["SECURE_HSTS_SECONDS"] >= 60 * 60 * 24 * 365
    assert values["SESSION_COOKIE_SECURE"] is True
    assert values["CSRF_COOKIE_SECURE"] is True
    assert values["DEMO_WAIVES_OTP"] is False
    assert values["OTP_REQUIRED"] is True
    assert values["EMAIL_BACKEND"] == "django.core.mail.backends.smtp.EmailBackend"
    assert values["ALLOWED_HOSTS"] == ["example.org"]
    # The load balancer's health probe is not redirected to HTTPS.
    import re

    assert any(re.search(pattern, "health") for pattern in values["SECURE_REDIRECT_EXEMPT"])


@pytest.mark.parametrize("module", ["prod", "dev"])
def test_sessions_and_cache_are_shared_between_instances(tmp_path, module):
    """Nothing that matters may live in one process's memory."""
    env = prod_env(tmp_path) if module == "prod" else clean_env()
    values = settings_in_subprocess(env, ["SESSION_ENGINE", "CACHES", "AXES_HANDLER"])
    assert values["SESSION_ENGINE"] in {
        "django.contrib.sessions.backends.db",
        "django.contrib.sessions.backends.cache",
        "django.contrib.sessions.backends.cached_db",
    }
    backend = values["CACHES"]["default"]["BACKEND"]
    assert "locmem" not in backend
    assert "dummy" not in backend
    assert backend in {
        "django.core.cache.backends.db.DatabaseCache",
        "django_redis.cache.RedisCache",
        "django.core.cache.backends.redis.RedisCache",
        "django.core.cache.backends.memcached.PyMemcacheCache",
    }
    assert values["AXES_HANDLER"] == "axes.handlers.database.AxesDatabaseHandler"


def test_a_redis_cache_can_be_chosen_by_environment(tmp_path):
    values = settings_in_subprocess(
        prod_env(tmp_path, CACHE_URL="rediscache://cache.internal:6379/1"), ["CACHES"]
    )
    assert "redis" in values["CACHES"]["default"]["BACKEND"].lower()


def test_development_defaults_with_no_environment_at_all():
    values = settings_in_subprocess(
        clean_env(),
        [
            "DEBUG",
            "ALLOWED_HOSTS",
            "SECURE_SSL_REDIRECT",
            "DATABASES",
            "EMAIL_BACKEND",
            "DEMO_WAIVES_OTP",
        ],
    )
    assert values["DEBUG"] is True
    assert {"localhost", "127.0.0.1"} <= set(values["ALLOWED_HOSTS"])
    assert values["SECURE_SSL_REDIRECT"] is False
    database = values["DATABASES"]["default"]
    assert database["ENGINE"] == "django.db.backends.sqlite3"
    assert Path(database["NAME"]).parent.name == "var"
    assert values["EMAIL_BACKEND"] == "django.core.mail.backends.console.EmailBackend"
    assert values["DEMO_WAIVES_OTP"] is True


def test_console_script_defaults_to_the_dev_settings():
    result = subprocess.run(  # noqa: S603
        [str(BIN / "behoudplein"), "diffsettings", "--all"],
        env=clean_env(),
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "DEBUG = True" in result.stdout
    assert "SETTINGS_MODULE = 'behoudplein.settings.dev'" in result.stdout


def test_media_on_s3_compatible_storage_when_a_bucket_is_named(tmp_path):
    """With AWS_STORAGE_BUCKET_NAME set, uploads go to the bucket (moto stands in for S3)."""
    code = textwrap.dedent(
        """
        import json
        import django
        django.setup()
        import boto3
        from django.conf import settings
        from django.core.files.base import ContentFile
        from django.core.files.storage import default_storage
        from moto import mock_aws

        with mock_aws():
            s3 = boto3.client("s3", region_name="eu-central-1")
            s3.create_bucket(
                Bucket="behoudplein-media",
                CreateBucketConfiguration={"LocationConstraint": "eu-central-1"},
            )
            name = default_storage.save("uploads/hallo.txt", ContentFile(b"hallo bucket"))
            body = s3.get_object(Bucket="behoudplein-media", Key=name)["Body"].read()
            print(json.dumps({
                "backend": settings.STORAGES["default"]["BACKEND"],
                "class": type(default_storage._wrapped).__name__,
                "name": name,
                "body": body.decode(),
                "url": default_storage.url(name),
            }))
        """
    )
    env = prod_env(
        tmp_path,
        AWS_STORAGE_BUCKET_NAME="behoudplein-media",
        AWS_S3_REGION_NAME="eu-central-1",
        AWS_ACCESS_KEY_ID="testing",
        AWS_SECRET_ACCESS_KEY="testing",
    )
    result = subprocess.run(  # noqa: S603
        [sys.executable, "-c", code], env=env, cwd=REPO, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout.strip().splitlines()[-1])
    assert found["backend"] == "storages.backends.s3.S3Storage"
    assert found["class"] == "S3Storage"
    assert found["body"] == "hallo bucket"
    assert found["name"] == "uploads/hallo.txt"
    # Private bucket: links are signed and expire.
    assert "Signature" in found["url"] or "X-Amz-Signature" in found["url"]


def test_media_on_the_filesystem_by_default(tmp_path):
    values = settings_in_subprocess(
        prod_env(tmp_path, MEDIA_ROOT=str(tmp_path / "media")), ["STORAGES", "MEDIA_ROOT"]
    )
    assert values["STORAGES"]["default"]["BACKEND"] == "django.core.files.storage.FileSystemStorage"
    assert values["MEDIA_ROOT"] == str(tmp_path / "media")

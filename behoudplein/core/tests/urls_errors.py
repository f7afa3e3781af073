"""Test-only URLs: the real site plus views that fail on purpose (see test_errors.py)."""

from django.core.exceptions import PermissionDenied
from django.db import connection
from django.urls import path

from behoudplein.urls import handler403, handler404, handler500, urlpatterns

__all__ = ["handler403", "handler404", "handler500", "urlpatterns"]


def boom(request):
    raise RuntimeError("geheime-interne-foutmelding")


def forbidden(request):
    raise PermissionDenied


def database_down(request):
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    raise AssertionError("unreachable")


urlpatterns = [
    *urlpatterns,
    path("test/boom", boom),
    path("test/verboden", forbidden),
    path("test/database", database_down),
]

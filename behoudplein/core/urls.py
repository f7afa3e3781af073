from django.conf import settings
from django.urls import path

from . import views

app_name = "core"

urlpatterns = [
    path("", views.home, name="home"),
    path("toegankelijkheid", views.accessibility, name="accessibility"),
    path("health", views.health, name="health"),
    path("auditlog", views.audit_log_list, name="audit_log"),
]

if settings.BENCH_BASELINE_VIEW:
    urlpatterns.append(path("_bench/baseline", views.bench_baseline, name="bench_baseline"))

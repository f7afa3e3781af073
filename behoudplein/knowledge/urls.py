from django.urls import path

from . import views

app_name = "knowledge"

urlpatterns = [
    path("kennisbank", views.project_list, name="project_list"),
    path("kennisbank/projecten/<str:code>", views.project_detail, name="project_detail"),
    path("kennisbank/lessen", views.lesson_overview, name="lessons"),
    path("kennisbank/resultaten", views.outcome_portfolio, name="outcomes"),
    path("kennisbank/resultaten/<int:pk>", views.outcome_edit, name="outcome_edit"),
    path("kennisbank/vergelijk", views.project_compare, name="compare"),
    path("kennisbank/import", views.import_upload, name="import"),
]

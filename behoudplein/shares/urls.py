from django.urls import path

from . import views, views_public, views_review

app_name = "shares"

urlpatterns = [
    path("delen", views.dashboard, name="dashboard"),
    path("delen/starten/<int:round_id>", views.start, name="start"),
    path("delen/vragenlijst.pdf", views_public.questionnaire_pdf, name="questionnaire_pdf"),
    path("delen/regio", views_review.compliance, name="compliance"),
    path("delen/regio/herinnering", views_review.send_reminders, name="reminders"),
    path("delen/landelijk", views_review.national, name="national"),
    path("delen/subsidies/importeren", views_review.grant_import, name="grant_import"),
    path("delen/subsidies/toekenning", views_review.grant_create, name="grant_create"),
    path("delen/bijlagen/<int:pk>", views.download, name="download"),
    path("delen/bijlagen/<int:pk>/verwijderen", views.remove_file, name="remove_file"),
    path("delen/uitnodigingen/<int:pk>/reactie", views.respond_invitation, name="respond"),
    path("delen/<int:pk>", views.detail, name="detail"),
    path("delen/<int:pk>/bewerken/<str:step>", views.edit, name="edit"),
    path("delen/<int:pk>/akkoord-vragen", views.request_agreement, name="request_agreement"),
    path("delen/<int:pk>/voorbeeld", views.preview, name="preview"),
    path("delen/<int:pk>/indienen", views.submit, name="submit"),
    path("delen/<int:pk>/intrekken", views.withdraw, name="withdraw"),
    path("delen/<int:pk>/heropenen", views.reopen, name="reopen"),
    path("delen/<int:pk>/toestemming", views.consent, name="consent"),
    path("delen/<int:pk>/dossier", views.dossier, name="dossier"),
    path("delen/<int:pk>/beoordelen", views_review.review, name="review"),
    path("delen/<int:pk>/aanvulling", views_review.request_changes, name="request_changes"),
    path("delen/<int:pk>/goedkeuren", views_review.approve, name="approve"),
    path("delen/<int:pk>/depubliceren", views_review.unpublish, name="unpublish"),
    path("delen/<int:pk>/akkoord", views_review.decide_agreement, name="decide_agreement"),
    path("delen/<int:pk>/uitnodigen", views_review.invite, name="invite"),
    path("delen/<int:pk>/selectie", views_review.select_for_edition, name="select"),
    path("deelbijdragen", views_public.gallery, name="gallery"),
    path("deelbijdragen/<int:pk>", views_public.public_detail, name="public_detail"),
]

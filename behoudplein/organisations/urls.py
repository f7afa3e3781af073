from django.urls import path

from . import views

app_name = "organisations"

urlpatterns = [
    path("organisaties", views.organisation_list, name="list"),
    path("organisaties/nieuw", views.organisation_edit, name="create"),
    path("organisaties/<int:pk>", views.organisation_detail, name="detail"),
    path("organisaties/<int:pk>/bewerken", views.organisation_edit, name="edit"),
    path("mijn-organisatie", views.my_organisation, name="mine"),
    path("regios", views.region_list, name="regions"),
]

from django.urls import path

from . import views

app_name = "search"

urlpatterns = [
    path("zoeken", views.search, name="search"),
    path("zoeken/synoniemen", views.synonyms, name="synonyms"),
    path("zoeken/synoniemen/<int:pk>", views.synonym_edit, name="synonym_edit"),
]

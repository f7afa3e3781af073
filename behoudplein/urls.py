from django.conf import settings
from django.contrib import admin
from django.urls import include, path

from .api import api

admin.site.site_header = "Behoudplein beheer"
admin.site.site_title = "Behoudplein beheer"
admin.site.index_title = "Beheer"

urlpatterns = [
    path("", include("behoudplein.core.urls")),
    path("", include("behoudplein.accounts.urls")),
    path("", include("behoudplein.organisations.urls")),
    path("", include("behoudplein.shares.urls")),
    path("", include("behoudplein.knowledge.urls")),
    path("", include("behoudplein.search.urls")),
    path("api/v1/", api.urls),
    path("i18n/", include("django.conf.urls.i18n")),
    path("beheer/", admin.site.urls),
]

handler403 = "behoudplein.core.views.error_403"
handler404 = "behoudplein.core.views.error_404"
handler500 = "behoudplein.core.views.error_500"

if settings.DEBUG:
    from django.views.defaults import page_not_found

    urlpatterns.append(path("404", page_not_found, {"exception": Exception()}))

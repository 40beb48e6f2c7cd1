from django.urls import path
from django.views.generic import RedirectView

from . import views
from .v1 import api

urlpatterns = [
    path("v1/", api.urls),
    path("docs", RedirectView.as_view(url="/api/v1/docs", permanent=False), name="api_docs"),
    path("dcat/katalog.ttl", views.catalogue_turtle, name="api_catalogue_ttl"),
    path("dcat/katalog.jsonld", views.catalogue_jsonld, name="api_catalogue_jsonld"),
    path("offene-daten/", views.opendata_overview, name="api_opendata"),
]

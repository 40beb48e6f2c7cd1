from django.urls import path
from django.views.generic import RedirectView

from .v1 import api

urlpatterns = [
    path("v1/", api.urls),
    path("docs", RedirectView.as_view(url="/api/v1/docs", permanent=False), name="api_docs"),
]
